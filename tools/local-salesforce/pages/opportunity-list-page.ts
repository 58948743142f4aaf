import { htmlReply, type HttpReply } from "@/tools/local-salesforce/http/http-exchange";
import { formatMoney, text } from "@/tools/local-salesforce/pages/format-values";
import { html } from "@/tools/local-salesforce/pages/html";
import { pageShell } from "@/tools/local-salesforce/pages/page-shell";
import { PageData } from "@/tools/local-salesforce/pages/page-data";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";
import type { DemoUser } from "@/tools/local-salesforce/seed/demo-users";

/** /lightning/o/Opportunity/list: the opportunities the signed-in user can see. */
export function opportunityListPage(runtime: OrgRuntime, user: DemoUser): HttpReply {
  const data = new PageData(runtime.context(user));
  const rows = data
    .list("Opportunity", () => true, "Name")
    .map((opportunity) => {
      const account = data.get("Account", opportunity.AccountId);
      const decimals = data.currencyDecimals(opportunity.CurrencyIsoCode);
      return html`<tr>
        <th scope="row">
          <a href="/lightning/r/Opportunity/${String(opportunity.Id)}/view">${text(opportunity.Name)}</a>
        </th>
        <td>${account ? text(account.Name) : "—"}</td>
        <td>${text(opportunity.StageName)}</td>
        <td>${text(opportunity.CloseDate)}</td>
        <td>${formatMoney(opportunity.Amount, opportunity.CurrencyIsoCode, decimals)}</td>
        <td>${data.userName(opportunity.OwnerId)}</td>
      </tr>`;
    });
  const main = html`<h1>Opportunities</h1>
    <p>
      The opportunities ${user.firstName} ${user.lastName} can see. Open one and use
      <strong>Create Sequence Quote</strong>.
    </p>
    <table>
      <caption>
        All visible opportunities (${rows.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">Opportunity</th>
          <th scope="col">Account</th>
          <th scope="col">Stage</th>
          <th scope="col">Close date</th>
          <th scope="col">Amount</th>
          <th scope="col">Owner</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
  return htmlReply(200, pageShell({ title: "Opportunities", user, main }));
}
