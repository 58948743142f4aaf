import { eq } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { QuotePhaseBody } from "@/lib/schemas/quote";
import type { Database } from "@/server/db/database";
import { quoteDiscounts, quoteMinimums, quotePhases, quotePrices } from "@/server/db/schema/quotes";

/** PostgreSQL allows 65,535 bind parameters per statement; a price row has about 16 columns. */
const ROWS_PER_INSERT = 1000;

async function insertChunked<T extends Record<string, unknown>>(
  rows: T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await insert(rows.slice(start, start + ROWS_PER_INSERT));
  }
}

/**
 * Replaces a version's phases, prices, discounts and minimums with the given ones (PUT semantics).
 * Deleting the phases cascades to their children; the new rows go in as a few batched inserts, so a
 * 500-line quote is a handful of statements, not 500.
 */
export async function writeQuoteContent({
  db,
  versionId,
  phases,
}: {
  db: Database;
  versionId: string;
  phases: QuotePhaseBody[];
}): Promise<void> {
  await db.delete(quotePhases).where(eq(quotePhases.versionId, versionId));
  if (phases.length === 0) return;
  const phaseRows = phases.map((phase, position) => ({
    id: uuidv7(),
    versionId,
    position,
    name: phase.name ?? null,
    duration: phase.duration ?? null,
  }));
  await db.insert(quotePhases).values(phaseRows);

  const priceRows = phases.flatMap((phase, index) =>
    phase.prices.map((price, position) => ({
      versionId,
      phaseId: phaseRows[index]!.id,
      position,
      priceKey: price.temporaryId,
      productId: price.productId,
      listPriceId: price.listPriceId ?? null,
      name: price.name,
      structure: price.structure,
      billingFrequency: price.billingFrequency,
      billingType: price.billingType,
      quantity: price.quantity ?? null,
      rateOnly: price.rateOnly ?? false,
      integrationIds: price.integrationIds,
      customMetricParameters: price.customMetricParameters,
    })),
  );
  const discountRows = phases.flatMap((phase, index) =>
    phase.discounts.map((discount, position) => ({
      versionId,
      phaseId: phaseRows[index]!.id,
      position,
      type: discount.type,
      amount: discount.amount,
      message: discount.message,
      restrictToPrices: discount.restrictToPrices,
    })),
  );
  const minimumRows = phases.flatMap((phase, index) =>
    phase.minimums.map((minimum, position) => ({
      versionId,
      phaseId: phaseRows[index]!.id,
      position,
      amount: minimum.amount,
      restrictToPrices: minimum.restrictToPrices,
    })),
  );
  await insertChunked(priceRows, (chunk) => db.insert(quotePrices).values(chunk));
  await insertChunked(discountRows, (chunk) => db.insert(quoteDiscounts).values(chunk));
  await insertChunked(minimumRows, (chunk) => db.insert(quoteMinimums).values(chunk));
}
