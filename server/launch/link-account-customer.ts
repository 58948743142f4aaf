import "server-only";
import { eq } from "drizzle-orm";
import type { LaunchLinkResult } from "@/lib/schemas/launch";
import { ApiError } from "@/server/api/api-error";
import { linkSalesforceAccount } from "@/server/customers/link-salesforce-account";
import type { Database } from "@/server/db/database";
import { customers } from "@/server/db/schema/customers";
import { finishLink } from "@/server/launch/finish-link";
import type { LaunchContext } from "@/server/launch/load-launch-context";
import type { LaunchAccountRecord } from "@/server/salesforce/read-opportunity-for-launch";

/**
 * Links a customer to the account on our side unless it is already (idempotent, so a repair or a
 * second click changes nothing), then writes the customer id to the account in Salesforce.
 * `notice` says what happened, given whether the link was made now.
 */
export async function linkAccountCustomer({
  db,
  context,
  account,
  customer,
  notice,
}: {
  db: Database;
  context: LaunchContext;
  account: LaunchAccountRecord;
  customer: typeof customers.$inferSelect;
  notice: (linkedNow: boolean) => string;
}): Promise<LaunchLinkResult> {
  const linkedNow = await linkSalesforceAccount({
    db,
    actor: context.actor,
    customerId: customer.id,
    accountId: account.id,
  });
  const [linked] = await db.select().from(customers).where(eq(customers.id, customer.id));
  if (!linked) throw ApiError.notFound("customer", customer.id);
  return finishLink({
    context,
    account,
    customer: linked,
    outcome: linkedNow ? "linked" : "already_linked",
    notice: notice(linkedNow),
  });
}
