import { eq } from "drizzle-orm";
import { isUuid } from "@/lib/schemas/primitives";
import { findCustomerBySalesforceAccount } from "@/server/customers/find-customer-by-salesforce-account";
import type { Database } from "@/server/db/database";
import { customers } from "@/server/db/schema/customers";
import type { LaunchAccountRecord } from "@/server/salesforce/read-opportunity-for-launch";

type CustomerRow = typeof customers.$inferSelect;

export type ResolvedLink =
  | { status: "linked"; customer: CustomerRow; repair: { customerId: string; message: string } | null }
  | { status: "not_linked"; notice: string | null };

/**
 * Which customer an account is linked to. The link lives on both sides: our customer keeps the
 * account id, the account keeps the customer id (`Sequence_Customer_ID__c`). When they disagree,
 * our side wins (it is what the unique index protects), and a side that is missing or stale is
 * reported as a repair rather than a failure: the account names our customer but we lost the link,
 * the account's field is empty or names something else. Reads only; the repair is a POST.
 */
export async function resolveCustomerLink({
  db,
  account,
}: {
  db: Database;
  account: LaunchAccountRecord;
}): Promise<ResolvedLink> {
  const field = account.customerId?.trim() || null;
  const linked = await findCustomerBySalesforceAccount({ db, accountId: account.id });
  const [named] =
    field && isUuid(field)
      ? await db.select().from(customers).where(eq(customers.id, field.toLowerCase())).limit(1)
      : [];

  if (linked) {
    if (field?.toLowerCase() === linked.id) return { status: "linked", customer: linked, repair: null };
    return {
      status: "linked",
      customer: linked,
      repair: {
        customerId: linked.id,
        message: field
          ? `Account ${account.name}'s Sequence Customer ID in Salesforce is "${field}"${named ? ` (customer ${named.legalName})` : ""}, but the account is linked to customer ${linked.legalName} here. Writing ${linked.id} to the account.`
          : `Account ${account.name}'s Sequence Customer ID in Salesforce is empty, though the account is linked to customer ${linked.legalName} here. Writing ${linked.id} to the account.`,
      },
    };
  }
  if (named && !named.salesforceAccountId && named.archivedAt) {
    return {
      status: "not_linked",
      notice: `Account ${account.name}'s Sequence Customer ID names customer ${named.legalName}, which is archived. Create a customer from the account or link another one; its Sequence Customer ID will be replaced.`,
    };
  }
  if (named && !named.salesforceAccountId) {
    return {
      status: "linked",
      customer: named,
      repair: {
        customerId: named.id,
        message: `Account ${account.name} names customer ${named.legalName}, but the customer had lost its link to the account here. Linking them again.`,
      },
    };
  }
  if (named) {
    return {
      status: "not_linked",
      notice: `Account ${account.name}'s Sequence Customer ID names customer ${named.legalName}, which is linked to another Salesforce account (${named.salesforceAccountId}). Create a customer for this account or link another one; its Sequence Customer ID will be replaced.`,
    };
  }
  if (field) {
    return {
      status: "not_linked",
      notice: `Account ${account.name}'s Sequence Customer ID is "${field}", which is not a customer in Sequence CPQ (it may have been deleted, or belong to another Sequence workspace). Create or link a customer; the ID will be replaced.`,
    };
  }
  return { status: "not_linked", notice: null };
}
