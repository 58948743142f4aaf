import { defineRoute } from "@/server/api/define-route";
import { disconnectSalesforce } from "@/server/salesforce/disconnect-salesforce";
import { getSalesforceConnection } from "@/server/salesforce/get-salesforce-connection";

export const GET = defineRoute({}, ({ db, actor }) => getSalesforceConnection({ db, actor }));

export const DELETE = defineRoute({}, ({ db, actor }) => disconnectSalesforce({ db, actor }));
