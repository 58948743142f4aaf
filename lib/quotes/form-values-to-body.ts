import type { DurationFormValues, QuoteBodyExtras, QuoteFormValues } from "@/lib/quotes/quote-form-values";
import { numberFromText, structureFromForm } from "@/lib/quotes/structure-form-values";

const orNothing = <K extends string>(key: K, text: string) =>
  (text.trim() === "" ? {} : { [key]: text.trim() }) as Partial<Record<K, string>>;

const durationPart = (text: string) => (text.trim() === "" ? 0 : numberFromText(text));

function durationFromForm(duration: DurationFormValues) {
  return {
    years: durationPart(duration.years),
    months: durationPart(duration.months),
    weeks: durationPart(duration.weeks),
    days: durationPart(duration.days),
  };
}

/**
 * The form values as a `PUT /api/quotes/{id}` body, not yet validated: the caller parses it with the
 * API's `updateQuoteBodySchema` (or prices it), so every problem is found by the same rules the API
 * applies and reported at the same path. Text that cannot be a number is passed on as text, for the
 * schema to refuse with its own message.
 */
export function formValuesToBody(values: QuoteFormValues, extras: QuoteBodyExtras): Record<string, unknown> {
  return {
    ...orNothing("title", values.title),
    ...orNothing("customerId", values.customerId),
    ...orNothing("currency", values.currency),
    ...orNothing("dealType", values.dealType),
    ...orNothing("preliminaryBillingStartDate", values.preliminaryBillingStartDate),
    ...(values.expiryDays.trim() === "" ? {} : { expiryDays: numberFromText(values.expiryDays) }),
    contactIds: values.contactIds,
    presentation: extras.presentation,
    ...(extras.salesforceOpportunityId === undefined
      ? {}
      : { salesforceOpportunityId: extras.salesforceOpportunityId }),
    ...(extras.version === undefined ? {} : { version: extras.version }),
    phases: values.phases.map((phase) => ({
      ...(phase.name.trim() === "" ? {} : { name: phase.name.trim() }),
      duration: phase.openEnded ? null : durationFromForm(phase.duration),
      prices: phase.prices.map(({ structure, quantity, rateOnly, ...price }) => ({
        ...price,
        structure: structureFromForm(structure),
        ...orNothing("quantity", quantity),
        ...(rateOnly ? { rateOnly: true } : {}),
      })),
      discounts: phase.discounts.map((discount) => ({ ...discount, amount: discount.amount.trim() })),
      minimums: phase.minimums.map((minimum) => ({ ...minimum, amount: minimum.amount.trim() })),
    })),
  };
}
