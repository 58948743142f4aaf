import type { Quote } from "@/lib/schemas/quote";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { getQuoteRowOrThrow } from "@/server/quotes/get-quote-row-or-throw";
import { loadQuote } from "@/server/quotes/load-quote";

/** `GET /api/quotes/{id}`: the quote at its current version, if the actor may read it. */
export async function getQuote({ db, actor, id }: { db: Database; actor: Actor; id: string }): Promise<Quote> {
  const quote = await getQuoteRowOrThrow({ db, actor, id, action: "read" });
  return loadQuote({ db, quote });
}
