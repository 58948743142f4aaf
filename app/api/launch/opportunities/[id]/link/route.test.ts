import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as viewRoute from "@/app/api/launch/opportunities/[id]/route";
import * as linkRoute from "@/app/api/launch/opportunities/[id]/link/route";
import { csrfHeader } from "@/lib/api/csrf-header";
import type { CreateCustomerBody } from "@/lib/schemas/customer";
import { archiveCustomer } from "@/server/customers/archive-customer";
import { createCustomer } from "@/server/customers/create-customer";
import type { DatabaseHandle } from "@/server/db/database";
import { customers } from "@/server/db/schema/customers";
import { testDatabases } from "@/server/db/test-databases";
import { callRoute } from "@/server/testing/call-route";
import { holdDatabase } from "@/server/testing/held-database";
import {
  createTestOpportunity,
  readAccountCustomerId,
  setAccountFields,
  signInThroughOrg,
  startLaunchTestOrg,
} from "@/server/testing/launch-test-org";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import { RITA, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));

const LUMIERE = demoAccountId(14);
const LUMIERE_DEAL = demoOpportunityId(56);
const ORBITAL_DEAL = demoOpportunityId(57);

let org: TestOrg;
beforeAll(async () => {
  org = await startLaunchTestOrg();
});
afterAll(() => org.stop());

const customerBody = (legalName: string): CreateCustomerBody => ({
  legalName,
  address: { line1: "1 Place de la Concorde", town: "Paris", postcode: "75008", country: "FR" },
  contacts: [{ name: "Ines", email: "ines@example.fr", billingPreference: "PRIMARY" }],
  taxStatus: "TAXED",
  status: "ACTIVE",
});

