import { ApiError } from "@/server/api/api-error";
import type { quotes } from "@/server/db/schema/quotes";

/**
 * A quote that is archived, or already accepted or executed, cannot change any more; the 409 says why
 * and what to do instead.
 */
export function assertQuoteOpen(
  quote: Pick<typeof quotes.$inferSelect, "status" | "archivedAt">,
  action: string,
): void {
  if (quote.archivedAt) {
    throw ApiError.conflict(
      "quote_archived",
      `This quote is archived, so it cannot be ${action}; duplicate it to start again.`,
    );
  }
  if (quote.status === "ACCEPTED" || quote.status === "EXECUTED") {
    throw ApiError.conflict(
      "quote_closed",
      `This quote was ${quote.status === "ACCEPTED" ? "accepted" : "executed"}, so it cannot be ${action}; duplicate it for a new offer.`,
    );
  }
}
