import { salesforceRecordUrl } from "@/lib/salesforce/record-url";
import { ApiError } from "@/server/api/api-error";
import type { LaunchContext } from "@/server/launch/load-launch-context";
import type { LaunchAccountRecord } from "@/server/salesforce/read-opportunity-for-launch";

/** The opportunity's account, for the actions that need one; an opportunity without one is refused. */
export function requireLaunchAccount({ opportunity, instanceUrl }: LaunchContext): LaunchAccountRecord {
  if (opportunity.account) return opportunity.account;
  throw new ApiError(
    409,
    "Conflict",
    "opportunity_without_account",
    `Opportunity ${opportunity.name} has no account, and a quote is for a customer made from the account. Set the opportunity's account in Salesforce (${salesforceRecordUrl(instanceUrl, "Opportunity", opportunity.id)}), then click Create Sequence Quote again. Nothing was created.`,
  );
}
