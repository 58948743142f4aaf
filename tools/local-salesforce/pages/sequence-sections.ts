import { formatMoney, text } from "@/tools/local-salesforce/pages/format-values";
import { html, type SafeHtml } from "@/tools/local-salesforce/pages/html";
import type { PageData } from "@/tools/local-salesforce/pages/page-data";
import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

type Parent = "Quote__c" | "Billing_Schedule__c";

/** A quote written back by the app, with its phases, prices, discounts and minimums. */
export function quoteArticle(data: PageData, quote: StoredRecord): SafeHtml {
  const money = moneyOf(data, quote);
  return html`<article aria-labelledby="quote-${String(quote.Id)}">
    <h3 id="quote-${String(quote.Id)}">
      ${text(quote.Name)}${quote.Title__c ? html` — ${String(quote.Title__c)}` : ""}
    </h3>
    <dl>
      <dt>Quote number</dt>
      <dd>${text(quote.Quote_Number__c)}</dd>
      <dt>Status</dt>
      <dd>${text(quote.Status__c)}</dd>
      <dt>Version</dt>
      <dd>${text(quote.Version__c)}</dd>
      <dt>Start – end</dt>
      <dd>${text(quote.Start_Date__c)} – ${text(quote.End_Date__c)}</dd>
      <dt>Expires</dt>
      <dd>${text(quote.Expires_At__c)}</dd>
      <dt>Total contract value</dt>
      <dd>${money(quote.Total_Contract_Value__c)}</dd>
      <dt>Annual recurring revenue</dt>
      <dd>${money(quote.Annual_Recurring_Revenue__c)}</dd>
      <dt>Open in Sequence CPQ</dt>
      <dd>${link(quote.Quote_URL__c)}</dd>
    </dl>
    ${phases(data, "Quote__c", quote)}
  </article>`;
}

/** A billing schedule written back by the app, with its phases and invoices. */
export function scheduleArticle(data: PageData, schedule: StoredRecord): SafeHtml {
  const money = moneyOf(data, schedule);
  const invoices = data.list(
    "Sequence_Invoice__c",
    (invoice) => invoice.Billing_Schedule__c === schedule.Id,
    "Issue_Date__c",
  );
  return html`<article aria-labelledby="schedule-${String(schedule.Id)}">
    <h3 id="schedule-${String(schedule.Id)}">${text(schedule.Name)}</h3>
    <dl>
      <dt>Status</dt>
      <dd>${text(schedule.Status__c)}</dd>
      <dt>Start – end</dt>
      <dd>${text(schedule.Start_Date__c)} – ${text(schedule.End_Date__c)}</dd>
      <dt>Total contract value</dt>
      <dd>${money(schedule.Total_Contract_Value__c)}</dd>
      <dt>Open in Sequence</dt>
      <dd>${link(schedule.Schedule_URL__c)}</dd>
    </dl>
    ${phases(data, "Billing_Schedule__c", schedule)}
    ${invoices.length > 0 ? invoiceTable(data, invoices, `Invoices of ${text(schedule.Name)}`) : ""}
  </article>`;
}

export function invoiceTable(data: PageData, invoices: StoredRecord[], caption: string): SafeHtml {
  const rows = invoices.map(
    (invoice) =>
      html`<tr>
        <th scope="row">${text(invoice.Name)}</th>
        <td>${text(invoice.Invoice_Number__c)}</td>
        <td>${text(invoice.Status__c)}</td>
        <td>${text(invoice.Payment_Status__c)}</td>
        <td>${text(invoice.Issue_Date__c)}</td>
        <td>${text(invoice.Due_Date__c)}</td>
        <td>${moneyOf(data, invoice)(invoice.Gross_Total__c)}</td>
        <td>${link(invoice.Invoice_URL__c)}</td>
      </tr>`,
  );
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">Invoice</th>
        <th scope="col">Number</th>
        <th scope="col">Status</th>
        <th scope="col">Payment</th>
        <th scope="col">Issued</th>
        <th scope="col">Due</th>
        <th scope="col">Total</th>
        <th scope="col">Link</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function phases(data: PageData, parent: Parent, owner: StoredRecord): SafeHtml {
  const money = moneyOf(data, owner);
  const phaseRows = data.list("Sequence_Phase__c", (phase) => phase[parent] === owner.Id, "Phase_Number__c");
  const children = (type: string, phaseId: unknown) =>
    data.list(type, (row) => row[parent] === owner.Id && row.Phase__c === phaseId, "Line_Number__c");
  const blocks = phaseRows.map((phase) => {
    const prices = children("Sequence_Price__c", phase.Id);
    const discounts = children("Sequence_Discount__c", phase.Id);
    const minimums = children("Sequence_Minimum__c", phase.Id);
    return html`<section aria-label="Phase ${text(phase.Name)}">
      <h4>Phase ${text(phase.Phase_Number__c)}: ${text(phase.Name)}</h4>
      <p>
        ${text(phase.Start_Date__c)} – ${text(phase.End_Date__c)} (${text(phase.Duration__c)}) · Phase total
        ${money(phase.Total__c)}
      </p>
      ${priceTable(prices, money, `Prices in ${text(phase.Name)}`)}
      ${discounts.length > 0 ? html`<p>Discounts: ${discounts.map((discount) => html`${text(discount.Name)} (${discount.Discount_Type__c === "PERCENTAGE" ? `${text(discount.Percentage__c)} %` : money(discount.Amount__c)}); `)}</p>` : ""}
      ${minimums.length > 0 ? html`<p>Minimums: ${minimums.map((minimum) => html`${text(minimum.Name)} (${money(minimum.Amount__c)}); `)}</p>` : ""}
    </section>`;
  });
  return phaseRows.length === 0 ? html`<p class="muted">No phases written back yet.</p>` : html`${blocks}`;
}

function priceTable(prices: StoredRecord[], money: (value: unknown) => string, caption: string): SafeHtml {
  if (prices.length === 0) return html`<p class="muted">No prices.</p>`;
  const rows = prices.map(
    (price) =>
      html`<tr>
        <th scope="row">${text(price.Name)}</th>
        <td>${text(price.Pricing_Model__c)}</td>
        <td>${text(price.Billing_Frequency__c)}</td>
        <td>${text(price.Billing_Type__c)}</td>
        <td>${money(price.Unit_Price__c)}</td>
        <td>${text(price.Quantity__c)}</td>
        <td>${money(price.Total__c)}</td>
      </tr>`,
  );
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">Price</th>
        <th scope="col">Model</th>
        <th scope="col">Frequency</th>
        <th scope="col">Billing</th>
        <th scope="col">Unit price</th>
        <th scope="col">Quantity</th>
        <th scope="col">Total</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function moneyOf(data: PageData, record: StoredRecord): (value: unknown) => string {
  const decimals = data.currencyDecimals(record.CurrencyIsoCode);
  return (value) => formatMoney(typeof value === "number" ? value : null, record.CurrencyIsoCode, decimals);
}

function link(url: unknown): SafeHtml | string {
  return typeof url === "string" && /^https?:\/\//.test(url) ? html`<a href="${url}">${url}</a>` : "—";
}
