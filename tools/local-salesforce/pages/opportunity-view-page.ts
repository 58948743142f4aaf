import { htmlReply, type HttpReply } from "@/tools/local-salesforce/http/http-exchange";
import { address, formatMoney, text } from "@/tools/local-salesforce/pages/format-values";
import { html, type SafeHtml } from "@/tools/local-salesforce/pages/html";
import { pageShell } from "@/tools/local-salesforce/pages/page-shell";
import { PageData } from "@/tools/local-salesforce/pages/page-data";
import { renderWebLinkUrl } from "@/tools/local-salesforce/pages/render-weblink";
import { invoiceTable, quoteArticle, scheduleArticle } from "@/tools/local-salesforce/pages/sequence-sections";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";
import type { DemoUser } from "@/tools/local-salesforce/seed/demo-users";
import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

/**
 * /lightning/r/Opportunity/{id}/view: the opportunity, its account and billing contact, the
 * buttons of the package's Opportunity layout (rendered from their WebLink definitions), and the
 * Sequence quotes, billing schedules and invoices written back — all as the signed-in user sees them.
 */
export function opportunityViewPage(runtime: OrgRuntime, user: DemoUser, id: string): HttpReply {
  const data = new PageData(runtime.context(user));
  const opportunity = data.get("Opportunity", id);
  if (!opportunity) {
    const main = html`<h1>Record not available</h1>
      <p role="alert">
        This opportunity does not exist, or ${user.firstName} ${user.lastName} does not have access to it.
      </p>
      <p><a href="/lightning/o/Opportunity/list">Back to opportunities</a></p>`;
    return htmlReply(404, pageShell({ title: "Record not available", user, main }));
  }
  const account = data.get("Account", opportunity.AccountId);
  const contact = account ? data.get("Contact", account.Sequence_Billing_Contact__c) : undefined;
  const decimals = data.currencyDecimals(opportunity.CurrencyIsoCode);
  const quotes = data.list("Sequence_Quote__c", (quote) => quote.Opportunity__c === opportunity.Id, "Name");
  const schedules = data.list(
    "Sequence_Billing_Schedule__c",
    (schedule) => schedule.Opportunity__c === opportunity.Id,
    "Name",
  );
  const invoices = account
    ? data.list("Sequence_Invoice__c", (invoice) => invoice.Account__c === account.Id, "Issue_Date__c")
    : [];
  const main = html`<nav aria-label="Breadcrumb">
      <a href="/lightning/o/Opportunity/list">Opportunities</a> › ${text(opportunity.Name)}
    </nav>
    <h1>${text(opportunity.Name)}</h1>
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      ${buttons(runtime, user, opportunity)}
    </section>
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">Opportunity details</h2>
      <dl>
        <dt>Stage</dt>
        <dd>${text(opportunity.StageName)}</dd>
        <dt>Close date</dt>
        <dd>${text(opportunity.CloseDate)}</dd>
        <dt>Amount</dt>
        <dd>${formatMoney(opportunity.Amount, opportunity.CurrencyIsoCode, decimals)}</dd>
        <dt>Currency</dt>
        <dd>${text(opportunity.CurrencyIsoCode)}</dd>
        <dt>Owner</dt>
        <dd>${data.userName(opportunity.OwnerId)}</dd>
        <dt>Opportunity ID</dt>
        <dd>${String(opportunity.Id)}</dd>
      </dl>
    </section>
    ${accountSection(account, contact)}
    <section aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Sequence Quotes (${quotes.length})</h2>
      ${quotes.length > 0 ? quotes.map((quote) => quoteArticle(data, quote)) : html`<p class="muted">No Sequence quotes yet.</p>`}
    </section>
    <section aria-labelledby="schedules-heading">
      <h2 id="schedules-heading">Sequence Billing Schedules (${schedules.length})</h2>
      ${schedules.length > 0 ? schedules.map((schedule) => scheduleArticle(data, schedule)) : html`<p class="muted">No billing schedules yet.</p>`}
    </section>
    <section aria-labelledby="invoices-heading">
      <h2 id="invoices-heading">Sequence Invoices of the account (${invoices.length})</h2>
      ${invoices.length > 0 ? invoiceTable(data, invoices, "Invoices") : html`<p class="muted">No invoices yet.</p>`}
    </section>`;
  return htmlReply(200, pageShell({ title: text(opportunity.Name), user, main }));
}

function accountSection(account: StoredRecord | undefined, contact: StoredRecord | undefined): SafeHtml {
  if (!account) {
    return html`<section aria-labelledby="account-heading">
      <h2 id="account-heading">Account</h2>
      <p>No account on this opportunity.</p>
    </section>`;
  }
  const lines = (parts: string[]) =>
    html`<ul>
      ${parts.map((part) => html`<li>${part}</li>`)}
    </ul>`;
  return html`<section aria-labelledby="account-heading">
    <h2 id="account-heading">Account: ${text(account.Name)}</h2>
    <dl>
      <dt>Sequence Customer ID</dt>
      <dd>${text(account.Sequence_Customer_ID__c)}</dd>
      <dt>Billing address</dt>
      <dd>${lines(address(account, "Billing"))}</dd>
      <dt>Sequence Billing Contact</dt>
      <dd>
        ${contact ? html`${text(contact.Name)} · ${text(contact.Email)}${lines(address(contact, "Mailing"))}` : "None"}
      </dd>
    </dl>
  </section>`;
}

/** The Opportunity layouts' custom buttons, rendered from their WebLink metadata as real links. */
function buttons(runtime: OrgRuntime, user: DemoUser, opportunity: StoredRecord): SafeHtml {
  const names = new Set(
    runtime.metadata.layouts
      .filter((layout) => layout.objectName === "Opportunity")
      .flatMap((layout) => layout.layout.customButtons),
  );
  const links = (runtime.metadata.objects.find((object) => object.name === "Opportunity")?.webLinks ?? []).filter(
    (link) => link.displayType === "button" && link.linkType === "url" && link.url && names.has(link.fullName),
  );
  if (links.length === 0) return html`<p class="muted">No buttons on the Opportunity layout.</p>`;
  return html`${links.map((link) => {
    const href = renderWebLinkUrl(String(link.url), {
      objectName: "Opportunity",
      record: opportunity,
      userId: user.id,
      orgId: runtime.state.orgId,
      setting: (object, field) => settingValue(runtime, user, object, field),
    });
    const newWindow = link.openType === "newWindow";
    return html`<a class="button" href="${href}" ${newWindow ? html` target="_blank" rel="noopener"` : ""}
      >${link.masterLabel}</a
    > `;
  })}`;
}

/** A hierarchy custom setting: the user's own value, else the organization default. */
function settingValue(runtime: OrgRuntime, user: DemoUser, object: string, field: string): string | null {
  if (!runtime.schema().object(object)?.customSetting) return null;
  const rows = runtime.store.list(object);
  const row =
    rows.find((candidate) => candidate.SetupOwnerId === user.id) ??
    rows.find((candidate) => candidate.SetupOwnerId === runtime.state.orgId);
  const value = row?.[field];
  return typeof value === "string" ? value : null;
}
