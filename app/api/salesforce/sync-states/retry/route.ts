import { defineRoute } from "@/server/api/define-route";
import { retryFailedSyncs } from "@/server/salesforce/retry-failed-syncs";

export const POST = defineRoute({}, ({ db, actor }) => retryFailedSyncs({ db, actor }));
