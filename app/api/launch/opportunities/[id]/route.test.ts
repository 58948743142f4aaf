import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as launchRoute from "@/app/api/launch/opportunities/[id]/route";
import { to15 } from "@/lib/salesforce/record-id";
import { sealSecret } from "@/server/auth/seal-secret";
import { archiveCustomer } from "@/server/customers/archive-customer";
import { createCustomer } from "@/server/customers/create-customer";
import type { DatabaseHandle } from "@/server/db/database";
import { customers } from "@/server/db/schema/customers";
import { userSalesforceCredentials } from "@/server/db/schema/users";
import { testDatabases } from "@/server/db/test-databases";
import { basicAuthHeader } from "@/server/testing/basic-auth";
import { callRoute } from "@/server/testing/call-route";
import { holdDatabase } from "@/server/testing/held-database";
import { createTestOpportunity, signInThroughOrg, startLaunchTestOrg } from "@/server/testing/launch-test-org";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import { RITA, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));

const ACME = demoAccountId(11);
const ACME_RENEWAL = demoOpportunityId(51);
const PINECREST = demoOpportunityId(55);
const LUMIERE = demoOpportunityId(56);
const ORBITAL = demoOpportunityId(57);
const NO_ACCOUNT = demoOpportunityId(58);
const SAMS_BRIGHT_HARBOUR = demoOpportunityId(61);

let org: TestOrg;
beforeAll(async () => {
  org = await startLaunchTestOrg();
});
afterAll(() => org.stop());

/** The Salesforce API calls (as the org counts them) a request made. */
async function apiCallsOf<T>(work: () => Promise<T>): Promise<{ result: T; apiCalls: number }> {
  await org.local("/__local/requests", "DELETE");
  const result = await work();
  const log = (await org.local("/__local/requests")).body as { apiCalls: number };
  return { result, apiCalls: log.apiCalls };
}

