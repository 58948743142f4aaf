import type { LaunchCustomer } from "@/lib/schemas/launch";
import type { customers } from "@/server/db/schema/customers";

/** The few facts about a customer the launch page shows. */
export function toLaunchCustomer(
  row: Pick<typeof customers.$inferSelect, "id" | "legalName" | "archivedAt">,
): LaunchCustomer {
  return { id: row.id, legalName: row.legalName, archived: row.archivedAt !== null };
}
