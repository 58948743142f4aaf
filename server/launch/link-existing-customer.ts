import "server-only";
import { eq } from "drizzle-orm";
import type { LaunchLinkResult } from "@/lib/schemas/launch";
import { ApiError } from "@/server/api/api-error";
import type { Actor } from "@/server/auth/actor";
import { findCustomerBySalesforceAccount } from "@/server/customers/find-customer-by-salesforce-account";
import type { Database } from "@/server/db/database";
import { customers } from "@/server/db/schema/customers";
import { linkAccountCustomer } from "@/server/launch/link-account-customer";
import { loadLaunchContext } from "@/server/launch/load-launch-context";
import { requireLaunchAccount } from "@/server/launch/require-launch-account";

/**
 * `POST /api/launch/opportunities/{id}/link`: links an existing customer to the opportunity's
 * account (the customer's Salesforce integration id) and writes the customer id to the account.
 * Also how a half-broken link is repaired: linking the customer a side already names is idempotent
 * on our side and rewrites the account's field. One account, one customer, both ways.
 */
export async function linkExistingCustomer({
  db,
  actor,
  opportunityId,
  customerId,
}: {
  db: Database;
  actor: Actor;
  opportunityId: string;
  customerId: string;
}): Promise<LaunchLinkResult> {
  const context = await loadLaunchContext({ db, actor, opportunityId });
  const account = requireLaunchAccount(context);
  const [customer] = await db.select().from(customers).where(eq(customers.id, customerId)).limit(1);
  if (!customer) throw ApiError.notFound("customer", customerId);

  const holder = await findCustomerBySalesforceAccount({ db, accountId: account.id });
  if (holder && holder.id !== customer.id) {
    throw ApiError.conflict(
      "salesforce_account_already_linked",
      `Account ${account.name} is already linked to customer ${holder.legalName}, and an account maps to exactly one customer. Quote for ${holder.legalName}, or ask an admin to unlink it first.`,
    );
  }
  if (!holder && customer.salesforceAccountId) {
    throw ApiError.conflict(
      "customer_already_linked",
      `Customer ${customer.legalName} is already linked to another Salesforce account (${customer.salesforceAccountId}), and a customer maps to exactly one account. Choose another customer, or create one from account ${account.name}.`,
    );
  }
  if (!holder && customer.archivedAt) {
    throw ApiError.conflict(
      "customer_archived",
      `Customer ${customer.legalName} is archived, so it can't be linked to account ${account.name}. Choose another customer, or create one from the account.`,
    );
  }
  return linkAccountCustomer({
    db,
    context,
    account,
    customer,
    notice: (linkedNow) =>
      linkedNow
        ? `Linked customer ${customer.legalName} to account ${account.name}.`
        : `Customer ${customer.legalName} is linked to account ${account.name}.`,
  });
}
