import { createHmac } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as launchRoute from "@/app/api/launch/opportunities/[id]/route";
import * as canvasRoute from "@/app/launch/canvas/route";
import { SESSION_HEADER } from "@/server/auth/read-session";
import { unsealSecret } from "@/server/auth/unseal-secret";
import type { DatabaseHandle } from "@/server/db/database";
import { userSalesforceCredentials, users } from "@/server/db/schema/users";
import { testDatabases } from "@/server/db/test-databases";
import { callRoute } from "@/server/testing/call-route";
import { holdDatabase } from "@/server/testing/held-database";
import { startLaunchTestOrg } from "@/server/testing/launch-test-org";
import { demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import { demoUser } from "@/tools/local-salesforce/seed/demo-users";
import { RITA, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));

const RITA_ID = demoUser("rep1").id;
const OPPORTUNITY = demoOpportunityId(51);

let org: TestOrg;
beforeAll(async () => {
  org = await startLaunchTestOrg();
});
afterAll(() => org.stop());

/** A CanvasRequest envelope as Salesforce sends it for Rita on an opportunity page (reference §4b). */
function envelope(token: string, environment: object = { parameters: { opportunityId: OPPORTUNITY } }) {
  return {
    algorithm: "HMACSHA256",
    userId: RITA_ID,
    issuedAt: null,
    client: { oauthToken: token, instanceUrl: org.url, targetOrigin: org.url, instanceId: "09H000000000001" },
    context: {
      user: { userId: RITA_ID, userName: RITA, fullName: "Rita Reyes", email: RITA },
      organization: { organizationId: org.orgId, multicurrencyEnabled: true },
      environment,
    },
  };
}

function sign(value: object, secret = org.clientSecret): string {
  const encoded = Buffer.from(JSON.stringify(value)).toString("base64");
  return `${createHmac("sha256", secret).update(encoded).digest("base64")}.${encoded}`;
}

function postCanvas(signedRequest: string | undefined) {
  const form = new URLSearchParams(signedRequest === undefined ? {} : { signed_request: signedRequest });
  return canvasRoute.POST(
    new Request("http://localhost:3000/launch/canvas", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form,
    }),
  );
}

describe.each(testDatabases())("POST /launch (Canvas signed request) on $name", ({ open }) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
    holdDatabase(handle.db);
  });
  afterAll(async () => {
    holdDatabase(undefined);
    await handle.close();
  });

  it("signs the rep in from a genuine request and continues to the opportunity's launch view", async () => {
    const token = await org.token(RITA);
    const response = await postCanvas(sign(envelope(token)));
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    const [path, fragment] = location.split("#");
    expect(path).toBe(`/launch?opportunityId=${OPPORTUNITY}&via=canvas`);
    expect(fragment).toMatch(/^session=Fe26\.2/);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^cpq_session=Fe26\.2/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=None/);
    expect(cookie).toMatch(/; Partitioned/);

    const [user] = await handle.db.select().from(users).where(eq(users.salesforceUserId, RITA_ID));
    expect(user).toMatchObject({ username: RITA, name: "Rita Reyes", salesforceOrgId: org.orgId });
    const [credentials] = await handle.db
      .select()
      .from(userSalesforceCredentials)
      .where(eq(userSalesforceCredentials.userId, user!.id));
    expect(credentials?.instanceUrl).toBe(org.url);
    expect(await unsealSecret(credentials!.accessTokenEncrypted)).toBe(token);

    // Where the browser blocks the cookie, the session from the fragment alone opens the launch view.
    const sealed = decodeURIComponent(fragment!.slice("session=".length));
    const launched = await callRoute(launchRoute.GET, "GET", `/api/launch/opportunities/${OPPORTUNITY}`, {
      params: { id: OPPORTUNITY },
      headers: { [SESSION_HEADER]: sealed },
    });
    expect(launched.status).toBe(200);
    expect(launched.json.opportunity.name).toBe("Acme Corporation - Platform renewal");
  });

  it("takes the opportunity from the record the canvas app sits on", async () => {
    const response = await postCanvas(sign(envelope(await org.token(RITA), { record: { Id: OPPORTUNITY } })));
    expect(response.headers.get("location")).toMatch(new RegExp(`^/launch\\?opportunityId=${OPPORTUNITY}&via=canvas#`));
  });

  it.each([
    [
      "a tampered envelope",
      () =>
        `${sign(envelope("t")).split(".")[0]}.${Buffer.from(JSON.stringify(envelope("stolen"))).toString("base64")}`,
      "the signature does not match",
    ],
    ["another app's signature", () => sign(envelope("t"), "another consumer secret"), "the signature does not match"],
    [
      "a stale request",
      () => sign({ ...envelope("t"), issuedAt: Date.now() - 60 * 60 * 1000 }),
      "the signed request is stale",
    ],
    ["something that is not a signed request", () => "hello", "not a Canvas signed request"],
  ])("refuses %s with a page that says what to do, and signs nobody in", async (_what, signedRequest, reason) => {
    const before = await handle.db.select().from(users);
    const response = await postCanvas(signedRequest());
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("set-cookie")).toBeNull();
    const html = await response.text();
    expect(html).toContain("<h1>Sequence CPQ could not open</h1>");
    expect(html).toContain(reason);
    expect(html).toContain("Reload the page in Salesforce");
    expect(await handle.db.select().from(users)).toEqual(before);
  });

  it("refuses a POST without a signed request", async () => {
    const response = await postCanvas(undefined);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("it carried no signed_request form field");
  });
});
