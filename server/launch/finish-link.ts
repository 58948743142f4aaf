import "server-only";
import type { LaunchLinkResult } from "@/lib/schemas/launch";
import { buildLaunchView } from "@/server/launch/build-launch-view";
import type { LaunchContext } from "@/server/launch/load-launch-context";
import type { ResolvedLink } from "@/server/launch/resolve-customer-link";
import { toLaunchCustomer } from "@/server/launch/to-launch-customer";
import { writeBackCustomerId } from "@/server/launch/write-back-customer-id";
import type { customers } from "@/server/db/schema/customers";
import type { LaunchAccountRecord } from "@/server/salesforce/read-opportunity-for-launch";

/**
 * The last step of creating or linking an account's customer: write the customer id to the account
 * in Salesforce, and answer with what happened and the launch view as it now stands, built from
 * what this request already read (no second query).
 */
export async function finishLink({
  context,
  account,
  customer,
  outcome,
  notice,
}: {
  context: LaunchContext;
  account: LaunchAccountRecord;
  customer: typeof customers.$inferSelect;
  outcome: LaunchLinkResult["outcome"];
  notice: string;
}): Promise<LaunchLinkResult> {
  const salesforce = await writeBackCustomerId({ connection: context.connection, account, customer });
  const link: ResolvedLink = {
    status: "linked",
    customer,
    repair: salesforce.status === "failed" ? { customerId: customer.id, message: salesforce.message } : null,
  };
  const opportunity =
    salesforce.status === "written"
      ? { ...context.opportunity, account: { ...account, customerId: customer.id } }
      : context.opportunity;
  return {
    outcome,
    customer: toLaunchCustomer(customer),
    notice,
    salesforce,
    view: buildLaunchView({ opportunity, instanceUrl: context.instanceUrl, link }),
  };
}
