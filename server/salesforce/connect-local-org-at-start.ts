import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/server/db/database";
import { salesforceConnections } from "@/server/db/schema/salesforce";
import { getEnv } from "@/server/env";
import { connectSalesforceIntegration } from "@/server/salesforce/connect-salesforce-integration";
import { fetchIdentity } from "@/server/salesforce/fetch-identity";
import { requestClientCredentialsToken } from "@/server/salesforce/request-client-credentials-token";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
const ATTEMPTS = 3;

/**
 * On the embedded default the "Salesforce" is the local org on a loopback address (a real org never
 * is), and nobody should have to connect it by hand: the first start connects it as its admin user
 * (the client-credentials grant runs as her), so a new user's first published quote lands there.
 * Once any connection was ever made, or disconnected by an admin, it is left alone. Returns whether
 * it connected.
 */
export async function connectLocalOrgAtStart({ db }: { db: Database }): Promise<boolean> {
  const env = getEnv();
  if (!LOOPBACK.has(new URL(env.salesforceLoginUrl).hostname)) return false;
  if (!env.SALESFORCE_CLIENT_ID || !env.SALESFORCE_CLIENT_SECRET) return false;
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(salesforceConnections);
  if ((existing?.n ?? 0) > 0) return false;
  // The org is started just before the app and a reused keep-alive socket can be reset: try a few times.
  for (let attempt = 1; ; attempt++) {
    try {
      const tokens = await requestClientCredentialsToken();
      const identity = await fetchIdentity({ identityUrl: tokens.identityUrl, accessToken: tokens.accessToken });
      await connectSalesforceIntegration({ db, actor: undefined, tokens, identity, authFlow: "client_credentials" });
      return true;
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
