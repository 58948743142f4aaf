import "server-only";
import { eq } from "drizzle-orm";
import type { Address } from "@/lib/schemas/customer";
import { priceParsedQuote } from "@/lib/pricing/price-quote";
import type { PricedQuote } from "@/lib/pricing/priced-quote";
import { toPricingQuote } from "@/lib/quotes/to-pricing-quote";
import type { Quote } from "@/lib/schemas/quote";
import { getDatabase } from "@/server/db/get-database";
import { customers } from "@/server/db/schema/customers";
import { quotes } from "@/server/db/schema/quotes";
import { users } from "@/server/db/schema/users";
import { loadQuote } from "@/server/quotes/load-quote";

export type BuyerQuote = {
  /** The newest published version: never a draft the customer was not sent. */
  quote: Quote;
  priced: PricedQuote;
  customer: { legalName: string; address: Address } | null;
  /** The rep who prepared it, with the address the customer can write to (their Salesforce email). */
  preparedBy: { name: string; email: string | null } | null;
  state: "open" | "expired" | "withdrawn" | "accepted" | "executed";
};

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * What the buyer link shows: the quote's newest published version, priced, for whoever holds the
 * token (an unguessable 256-bit value; there is no sign-in). Null for an unknown token or a quote
 * that was never published.
 */
export async function getBuyerQuote({
  token,
  today = new Date().toISOString().slice(0, 10),
}: {
  token: string;
  today?: string;
}): Promise<BuyerQuote | null> {
  if (!TOKEN.test(token)) return null;
  const db = await getDatabase();
  const [row] = await db.select().from(quotes).where(eq(quotes.buyerToken, token)).limit(1);
  if (!row?.latestPublishedVersionId) return null;
  const quote = await loadQuote({ db, quote: row, versionId: row.latestPublishedVersionId });
  const pricing = toPricingQuote(quote);
  const priced = pricing ? priceParsedQuote(pricing) : undefined;
  if (!priced?.ok) throw new Error(`the published version of quote ${row.id} does not price`);
  const [customer] = quote.customerId
    ? await db
        .select({ legalName: customers.legalName, address: customers.address })
        .from(customers)
        .where(eq(customers.id, quote.customerId))
        .limit(1)
    : [];
  const [author] = row.createdByUserId
    ? await db
        .select({ name: users.name, email: users.email })
        .from(users)
        .where(eq(users.id, row.createdByUserId))
        .limit(1)
    : [];
  const state = row.archivedAt
    ? "withdrawn"
    : row.status === "EXECUTED"
      ? "executed"
      : row.status === "ACCEPTED"
        ? "accepted"
        : row.expiresAt !== null && row.expiresAt < today
          ? "expired"
          : "open";
  return { quote, priced: priced.result, customer: customer ?? null, preparedBy: author ?? null, state };
}
