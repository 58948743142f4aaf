import { describe, expect, it } from "vitest";
import { deriveExternalId } from "@/server/salesforce/derive-external-id";
import { mapQuoteRecords } from "@/server/salesforce/map-quote-records";
import { planQuoteSync } from "@/server/salesforce/plan-quote-sync";
import { sequenceObjectFields } from "@/server/salesforce/sequence-object-fields";
import { toGraphRequestBody, type GraphNode } from "@/server/salesforce/to-graph-request-body";
import { priceKey, publishableQuote } from "@/server/testing/publishable-quote";
import { syncSnapshotFixture } from "@/server/testing/sync-snapshot-fixture";

const productId = "4b0e3f5c-1111-4222-8333-444455556666";
const customerId = "4b0e3f5c-7777-4888-8999-aaaabbbbcccc";
const syncedAt = new Date("2026-11-20T10:00:00.000Z");
const api = "/services/data/v62.0/sobjects";

function graphFor(
  snapshot = syncSnapshotFixture(publishableQuote({ productId, customerId, phases: 1 })),
  previous = {},
) {
  const { chunks, childIds } = planQuoteSync({
    records: mapQuoteRecords(snapshot, syncedAt),
    previousChildIds: previous,
  });
  const first = chunks[0];
  if (!first) throw new Error("no chunk");
  const body = toGraphRequestBody({
    chunk: first,
    quoteId: snapshot.quoteId,
    currency: snapshot.currency,
    opportunityId: snapshot.opportunityId,
    accountId: snapshot.accountId,
    apiVersion: "62.0",
    owner: { kind: "read", object: "Opportunity", id: "006Lo000000000pIAA" },
  });
  return { snapshot, chunks, childIds, body, nodes: body.graphs[0]?.compositeRequest ?? [] };
}

const node = (nodes: GraphNode[], referenceId: string) => {
  const found = nodes.find((candidate) => candidate.referenceId === referenceId);
  if (!found) throw new Error(`no node ${referenceId}`);
  return found;
};

