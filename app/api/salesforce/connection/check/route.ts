import { defineRoute } from "@/server/api/define-route";
import { runConnectionCheck } from "@/server/salesforce/run-connection-check";

export const POST = defineRoute({}, ({ db, actor }) => runConnectionCheck({ db, actor }));
