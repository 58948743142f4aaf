import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as viewRoute from "@/app/api/launch/opportunities/[id]/route";
import * as customerRoute from "@/app/api/launch/opportunities/[id]/customer/route";
import * as quotesRoute from "@/app/api/quotes/route";
import { csrfHeader } from "@/lib/api/csrf-header";
import type * as FindModule from "@/server/customers/find-customer-by-salesforce-account";
import { createCustomer } from "@/server/customers/create-customer";
import { getCustomerOrThrow } from "@/server/customers/get-customer-or-throw";
import type { DatabaseHandle } from "@/server/db/database";
import { customers } from "@/server/db/schema/customers";
import { testDatabases } from "@/server/db/test-databases";
import { callRoute } from "@/server/testing/call-route";
import { holdDatabase } from "@/server/testing/held-database";
import {
  createTestOpportunity,
  readAccountCustomerId,
  signInThroughOrg,
  startLaunchTestOrg,
} from "@/server/testing/launch-test-org";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import { demoUser } from "@/tools/local-salesforce/seed/demo-users";
import { RITA, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));

/**
 * Holds the first `count` launches that find no customer for the account until all of them have
 * looked, so they race into the insert together, as two reps clicking at once would.
 */
const raceGate = vi.hoisted(() => {
  let waiting: { count: number; arrived: number; release: () => void; opened: Promise<void> } | undefined;
  return {
    arm(count: number) {
      let release = () => {};
      const opened = new Promise<void>((resolve) => (release = resolve));
      waiting = { count, arrived: 0, release, opened };
    },
    async pass() {
      if (!waiting) return;
      const gate = waiting;
      gate.arrived += 1;
      if (gate.arrived === gate.count) {
        waiting = undefined;
        gate.release();
      }
      await gate.opened;
    },
  };
});

vi.mock("@/server/customers/find-customer-by-salesforce-account", async (importOriginal) => {
  const actual = await importOriginal<typeof FindModule>();
  return {
    findCustomerBySalesforceAccount: async (
      options: Parameters<typeof FindModule.findCustomerBySalesforceAccount>[0],
    ) => {
      const found = await actual.findCustomerBySalesforceAccount(options);
      if (!found) await raceGate.pass();
      return found;
    },
  };
});

const ACME = demoAccountId(11);
const NORDWIND = demoAccountId(12);
const SAM = demoUser("rep2").id;

let org: TestOrg;
beforeAll(async () => {
  org = await startLaunchTestOrg();
});
afterAll(() => org.stop());