describe("the composite graph a published quote becomes", () => {
  it("is one graph: read the opportunity, then upsert the quote and every child on Sequence_Id__c", () => {
    const { body, nodes, snapshot } = graphFor();
    expect(body.graphs).toHaveLength(1);
    expect(body.graphs[0]?.graphId).toBe("quote");
    expect(nodes.map((n) => `${n.method} ${n.referenceId}`)).toEqual([
      "GET owner",
      "PATCH quote",
      "PATCH phase0",
      "PATCH price0_0",
      "PATCH price0_1",
      "PATCH price0_2",
      "PATCH discount0_0",
      "PATCH minimum0_0",
    ]);
    expect(node(nodes, "owner").url).toBe(`${api}/Opportunity/006Lo000000000pIAA?fields=OwnerId,AccountId`);
    expect(node(nodes, "quote").url).toBe(`${api}/Sequence_Quote__c/Sequence_Id__c/${snapshot.quoteId}`);
    expect(node(nodes, "phase0").url).toBe(
      `${api}/Sequence_Phase__c/Sequence_Id__c/${deriveExternalId(snapshot.quoteId, { kind: "phase", phase: 0 })}`,
    );
  });

  it("maps the quote's fields exactly, owned by the opportunity's owner, in the quote's currency", () => {
    const { nodes, snapshot } = graphFor();
    expect(node(nodes, "quote").body).toEqual({
      Name: "Q00042",
      Title__c: "Platform renewal",
      Quote_Number__c: "Q00042",
      Status__c: "PUBLISHED",
      Deal_Type__c: "NEW_BUSINESS",
      Version__c: 2,
      Published_At__c: "2026-11-20T09:30:00.000Z",
      Expires_At__c: "2026-12-20T23:59:59.000Z",
      Accepted_At__c: null,
      Executed_At__c: null,
      Archived_At__c: null,
      Start_Date__c: "2027-01-01",
      End_Date__c: "2027-12-31",
      Total_Contract_Value__c: "18000.00",
      Annual_Recurring_Revenue__c: "18000.00",
      Discount_Total__c: "1200.00",
      Quote_URL__c: snapshot.quoteUrl,
      Last_Synced_At__c: "2026-11-20T10:00:00.000Z",
      Opportunity__c: "006Lo000000000pIAA",
      Account__c: "@{owner.AccountId}",
      OwnerId: "@{owner.OwnerId}",
      CurrencyIsoCode: "USD",
    });
  });

  it("maps phases, prices, discounts and minimums, each linked to its quote and phase by reference", () => {
    const { nodes } = graphFor();
    expect(node(nodes, "phase0").body).toEqual({
      Name: "Year 1",
      Phase_Number__c: 1,
      Start_Date__c: "2027-01-01",
      End_Date__c: "2027-12-31",
      Duration__c: "1 year",
      Total__c: "18000.00",
      Discount_Total__c: "1200.00",
      Minimum_True_Up__c: "0.00",
      Annual_Recurring_Revenue__c: "18000.00",
      Quote__c: "@{quote.id}",
      OwnerId: "@{owner.OwnerId}",
      CurrencyIsoCode: "USD",
    });
    expect(node(nodes, "price0_0").body).toEqual({
      Name: "Platform fee",
      Line_Number__c: 1,
      Product_Id__c: productId,
      Pricing_Model__c: "FIXED",
      Billing_Frequency__c: "MONTHLY",
      Billing_Type__c: "IN_ADVANCE",
      Unit_Price__c: "1000.00",
      Package_Size__c: null,
      Quantity__c: null,
      Is_Price_Percentage__c: false,
      Tiers__c: null,
      Total__c: "12000.00",
      Quote__c: "@{quote.id}",
      Phase__c: "@{phase0.id}",
      OwnerId: "@{owner.OwnerId}",
      CurrencyIsoCode: "USD",
    });
    expect(node(nodes, "price0_1").body).toMatchObject({
      Name: "API calls 1",
      Pricing_Model__c: "LINEAR",
      Billing_Type__c: "IN_ARREARS",
      Unit_Price__c: "0.002",
      Quantity__c: "100000",
      Total__c: "2400.00",
    });
    expect(node(nodes, "discount0_0").body).toEqual({
      Name: "Launch discount",
      Discount_Type__c: "PERCENTAGE",
      Percentage__c: "10",
      Amount__c: null,
      Message__c: "Launch discount",
      Applies_To__c: "Platform fee",
      Quote__c: "@{quote.id}",
      Phase__c: "@{phase0.id}",
      OwnerId: "@{owner.OwnerId}",
      CurrencyIsoCode: "USD",
    });
    expect(node(nodes, "minimum0_0").body).toEqual({
      Name: "Minimum $150.00",
      Amount__c: "150.00",
      Applies_To__c: "API calls 1",
      Quote__c: "@{quote.id}",
      Phase__c: "@{phase0.id}",
      OwnerId: "@{owner.OwnerId}",
      CurrencyIsoCode: "USD",
    });
  });

  it("sets only fields the package defines on each object (the connection check compares the same list)", () => {
    const { nodes } = graphFor(
      syncSnapshotFixture(publishableQuote({ productId, customerId, phases: 3, pricesPerPhase: 4 })),
    );
    for (const upsert of nodes.filter((n) => n.method === "PATCH")) {
      const object = upsert.url.split("/")[5] as keyof typeof sequenceObjectFields;
      const allowed = new Set<string>(sequenceObjectFields[object]);
      for (const field of Object.keys(upsert.body ?? {})) {
        expect(allowed.has(field), `${object}.${field}`).toBe(true);
      }
    }
  });

  it("uses the customer's linked account when the app holds it, and the account's owner without an opportunity", () => {
    const snapshot = syncSnapshotFixture(publishableQuote({ productId, customerId, phases: 1 }), {
      opportunityId: null,
      accountId: "001Lo000000000BIAQ",
    });
    const { chunks } = planQuoteSync({ records: mapQuoteRecords(snapshot, syncedAt), previousChildIds: {} });
    const body = toGraphRequestBody({
      chunk: chunks[0]!,
      quoteId: snapshot.quoteId,
      currency: snapshot.currency,
      opportunityId: null,
      accountId: snapshot.accountId,
      apiVersion: "62.0",
      owner: { kind: "read", object: "Account", id: "001Lo000000000BIAQ" },
    });
    const nodes = body.graphs[0]!.compositeRequest;
    expect(node(nodes, "owner").url).toBe(`${api}/Account/001Lo000000000BIAQ?fields=OwnerId`);
    expect(node(nodes, "quote").body).toMatchObject({ Opportunity__c: null, Account__c: "001Lo000000000BIAQ" });
  });

  it("derives the same external ids for every version, following each record's place in the quote", () => {
    const first = mapQuoteRecords(syncSnapshotFixture(publishableQuote({ productId, customerId })), syncedAt);
    const again = mapQuoteRecords(
      syncSnapshotFixture({ ...publishableQuote({ productId, customerId }), title: "Changed" }),
      syncedAt,
    );
    expect(again.map((record) => record.externalId)).toEqual(first.map((record) => record.externalId));
    expect(new Set(first.map((record) => record.externalId)).size).toBe(first.length);
    expect(first.find((record) => record.referenceId === "price1_2")?.externalId).toBe(
      deriveExternalId("0190dae7-aaaa-7bbb-8ccc-0123456789ab", {
        kind: "price",
        phase: 1,
        temporaryId: priceKey(1, 2),
        occurrence: 0,
      }),
    );
  });

  it("gives each occurrence of a repeated temporaryId its own record", () => {
    const body = publishableQuote({ productId, customerId, phases: 1, pricesPerPhase: 3 });
    body.phases[0]!.prices[2]!.temporaryId = priceKey(0, 1);
    const prices = mapQuoteRecords(syncSnapshotFixture(body), syncedAt).filter((r) => r.object === "Sequence_Price__c");
    expect(new Set(prices.map((price) => price.externalId)).size).toBe(3);
  });

  it("deletes, in the same graph, the children the previous version had and this one does not", () => {
    const before = graphFor(
      syncSnapshotFixture(publishableQuote({ productId, customerId, phases: 2, pricesPerPhase: 3 })),
    );
    const after = graphFor(
      syncSnapshotFixture(publishableQuote({ productId, customerId, phases: 1, pricesPerPhase: 2 })),
      before.childIds,
    );
    const deletes = after.nodes.filter((n) => n.method === "DELETE");
    // Phase 2 with its 3 prices, discount and minimum; and phase 1's third price.
    expect(deletes.map((n) => n.url.split("/")[5])).toEqual([
      "Sequence_Phase__c",
      "Sequence_Price__c",
      "Sequence_Price__c",
      "Sequence_Price__c",
      "Sequence_Price__c",
      "Sequence_Discount__c",
      "Sequence_Minimum__c",
    ]);
    const gone = new Set(deletes.map((n) => n.url.split("/").at(-1)));
    const kept = new Set(after.nodes.filter((n) => n.method === "PATCH").map((n) => n.url.split("/").at(-1)));
    expect([...gone].filter((id) => kept.has(id))).toEqual([]);
    expect(deletes[0]?.url).toBe(
      `${api}/Sequence_Phase__c/Sequence_Id__c/${deriveExternalId(before.snapshot.quoteId, { kind: "phase", phase: 1 })}`,
    );
    expect(after.body.graphs).toHaveLength(1);
  });

  it("puts each deletion in a graph of its own when asked, so one already gone fails alone", () => {
    const before = graphFor(
      syncSnapshotFixture(publishableQuote({ productId, customerId, phases: 1, pricesPerPhase: 3 })),
    );
    const snapshot = syncSnapshotFixture(publishableQuote({ productId, customerId, phases: 1, pricesPerPhase: 2 }));
    const { chunks } = planQuoteSync({
      records: mapQuoteRecords(snapshot, syncedAt),
      previousChildIds: before.childIds,
    });
    const body = toGraphRequestBody({
      chunk: chunks[0]!,
      quoteId: snapshot.quoteId,
      currency: "USD",
      opportunityId: snapshot.opportunityId,
      accountId: null,
      apiVersion: "62.0",
      owner: { kind: "read", object: "Opportunity", id: "006Lo000000000pIAA" },
      separateDeletes: true,
    });
    expect(body.graphs.map((graph) => [graph.graphId, graph.compositeRequest.map((n) => n.method)])).toEqual([
      ["quote", ["GET", "PATCH", "PATCH", "PATCH", "PATCH", "PATCH", "PATCH"]],
      ["delete_price_0", ["DELETE"]],
    ]);
  });

  it("fits 499 records in one call, and takes ⌈records / 500⌉ calls beyond, later ones linked by external id", () => {
    const at = (records: number) => {
      // 1 quote + 1 phase + prices + 1 discount + 1 minimum
      const snapshot = syncSnapshotFixture(
        publishableQuote({ productId, customerId, phases: 1, pricesPerPhase: records - 4 }),
      );
      const mapped = mapQuoteRecords(snapshot, syncedAt);
      expect(mapped).toHaveLength(records);
      return { snapshot, plan: planQuoteSync({ records: mapped, previousChildIds: {} }) };
    };
    expect(at(10).plan.chunks).toHaveLength(1);
    expect(at(450).plan.chunks).toHaveLength(1);
    expect(at(499).plan.chunks).toHaveLength(1);
    expect(at(1200).plan.chunks.map((chunk) => chunk.records.length)).toEqual([499, 500, 201]);

    const { snapshot, plan } = at(1200);
    const later = toGraphRequestBody({
      chunk: plan.chunks[1]!,
      quoteId: snapshot.quoteId,
      currency: "USD",
      opportunityId: snapshot.opportunityId,
      accountId: null,
      apiVersion: "62.0",
      owner: { kind: "known", ownerId: "005Lo0000000002IAA", accountId: "001Lo000000000BIAQ" },
    });
    const nodes = later.graphs[0]!.compositeRequest;
    expect(nodes).toHaveLength(500);
    expect(nodes.some((n) => n.method === "GET")).toBe(false);
    expect(nodes[0]?.body).toMatchObject({
      Quote__r: { Sequence_Id__c: snapshot.quoteId },
      Phase__r: { Sequence_Id__c: deriveExternalId(snapshot.quoteId, { kind: "phase", phase: 0 }) },
      OwnerId: "005Lo0000000002IAA",
      CurrencyIsoCode: "USD",
    });
    expect(nodes[0]?.body).not.toHaveProperty("Quote__c");
  });

  it("sends deletions after every upsert, spilling into another call when the last one is full", () => {
    const previous = {
      Sequence_Price__c: Array.from({ length: 30 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`),
    };
    const snapshot = syncSnapshotFixture(publishableQuote({ productId, customerId, phases: 1, pricesPerPhase: 476 }));
    const plan = planQuoteSync({ records: mapQuoteRecords(snapshot, syncedAt), previousChildIds: previous });
    expect(plan.chunks.map((chunk) => [chunk.records.length, chunk.deletes.length])).toEqual([
      [480, 19],
      [0, 11],
    ]);
  });
});
