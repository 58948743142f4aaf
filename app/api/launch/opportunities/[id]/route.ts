import { launchParamsSchema } from "@/lib/schemas/launch";
import { defineRoute } from "@/server/api/define-route";
import { getLaunchView } from "@/server/launch/get-launch-view";

/** What the launch page shows for an opportunity, read with the signed-in user's Salesforce token. */
export const GET = defineRoute({ params: launchParamsSchema }, ({ db, actor, params }) =>
  getLaunchView({ db, actor, opportunityId: params.id }),
);
