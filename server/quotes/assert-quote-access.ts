import { ApiError } from "@/server/api/api-error";
import type { Actor } from "@/server/auth/actor";
import type { quotes } from "@/server/db/schema/quotes";

/**
 * Who may do what with a quote. Machine clients (API keys) act for the whole workspace, as in
 * Sequence. Admins may do anything; approvers may read every quote; a rep reads and edits only the
 * quotes they created.
 */
export function assertQuoteAccess({
  actor,
  quote,
  action,
}: {
  actor: Actor;
  quote: Pick<typeof quotes.$inferSelect, "id" | "createdByUserId">;
  action: "read" | "edit";
}): void {
  if (actor.kind === "apiKey" || actor.role === "admin") return;
  if (actor.role === "approver" && action === "read") return;
  if (quote.createdByUserId === actor.userId) return;
  throw ApiError.forbidden(
    action === "read"
      ? "This quote belongs to another rep; ask them or an admin to share it."
      : "Only the rep who created this quote (or an admin) can change it.",
  );
}
