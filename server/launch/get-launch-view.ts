import "server-only";
import type { LaunchView } from "@/lib/schemas/launch";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { buildLaunchView } from "@/server/launch/build-launch-view";
import { loadLaunchContext } from "@/server/launch/load-launch-context";
import { resolveCustomerLink } from "@/server/launch/resolve-customer-link";

/** `GET /api/launch/opportunities/{id}`: the opportunity and its customer link. Writes nothing. */
export async function getLaunchView({
  db,
  actor,
  opportunityId,
}: {
  db: Database;
  actor: Actor;
  opportunityId: string;
}): Promise<LaunchView> {
  const { opportunity, instanceUrl } = await loadLaunchContext({ db, actor, opportunityId });
  const link = opportunity.account ? await resolveCustomerLink({ db, account: opportunity.account }) : null;
  return buildLaunchView({ opportunity, instanceUrl, link });
}
