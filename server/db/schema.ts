import * as audit from "@/server/db/schema/audit";
import * as billing from "@/server/db/schema/billing";
import * as catalog from "@/server/db/schema/catalog";
import * as customers from "@/server/db/schema/customers";
import * as quotes from "@/server/db/schema/quotes";
import * as relations from "@/server/db/schema/relations";
import * as salesforce from "@/server/db/schema/salesforce";
import * as users from "@/server/db/schema/users";

/**
 * The whole domain in one object, as drizzle's relational queries need it. Background jobs are not
 * here: pg-boss keeps its queue in its own `pgboss` schema and migrates it itself.
 */
export const schema = {
  ...users,
  ...customers,
  ...catalog,
  ...quotes,
  ...billing,
  ...salesforce,
  ...audit,
  ...relations,
};

export type Schema = typeof schema;