describe.each(testDatabases())("POST /api/launch/opportunities/{id}/link on $name", ({ open }) => {
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

  const link = (id: string, body: unknown) =>
    callRoute(linkRoute.POST, "POST", `/api/launch/opportunities/${id}/link`, { params: { id }, headers, body });
  const view = (id: string) =>
    callRoute(viewRoute.GET, "GET", `/api/launch/opportunities/${id}`, { params: { id }, headers });
  const newCustomer = (legalName: string) =>
    createCustomer({ db: handle.db, actor: undefined, body: customerBody(legalName) });
  const salesforceLinkOf = async (id: string) =>
    (await handle.db.select().from(customers).where(eq(customers.id, id)))[0]?.salesforceAccountId;

  it("links an existing customer to the account, even one whose own address could not make a customer", async () => {
    const customer = await newCustomer("Lumière Holding");
    const response = await link(LUMIERE_DEAL, { customerId: customer.id });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      outcome: "linked",
      customer: { id: customer.id, legalName: "Lumière Holding", archived: false },
      notice: "Linked customer Lumière Holding to account Lumière SAS.",
      salesforce: { status: "written" },
      view: { link: { status: "linked", repair: null } },
    });
    expect(await salesforceLinkOf(customer.id)).toBe(LUMIERE);
    expect(await readAccountCustomerId(org, LUMIERE)).toBe(customer.id);
    expect((await view(LUMIERE_DEAL)).json.link).toEqual({
      status: "linked",
      customer: response.json.customer,
      repair: null,
    });
  });

  it("keeps one customer per account and one account per customer", async () => {
    const other = await newCustomer("Someone Else SARL");
    const taken = await link(LUMIERE_DEAL, { customerId: other.id });
    expect(taken.status).toBe(409);
    expect(taken.json.error.code).toBe("salesforce_account_already_linked");
    expect(taken.json.error.message).toContain("Account Lumière SAS is already linked to customer Lumière Holding");
    expect(await salesforceLinkOf(other.id)).toBeNull();

    const lumiereCustomer = (await view(LUMIERE_DEAL)).json.link.customer;
    const elsewhere = await link(ORBITAL_DEAL, { customerId: lumiereCustomer.id });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.json.error.code).toBe("customer_already_linked");
    expect(elsewhere.json.error.message).toContain(`already linked to another Salesforce account (${LUMIERE})`);

    await archiveCustomer({ db: handle.db, actor: undefined, id: other.id });
    const archived = await link(ORBITAL_DEAL, { customerId: other.id });
    expect(archived.status).toBe(409);
    expect(archived.json.error.code).toBe("customer_archived");

    const unknown = await link(ORBITAL_DEAL, { customerId: "0190dae7-7228-7619-aad8-c51f56733b2b" });
    expect(unknown.status).toBe(404);
    const malformed = await link(ORBITAL_DEAL, { customerId: "acme" });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.errors).toEqual([{ path: "customerId", message: "must be a UUID" }]);
  });

  it("repairs a link our side lost: the account names the customer", async () => {
    const customer = await newCustomer("Named But Unlinked");
    const named = await createTestOpportunity(org, { name: "Named Account", customerId: customer.id });
    const before = await view(named.opportunityId);
    expect(before.json.link.repair.customerId).toBe(customer.id);
    const repaired = await link(named.opportunityId, { customerId: before.json.link.repair.customerId });
    expect(repaired.json).toMatchObject({ outcome: "linked", salesforce: { status: "unchanged" } });
    expect(await salesforceLinkOf(customer.id)).toBe(named.accountId);
    expect((await view(named.opportunityId)).json.link.repair).toBeNull();
  });

  it("repairs a link Salesforce lost: the account's field was cleared, or failed to be written", async () => {
    const customer = await newCustomer("Cleared Field Ltd");
    const cleared = await createTestOpportunity(org, { name: "Cleared Account" });
    await org.local("/__local/faults", "POST", {
      method: "PATCH",
      path: "/services/data/*/sobjects/Account/*",
      errorCode: "UNABLE_TO_LOCK_ROW",
      times: 1,
    });
    const first = await link(cleared.opportunityId, { customerId: customer.id });
    expect(first.status).toBe(200);
    expect(first.json.salesforce).toEqual({
      status: "failed",
      message: `Customer Cleared Field Ltd is linked to account Cleared Account here, but its id could not be written to the account in Salesforce: Salesforce is busy updating the same record, so Sequence CPQ could not write the customer id to account Cleared Account. Try again in a moment. Sequence CPQ tries again the next time an opportunity of this account is opened.`,
    });
    expect(await salesforceLinkOf(customer.id)).toBe(cleared.accountId);

    const next = await view(cleared.opportunityId);
    expect(next.json.link.repair).toEqual({
      customerId: customer.id,
      message: `Account Cleared Account's Sequence Customer ID in Salesforce is empty, though the account is linked to customer Cleared Field Ltd here. Writing ${customer.id} to the account.`,
    });
    const retried = await link(cleared.opportunityId, { customerId: customer.id });
    expect(retried.json).toMatchObject({ outcome: "already_linked", salesforce: { status: "written" } });
    expect(await readAccountCustomerId(org, cleared.accountId)).toBe(customer.id);

    await setAccountFields(org, cleared.accountId, { Sequence_Customer_ID__c: "0190dae7-7228-7619-aad8-c51f56733b2b" });
    const stale = await view(cleared.opportunityId);
    expect(stale.json.link.repair.message).toContain(
      'Sequence Customer ID in Salesforce is "0190dae7-7228-7619-aad8-c51f56733b2b"',
    );
    await link(cleared.opportunityId, { customerId: customer.id });
    expect(await readAccountCustomerId(org, cleared.accountId)).toBe(customer.id);
  });

  it("refuses a cross-site request that lacks the app's header", async () => {
    const response = await callRoute(linkRoute.POST, "POST", `/api/launch/opportunities/${ORBITAL_DEAL}/link`, {
      params: { id: ORBITAL_DEAL },
      headers: { cookie: headers.cookie ?? "" },
      body: { customerId: "0190dae7-7228-7619-aad8-c51f56733b2b" },
    });
    expect(response.status).toBe(403);
  });
});
