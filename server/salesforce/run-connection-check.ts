import type { SalesforceConnection } from "@/lib/schemas/salesforce-integration";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { checkSalesforceConnection } from "@/server/salesforce/check-salesforce-connection";
import { getSalesforceConnection } from "@/server/salesforce/get-salesforce-connection";
import { assertAdmin } from "@/server/users/assert-admin";

/** `POST /api/salesforce/connection/check` (admins): runs the connection check now (one API call). */
export async function runConnectionCheck({ db, actor }: { db: Database; actor: Actor }): Promise<SalesforceConnection> {
  assertAdmin(actor);
  const check = await checkSalesforceConnection({ db });
  const connection = await getSalesforceConnection({ db, actor });
  return connection.connected ? connection : { ...connection, lastCheck: check };
}
