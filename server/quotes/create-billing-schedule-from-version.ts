import { eq } from "drizzle-orm";
import { formatIsoDate, parseIsoDateOrThrow } from "@/lib/dates/iso-date";
import { spanPhases } from "@/lib/pricing/phase-spans";
import type { Database } from "@/server/db/database";
import {
  billingScheduleDiscounts,
  billingScheduleMinimums,
  billingSchedulePhases,
  billingSchedules,
  prices,
} from "@/server/db/schema/billing";
import { quoteVersions, type quotes } from "@/server/db/schema/quotes";
import { loadQuoteContent } from "@/server/quotes/load-quote-content";

/**
 * Turns a published quote version into a DRAFT billing schedule, as Sequence's execute does: the
 * schedule starts on the quote's billing start date; each quote phase becomes a dated schedule phase
 * (back to back, from the durations, the way the pricing engine dates them; an open-ended last phase
 * stays open); each quote price becomes a price of the customer's; discounts and minimums follow,
 * their `restrictToPrices` remapped from the quote's temporaryIds to the new price ids (a repeated
 * temporaryId names every price that carries it, as in the pricing engine). Returns the schedule id.
 */
export async function createBillingScheduleFromVersion({
  db,
  quote,
  versionId,
}: {
  db: Database;
  quote: Pick<typeof quotes.$inferSelect, "id" | "salesforceOpportunityId">;
  versionId: string;
}): Promise<string> {
  const [version] = await db.select().from(quoteVersions).where(eq(quoteVersions.id, versionId)).limit(1);
  if (!version?.customerId || !version.currency || !version.preliminaryBillingStartDate) {
    throw new Error(`published version ${versionId} lacks a customer, currency or start date`);
  }
  const content = await loadQuoteContent({ db, versionId });
  const spans = spanPhases(parseIsoDateOrThrow(version.preliminaryBillingStartDate), content.phases);
  const lastSpan = spans.at(-1);
  const [schedule] = await db
    .insert(billingSchedules)
    .values({
      customerId: version.customerId,
      quoteId: quote.id,
      salesforceOpportunityId: quote.salesforceOpportunityId,
      status: "DRAFT",
      startDate: version.preliminaryBillingStartDate,
      endDate: lastSpan && !lastSpan.openEnded ? formatIsoDate(lastSpan.end) : null,
      label: version.title,
    })
    .returning({ id: billingSchedules.id });
  if (!schedule) throw new Error("insert returned no row");

  for (const [position, phase] of content.phases.entries()) {
    const span = spans[position];
    if (!span) throw new Error("a phase has no dates");
    const created = phase.prices.length
      ? await db
          .insert(prices)
          .values(
            phase.prices.map((price) => {
              if (!price.productId) throw new Error(`quote price ${price.id} has no product`);
              return {
                productId: price.productId,
                listPriceId: price.listPriceId,
                name: price.name,
                currency: version.currency as string,
                structure: price.structure,
                billingFrequency: price.billingFrequency,
                billingType: price.billingType,
                quantity: price.quantity,
              };
            }),
          )
          .returning({ id: prices.id })
      : [];
    const idsByKey = new Map<string, string[]>();
    phase.prices.forEach((price, index) => {
      const id = created[index]?.id;
      if (!id) throw new Error("a price was not created");
      idsByKey.set(price.priceKey, [...(idsByKey.get(price.priceKey) ?? []), id]);
    });
    const remap = (keys: string[]) => keys.flatMap((key) => idsByKey.get(key) ?? []);
    const [schedulePhase] = await db
      .insert(billingSchedulePhases)
      .values({
        billingScheduleId: schedule.id,
        position,
        name: phase.name,
        startDate: formatIsoDate(span.start),
        endDate: span.openEnded ? null : formatIsoDate(span.end),
        priceIds: created.map((row) => row.id),
      })
      .returning({ id: billingSchedulePhases.id });
    if (!schedulePhase) throw new Error("insert returned no row");
    if (phase.discounts.length > 0) {
      await db.insert(billingScheduleDiscounts).values(
        phase.discounts.map((discount) => ({
          phaseId: schedulePhase.id,
          type: discount.type,
          amount: discount.amount,
          message: discount.message,
          restrictToPrices: remap(discount.restrictToPrices),
        })),
      );
    }
    if (phase.minimums.length > 0) {
      await db.insert(billingScheduleMinimums).values(
        phase.minimums.map((minimum) => ({
          phaseId: schedulePhase.id,
          amount: minimum.amount,
          restrictToPrices: remap(minimum.restrictToPrices),
        })),
      );
    }
  }
  return schedule.id;
}