describe.each(testDatabases())("POST /api/launch/opportunities/{id}/customer on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let headers: Record<string, string>;

  beforeAll(async () => {
    handle = await open();
    holdDatabase(handle.db);
    await org.local("/__local/reset", "POST");
    await org.local("/__local/faults", "DELETE");
    const rita = await signInThroughOrg({ db: handle.db, org, username: RITA });
    headers = { cookie: rita.cookie, [csrfHeader.name]: csrfHeader.value };
  });
  afterAll(async () => {
    holdDatabase(undefined);
    await handle.close();
  });

  const create = (id: string) =>
    callRoute(customerRoute.POST, "POST", `/api/launch/opportunities/${id}/customer`, { params: { id }, headers });
  const view = (id: string) =>
    callRoute(viewRoute.GET, "GET", `/api/launch/opportunities/${id}`, { params: { id }, headers });
  const customersOf = (accountId: string) =>
    handle.db.select().from(customers).where(eq(customers.salesforceAccountId, accountId));

  it("creates the customer from the account, links it and writes its id to the account", async () => {
    await org.local("/__local/requests", "DELETE");
    const response = await create(demoOpportunityId(51));
    expect(response.status).toBe(201);
    const log = (await org.local("/__local/requests")).body as { apiCalls: number };
    expect(log.apiCalls).toBe(2);
    const { customer, outcome, salesforce, view: after } = response.json;
    expect(outcome).toBe("created");
    expect(salesforce).toEqual({
      status: "written",
      message: `Wrote Sequence Customer ID ${customer.id} to account Acme Corporation in Salesforce.`,
    });
    expect(after.link).toEqual({ status: "linked", customer, repair: null });

    const saved = await getCustomerOrThrow({ db: handle.db, id: customer.id });
    expect(saved).toMatchObject({
      legalName: "Acme Corporation",
      url: "https://acme.example.com",
      currency: "USD",
      status: "ACTIVE",
      taxStatus: "TAXED",
      address: { line1: "500 Market Street", town: "San Francisco", state: "CA", postcode: "94105", country: "US" },
      integrationIds: [{ service: "Salesforce", id: ACME, isPending: false }],
      contacts: [
        {
          name: "Jordan Lee",
          email: "jordan.lee@acme.example.com",
          billingPreference: "PRIMARY",
          address: { line1: "500 Market Street", town: "San Francisco", state: "CA", postcode: "94105", country: "US" },
        },
      ],
    });
    expect(await readAccountCustomerId(org, ACME)).toBe(customer.id);

    // Another of the account's opportunities finds the same customer, linked on both sides.
    const other = await view(demoOpportunityId(52));
    expect(other.json.link).toEqual({ status: "linked", customer, repair: null });
    const again = await create(demoOpportunityId(53));
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ outcome: "already_linked", customer, salesforce: { status: "unchanged" } });
    expect(await customersOf(ACME)).toHaveLength(1);
  });

  it("never creates a second customer when two launches race for one account", async () => {
    raceGate.arm(2);
    const [first, second] = await Promise.all([create(demoOpportunityId(54)), create(demoOpportunityId(54))]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.json.customer.id).toBe(second.json.customer.id);
    const loser = first.status === 200 ? first : second;
    expect(loser.json.notice).toBe(
      "Another launch created the customer for account Nordwind GmbH a moment ago; using it.",
    );
    expect(await customersOf(NORDWIND)).toHaveLength(1);
    expect(await readAccountCustomerId(org, NORDWIND)).toBe(first.json.customer.id);
  });

  it("refuses an account with an incomplete address, names every field, and creates nothing", async () => {
    const before = await handle.db.select().from(customers);
    const response = await create(demoOpportunityId(55));
    expect(response.status).toBe(422);
    expect(response.json.error).toEqual({
      type: "ValidationError",
      code: "salesforce_account_incomplete",
      message:
        "The customer can't be created from account Pinecrest Outfitters until this is fixed in Salesforce: Billing Zip/Postal Code is empty on account Pinecrest Outfitters. Nothing was created.",
      errors: [
        {
          path: "Account.BillingPostalCode",
          message: "Billing Zip/Postal Code is empty on account Pinecrest Outfitters",
        },
      ],
    });
    expect(await handle.db.select().from(customers)).toEqual(before);
    expect(await readAccountCustomerId(org, demoAccountId(13))).toBeNull();
  });

  it("re-links the customer an account names instead of creating a second one", async () => {
    const named = await createCustomer({
      db: handle.db,
      actor: undefined,
      body: {
        legalName: "Named Before",
        address: { line1: "1 Main Street", town: "Springfield", state: "IL", postcode: "62701", country: "US" },
        contacts: [{ name: "Ann", email: "ann@example.com", billingPreference: "PRIMARY" }],
        taxStatus: "TAXED",
        status: "ACTIVE",
      },
    });
    const account = await createTestOpportunity(org, { name: "Names Its Customer", customerId: named.id });
    const response = await create(account.opportunityId);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      outcome: "linked",
      customer: { id: named.id },
      notice:
        "Account Names Its Customer names customer Named Before; linked them again instead of creating another customer.",
      salesforce: { status: "unchanged" },
    });
    expect((await customersOf(account.accountId)).map((row) => row.id)).toEqual([named.id]);
  });

  it("refuses an opportunity without an account, and one the user cannot see", async () => {
    const none = await create(demoOpportunityId(58));
    expect(none.status).toBe(409);
    expect(none.json.error.code).toBe("opportunity_without_account");
    const hidden = await create(demoOpportunityId(61));
    expect(hidden.status).toBe(404);
    expect(hidden.json.error.code).toBe("opportunity_not_visible");
  });

  it("keeps the link when Salesforce will not take the write-back, says so, and retries on the next launch", async () => {
    // Salesforce lets the owner of an opportunity read its account, not edit it.
    const readOnly = await createTestOpportunity(org, { name: "Sam's Account Inc", accountOwnerId: SAM });
    const response = await create(readOnly.opportunityId);
    expect(response.status).toBe(201);
    const { customer, salesforce, view: after } = response.json;
    expect(salesforce.status).toBe("failed");
    expect(salesforce.message).toBe(
      `Customer Sam's Account Inc is linked to account Sam's Account Inc here, but its id could not be written to the account in Salesforce: You can't edit account Sam's Account Inc in Salesforce, so its Sequence Customer ID could not be set. Ask the account's owner (or your Salesforce admin) for edit access, or ask them to open this opportunity and click Create Sequence Quote. Sequence CPQ tries again the next time an opportunity of this account is opened.`,
    );
    expect(after.link).toMatchObject({ status: "linked", customer, repair: { customerId: customer.id } });
    expect(await customersOf(readOnly.accountId)).toHaveLength(1);
    expect(await readAccountCustomerId(org, readOnly.accountId)).toBeNull();
    const next = await view(readOnly.opportunityId);
    expect(next.json.link.repair.message).toContain("Sequence Customer ID in Salesforce is empty");
  });

  it("lets the rep start a draft for the opportunity with the linked customer", async () => {
    const launched = await view(demoOpportunityId(51));
    const { opportunity, link } = launched.json;
    const created = await callRoute(quotesRoute.POST, "POST", "/api/quotes", {
      headers,
      body: {
        customerId: link.customer.id,
        title: opportunity.name,
        currency: opportunity.currency,
        preliminaryBillingStartDate: opportunity.closeDate,
        salesforceOpportunityId: opportunity.id,
      },
    });
    expect(created.status).toBe(201);
    const listed = await callRoute(quotesRoute.GET, "GET", "/api/quotes", {
      headers,
      query: { salesforceOpportunityId: opportunity.id },
    });
    expect(listed.json.items).toEqual([
      expect.objectContaining({
        id: created.json.id,
        customerId: link.customer.id,
        currency: "USD",
        preliminaryBillingStartDate: "2026-12-15",
        title: "Acme Corporation - Platform renewal",
        status: "DRAFT",
      }),
    ]);
  });
});
