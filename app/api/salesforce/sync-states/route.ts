import { listSyncStatesQuerySchema } from "@/lib/schemas/salesforce-integration";
import { defineRoute } from "@/server/api/define-route";
import { listSyncStates } from "@/server/salesforce/list-sync-states";

export const GET = defineRoute({ query: listSyncStatesQuerySchema }, ({ db, actor, query }) =>
  listSyncStates({ db, actor, query }),
);