describe.each(testDatabases())("GET /api/launch/opportunities/{id} on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let rita: { userId: string; cookie: string };

  beforeAll(async () => {
    handle = await open();
    holdDatabase(handle.db);
    await org.local("/__local/reset", "POST");
    rita = await signInThroughOrg({ db: handle.db, org, username: RITA });
  });
  afterAll(async () => {
    holdDatabase(undefined);
    await handle.close();
  });

  const view = (id: string, headers: Record<string, string> = { cookie: rita.cookie }) =>
    callRoute(launchRoute.GET, "GET", `/api/launch/opportunities/${id}`, { params: { id }, headers });

  it("reads the opportunity, account and billing contact in one API call, and proposes the customer", async () => {
    const { result, apiCalls } = await apiCallsOf(() => view(ACME_RENEWAL));
    expect(apiCalls).toBe(1);
    expect(result.status).toBe(200);
    expect(result.json).toEqual({
      opportunity: {
        id: ACME_RENEWAL,
        name: "Acme Corporation - Platform renewal",
        url: `${org.url}/lightning/r/Opportunity/${ACME_RENEWAL}/view`,
        stageName: "Negotiation/Review",
        closeDate: "2026-12-15",
        amount: "120000",
        currency: "USD",
      },
      account: {
        id: ACME,
        name: "Acme Corporation",
        url: `${org.url}/lightning/r/Account/${ACME}/view`,
        currency: "USD",
      },
      link: {
        status: "not_linked",
        notice: null,
        proposal: {
          ready: true,
          customer: {
            legalName: "Acme Corporation",
            url: "https://acme.example.com",
            currency: "USD",
            address: {
              line1: "500 Market Street",
              town: "San Francisco",
              state: "CA",
              postcode: "94105",
              country: "US",
            },
            billingContact: {
              name: "Jordan Lee",
              email: "jordan.lee@acme.example.com",
              address: {
                line1: "500 Market Street",
                town: "San Francisco",
                state: "CA",
                postcode: "94105",
                country: "US",
              },
            },
          },
        },
      },
    });
  });

  it("accepts the 15-character id the button sends", async () => {
    const response = await view(to15(ACME_RENEWAL));
    expect(response.status).toBe(200);
    expect(response.json.opportunity.id).toBe(ACME_RENEWAL);
  });

  it("says exactly which field on which record stops the customer, with a link to it", async () => {
    const pinecrest = await view(PINECREST);
    expect(pinecrest.json.link.proposal).toEqual({
      ready: false,
      problems: [
        {
          message: "Billing Zip/Postal Code is empty on account Pinecrest Outfitters",
          record: {
            type: "Account",
            id: demoAccountId(13),
            name: "Pinecrest Outfitters",
            url: `${org.url}/lightning/r/Account/${demoAccountId(13)}/view`,
          },
          field: "BillingPostalCode",
        },
      ],
    });
    const lumiere = await view(LUMIERE);
    expect(lumiere.json.link.proposal.problems.map((problem: { message: string }) => problem.message)).toEqual([
      'Billing Country on account Lumière SAS is "France"; use the two-letter ISO code FR',
    ]);
    const orbital = await view(ORBITAL);
    expect(orbital.json.link.proposal.problems).toEqual([
      expect.objectContaining({
        message: "Account Orbital Freight Ltd has no Sequence Billing Contact",
        field: "Sequence_Billing_Contact__c",
      }),
    ]);
  });

  it("refuses an opportunity Salesforce does not show the user, and creates nothing", async () => {
    const { result, apiCalls } = await apiCallsOf(() => view(SAMS_BRIGHT_HARBOUR));
    expect(apiCalls).toBe(1);
    expect(result.status).toBe(404);
    expect(result.json.error.code).toBe("opportunity_not_visible");
    expect(result.json.error.message).toContain("Salesforce doesn't let you (Rita Reyes) see this opportunity");
    expect(await handle.db.select().from(customers)).toEqual([]);
  });

  it("shows an opportunity without an account as such", async () => {
    const response = await view(NO_ACCOUNT);
    expect(response.status).toBe(200);
    expect(response.json.account).toBeNull();
    expect(response.json.link).toEqual({ status: "no_account" });
  });

  it("refuses what is not an opportunity id before calling Salesforce", async () => {
    const { result: malformed, apiCalls } = await apiCallsOf(() => view("not-an-id"));
    expect(apiCalls).toBe(0);
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.errors).toEqual([
      { path: "id", message: '"not-an-id" is not a Salesforce record id (15 or 18 letters and digits)' },
    ]);
    const account = await view(ACME);
    expect(account.status).toBe(400);
    expect(account.json.error.errors[0].message).toContain("opportunity ids start with 006");
  });

  it("acts only for a signed-in Salesforce user", async () => {
    expect((await view(ACME_RENEWAL, {})).status).toBe(401);
    const apiKey = await view(ACME_RENEWAL, await basicAuthHeader(handle.db));
    expect(apiKey.status).toBe(403);
    expect(apiKey.json.error.message).toContain("an API key has no Salesforce user");
  });

  it("reports a link it has to repair, without writing anything", async () => {
    const customer = await createCustomer({
      db: handle.db,
      actor: undefined,
      body: {
        legalName: "Repair Me Inc.",
        address: { line1: "1 Main Street", town: "Springfield", state: "IL", postcode: "62701", country: "US" },
        contacts: [{ name: "Ann", email: "ann@example.com", billingPreference: "PRIMARY" }],
        taxStatus: "TAXED",
        status: "ACTIVE",
      },
    });
    const named = await createTestOpportunity(org, { name: "Named Corp", customerId: customer.id });
    const { result, apiCalls } = await apiCallsOf(() => view(named.opportunityId));
    expect(apiCalls).toBe(1);
    expect(result.json.link).toEqual({
      status: "linked",
      customer: { id: customer.id, legalName: "Repair Me Inc.", archived: false },
      repair: {
        customerId: customer.id,
        message: `Account Named Corp names customer Repair Me Inc., but the customer had lost its link to the account here. Linking them again.`,
      },
    });
    const [row] = await handle.db.select().from(customers).where(eq(customers.id, customer.id));
    expect(row?.salesforceAccountId).toBeNull();

    const stranger = await createTestOpportunity(org, {
      name: "Stranger",
      customerId: "0190dae7-7228-7619-aad8-c51f56733b2b",
    });
    const unknown = await view(stranger.opportunityId);
    expect(unknown.json.link).toMatchObject({ status: "not_linked", proposal: { ready: true } });
    expect(unknown.json.link.notice).toContain('"0190dae7-7228-7619-aad8-c51f56733b2b", which is not a customer');
    await archiveCustomer({ db: handle.db, actor: undefined, id: customer.id });
    const archived = await view(named.opportunityId);
    expect(archived.json.link).toMatchObject({ status: "not_linked", proposal: { ready: true } });
    expect(archived.json.link.notice).toContain("names customer Repair Me Inc., which is archived");
    const garbage = await createTestOpportunity(org, { name: "Garbage", customerId: "legacy-42" });
    expect((await view(garbage.opportunityId)).json.link.notice).toContain('"legacy-42", which is not a customer');
  });

  it("refreshes an expired Salesforce token with the refresh token and keeps the new one", async () => {
    const before = await handle.db
      .select()
      .from(userSalesforceCredentials)
      .where(eq(userSalesforceCredentials.userId, rita.userId));
    await org.local("/__local/expire-access-tokens", "POST");
    const response = await view(ACME_RENEWAL);
    expect(response.status).toBe(200);
    await expect
      .poll(async () => {
        const [after] = await handle.db
          .select()
          .from(userSalesforceCredentials)
          .where(eq(userSalesforceCredentials.userId, rita.userId));
        return after?.accessTokenEncrypted;
      })
      .not.toBe(before[0]?.accessTokenEncrypted);
    expect((await view(ACME_RENEWAL)).status).toBe(200);
  });

  it("translates Salesforce's refusals into errors that say what to do, never a 500", async () => {
    await org.local("/__local/faults", "POST", {
      method: "GET",
      path: "/services/data/*/query",
      errorCode: "REQUEST_LIMIT_EXCEEDED",
      times: 1,
    });
    const limited = await view(ACME_RENEWAL);
    expect(limited.status).toBe(503);
    expect(limited.json.error.code).toBe("salesforce_api_limit");
    expect(limited.json.error.message).toContain("used up its API allowance");
  });

  it("sends the user to sign in again when the Salesforce session cannot be refreshed", async () => {
    const token = await org.token(RITA);
    await handle.db
      .update(userSalesforceCredentials)
      .set({
        accessTokenEncrypted: await sealSecret(token),
        refreshTokenEncrypted: null,
      })
      .where(eq(userSalesforceCredentials.userId, rita.userId));
    await org.local("/__local/expire-access-tokens", "POST");
    const expired = await view(ACME_RENEWAL);
    expect(expired.status).toBe(401);
    expect(expired.json.error.code).toBe("salesforce_session_expired");
    expect(expired.json.error.message).toBe(
      "Your Salesforce session has expired. Sign in with Salesforce again to continue.",
    );
  });
});
