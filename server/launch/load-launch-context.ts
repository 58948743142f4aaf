import "server-only";
import { salesforceRecordUrl } from "@/lib/salesforce/record-url";
import { ApiError } from "@/server/api/api-error";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { connectAsUser } from "@/server/salesforce/connect-as-user";
import {
  readOpportunityForLaunch,
  type LaunchOpportunityRecord,
} from "@/server/salesforce/read-opportunity-for-launch";

export type SalesforceConnection = Awaited<ReturnType<typeof connectAsUser>>;
export type UserActor = Extract<Actor, { kind: "user" }>;

export type LaunchContext = {
  actor: UserActor;
  connection: SalesforceConnection;
  instanceUrl: string;
  opportunity: LaunchOpportunityRecord;
};

/**
 * What every launch request starts from: the opportunity, its account and billing contact, read
 * with the signed-in user's own Salesforce token (one API call), so Salesforce's sharing decides
 * what the rep may quote. An opportunity Salesforce does not show the user is refused before
 * anything is written.
 */
export async function loadLaunchContext({
  db,
  actor,
  opportunityId,
}: {
  db: Database;
  actor: Actor;
  opportunityId: string;
}): Promise<LaunchContext> {
  if (actor.kind !== "user") {
    throw ApiError.forbidden(
      "Launching from an opportunity acts as a signed-in Salesforce user, so Salesforce's sharing applies; an API key has no Salesforce user. Sign in with Salesforce instead.",
    );
  }
  const connection = await connectAsUser({ db, userId: actor.userId });
  const opportunity = await readOpportunityForLaunch({ connection, opportunityId });
  const instanceUrl = connection.instanceUrl;
  if (!opportunity) {
    throw new ApiError(
      404,
      "NotFound",
      "opportunity_not_visible",
      `Salesforce doesn't let you (${actor.name}) see this opportunity (${opportunityId}). It may belong to a team you're not part of, or it may have been deleted. Ask its owner or your Salesforce admin to share it with you, then click Create Sequence Quote again. Nothing was created.`,
    );
  }
  if (opportunity.accountId && !opportunity.account) {
    throw new ApiError(
      404,
      "NotFound",
      "account_not_visible",
      `Salesforce doesn't let you (${actor.name}) see the account of opportunity ${opportunity.name}, so its customer can't be found or created. Ask the account's owner to share it with you (${salesforceRecordUrl(instanceUrl, "Account", opportunity.accountId)}), then try again. Nothing was created.`,
    );
  }
  return { actor, connection, instanceUrl, opportunity };
}
