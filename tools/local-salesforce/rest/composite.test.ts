import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import { demoUser } from "@/tools/local-salesforce/seed/demo-users";
import { ADA, firstError, RITA, startTestOrg, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

let org: TestOrg;
let rita: string;
let admin: string;
const base = "/services/data/v62.0";
const RITA_ID = demoUser("rep1").id;

beforeAll(async () => {
  org = await startTestOrg();
  rita = await org.token(RITA);
  admin = await org.token(ADA);
});
afterAll(() => org.stop());

async function count(where: string): Promise<number> {
  const response = await org.api(
    admin,
    "GET",
    `/query?q=${encodeURIComponent(`SELECT COUNT() FROM Sequence_Quote__c WHERE ${where}`)}`,
  );
  return (response.body as { totalSize: number }).totalSize;
}

type CompositeResult = {
  body: unknown;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
};

/** A quote with one phase and one price, upserted by external id, as the app's sync writes it. */
function quoteGraph(graphId: string, name: string, priceOverrides: Record<string, unknown> = {}) {
  const quoteId = randomUUID();
  const phaseId = randomUUID();
  return {
    graphId,
    compositeRequest: [
      {
        method: "PATCH",
        url: `${base}/sobjects/Sequence_Quote__c/Sequence_Id__c/${quoteId}`,
        referenceId: "quote",
        body: {
          Name: name,
          Opportunity__c: demoOpportunityId(51),
          Account__c: demoAccountId(11),
          CurrencyIsoCode: "USD",
          OwnerId: RITA_ID,
        },
      },
      {
        method: "PATCH",
        url: `${base}/sobjects/Sequence_Phase__c/Sequence_Id__c/${phaseId}`,
        referenceId: "phase",
        body: { Name: "Year 1", Quote__c: "@{quote.id}", Phase_Number__c: 1, OwnerId: RITA_ID },
      },
      {
        method: "PATCH",
        url: `${base}/sobjects/Sequence_Price__c/Sequence_Id__c/${randomUUID()}`,
        referenceId: "price",
        body: {
          Name: "Platform",
          Quote__r: { Sequence_Id__c: quoteId },
          Phase__c: "@{phase.id}",
          Pricing_Model__c: "FIXED",
          Unit_Price__c: 1000,
          OwnerId: RITA_ID,
          ...priceOverrides,
        },
      },
    ],
  };
}

describe("composite", () => {
  it("runs subrequests in order with @{ref.field} references and answers 200 with one result each", async () => {
    const response = await org.api(rita, "POST", "/composite", {
      compositeRequest: [
        { method: "POST", url: `${base}/sobjects/Account`, referenceId: "account", body: { Name: "Composite Co" } },
        {
          method: "POST",
          url: `${base}/sobjects/Contact`,
          referenceId: "contact",
          body: { LastName: "Ref", AccountId: "@{account.id}" },
        },
        { method: "GET", url: `${base}/sobjects/Contact/@{contact.id}?fields=AccountId`, referenceId: "read" },
        {
          method: "GET",
          url: `${base}/query?q=SELECT+Id+FROM+Account+WHERE+Name='Composite+Co'`,
          referenceId: "query",
        },
      ],
    });
    expect(response.status).toBe(200);
    const results = (response.body as { compositeResponse: CompositeResult[] }).compositeResponse;
    expect(results.map((result) => result.httpStatusCode)).toEqual([201, 201, 200, 200]);
    expect(results[0]?.httpHeaders.Location).toMatch(/^\/services\/data\/v62\.0\/sobjects\/Account\/001/);
    expect((results[2]?.body as { AccountId: string }).AccountId).toBe((results[0]?.body as { id: string }).id);
  });

  it("allOrNone rolls everything back and marks the rest PROCESSING_HALTED", async () => {
    const response = await org.api(rita, "POST", "/composite", {
      allOrNone: true,
      compositeRequest: [
        { method: "POST", url: `${base}/sobjects/Sequence_Quote__c`, referenceId: "ok", body: { Name: "Rolled back" } },
        {
          method: "POST",
          url: `${base}/sobjects/Sequence_Quote__c`,
          referenceId: "bad",
          body: { Name: "x", Status__c: "Nope" },
        },
        { method: "POST", url: `${base}/sobjects/Sequence_Quote__c`, referenceId: "after", body: { Name: "Never" } },
      ],
    });
    const results = (response.body as { compositeResponse: CompositeResult[] }).compositeResponse;
    expect(results[0]).toEqual({
      body: [
        {
          errorCode: "PROCESSING_HALTED",
          message: "The transaction was rolled back since another operation in the same transaction failed.",
        },
      ],
      httpHeaders: {},
      httpStatusCode: 400,
      referenceId: "ok",
    });
    expect(firstError(results[1]?.body).errorCode).toBe("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
    expect(firstError(results[2]?.body).errorCode).toBe("PROCESSING_HALTED");
    expect(await count("Name IN ('Rolled back', 'Never')")).toBe(0);
  });

  it("without allOrNone keeps what succeeded and halts subrequests that depend on a failure", async () => {
    const response = await org.api(rita, "POST", "/composite", {
      compositeRequest: [
        {
          method: "POST",
          url: `${base}/sobjects/Sequence_Quote__c`,
          referenceId: "bad",
          body: { Title__c: "no name" },
        },
        {
          method: "POST",
          url: `${base}/sobjects/Sequence_Phase__c`,
          referenceId: "child",
          body: { Name: "p", Quote__c: "@{bad.id}" },
        },
        { method: "POST", url: `${base}/sobjects/Sequence_Quote__c`, referenceId: "kept", body: { Name: "Kept" } },
      ],
    });
    const results = (response.body as { compositeResponse: CompositeResult[] }).compositeResponse;
    expect(results.map((result) => result.httpStatusCode)).toEqual([400, 400, 201]);
    expect(firstError(results[1]?.body).errorCode).toBe("PROCESSING_HALTED");
    expect(await count("Name = 'Kept'")).toBe(1);
  });

  it("refuses more than 25 subrequests, duplicate reference ids and resources composite cannot call", async () => {
    const many = Array.from({ length: 26 }, (_, index) => ({
      method: "GET",
      url: `${base}/sobjects/Account/describe`,
      referenceId: `r${index}`,
    }));
    const tooMany = await org.api(rita, "POST", "/composite", { compositeRequest: many });
    expect(tooMany.status).toBe(400);
    expect(firstError(tooMany.body).errorCode).toBe("LIMIT_EXCEEDED");
    const duplicate = await org.api(rita, "POST", "/composite", { compositeRequest: [many[0], many[0]] });
    expect(firstError(duplicate.body).errorCode).toBe("INVALID_INPUT");
    const limits = await org.api(rita, "POST", "/composite", {
      compositeRequest: [{ method: "GET", url: `${base}/limits`, referenceId: "limits" }],
    });
    expect(firstError(limits.body).errorCode).toBe("INVALID_INPUT");
  });
});

describe("composite graph", () => {
  it("writes a quote, its phase and price in one call, each graph all or nothing", async () => {
    const response = await org.api(admin, "POST", "/composite/graph", {
      graphs: [quoteGraph("good", "Graph quote"), quoteGraph("bad", "Broken graph", { Pricing_Model__c: "TIERED" })],
    });
    expect(response.status).toBe(200);
    const graphs = (
      response.body as {
        graphs: Array<{
          graphId: string;
          isSuccessful: boolean;
          graphResponse: { compositeResponse: CompositeResult[] };
        }>;
      }
    ).graphs;
    expect(graphs.map((graph) => [graph.graphId, graph.isSuccessful])).toEqual([
      ["good", true],
      ["bad", false],
    ]);
    const good = graphs[0]?.graphResponse.compositeResponse ?? [];
    expect(good.map((node) => node.httpStatusCode)).toEqual([201, 201, 201]);
    expect(good[0]?.body).toMatchObject({ success: true, created: true });
    const bad = graphs[1]?.graphResponse.compositeResponse ?? [];
    expect(bad.map((node) => firstError(node.body).errorCode)).toEqual([
      "PROCESSING_HALTED",
      "PROCESSING_HALTED",
      "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
    ]);
    expect(await count("Name = 'Graph quote'")).toBe(1);
    expect(await count("Name = 'Broken graph'")).toBe(0);
    // Written by the integration user, owned by the opportunity's owner: the rep sees it all.
    const seen = await org.api(
      rita,
      "GET",
      `/query?q=${encodeURIComponent("SELECT Name, (SELECT Name FROM Phases__r) FROM Sequence_Quote__c WHERE Name = 'Graph quote'")}`,
    );
    expect(seen.body).toMatchObject({
      totalSize: 1,
      records: [{ Phases__r: { totalSize: 1, records: [{ Name: "Year 1" }] } }],
    });
  });

  it("upserting the same graph again updates instead of duplicating", async () => {
    const graph = quoteGraph("again", "Retried quote");
    await org.api(admin, "POST", "/composite/graph", { graphs: [graph] });
    const retry = await org.api(admin, "POST", "/composite/graph", { graphs: [graph] });
    const nodes = (retry.body as { graphs: Array<{ graphResponse: { compositeResponse: CompositeResult[] } }> })
      .graphs[0]?.graphResponse.compositeResponse;
    expect(nodes?.map((node) => node.httpStatusCode)).toEqual([200, 200, 200]);
    expect(await count("Name = 'Retried quote'")).toBe(1);
  });

  it("enforces the graph limits and node rules", async () => {
    const node = (index: number) => ({
      method: "POST",
      url: `${base}/sobjects/Sequence_Quote__c`,
      referenceId: `n${index}`,
      body: { Name: `n${index}` },
    });
    const big = await org.api(admin, "POST", "/composite/graph", {
      graphs: [{ graphId: "big", compositeRequest: Array.from({ length: 501 }, (_, index) => node(index)) }],
    });
    expect(big.status).toBe(400);
    expect(firstError(big.body).errorCode).toBe("LIMIT_EXCEEDED");
    const manyGraphs = await org.api(admin, "POST", "/composite/graph", {
      graphs: Array.from({ length: 76 }, (_, index) => ({ graphId: `g${index}`, compositeRequest: [node(index)] })),
    });
    expect(firstError(manyGraphs.body).errorCode).toBe("LIMIT_EXCEEDED");
    const query = await org.api(admin, "POST", "/composite/graph", {
      graphs: [
        {
          graphId: "q",
          compositeRequest: [{ method: "GET", url: `${base}/query?q=SELECT+Id+FROM+Account`, referenceId: "q" }],
        },
      ],
    });
    expect(firstError(query.body).errorCode).toBe("INVALID_INPUT");
    expect(await count("Name LIKE 'n%'")).toBe(0);
  });
});

describe("sObject tree", () => {
  it("creates nested records and answers 201 with every reference", async () => {
    const response = await org.api(rita, "POST", "/composite/tree/Account", {
      records: [
        {
          attributes: { type: "Account", referenceId: "acc1" },
          Name: "Tree Co",
          Contacts: { records: [{ attributes: { type: "Contact", referenceId: "con1" }, LastName: "Leaf" }] },
        },
      ],
    });
    expect(response.status).toBe(201);
    const body = response.body as { hasErrors: boolean; results: Array<{ referenceId: string; id: string }> };
    expect(body.hasErrors).toBe(false);
    expect(body.results.map((result) => result.referenceId)).toEqual(["acc1", "con1"]);
  });

  it("fails as a whole, listing only the failing references with statusCode", async () => {
    const response = await org.api(rita, "POST", "/composite/tree/Account", {
      records: [
        { attributes: { type: "Account", referenceId: "fine" }, Name: "Fine Co" },
        {
          attributes: { type: "Account", referenceId: "bad" },
          Name: "Bad Co",
          Contacts: {
            records: [{ attributes: { type: "Contact", referenceId: "mail" }, LastName: "X", Email: "nope" }],
          },
        },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      hasErrors: true,
      results: [
        {
          referenceId: "mail",
          errors: [
            { statusCode: "INVALID_EMAIL_ADDRESS", message: "Email: invalid email address: nope", fields: ["Email"] },
          ],
        },
      ],
    });
    const accounts = await org.api(
      rita,
      "GET",
      `/query?q=${encodeURIComponent("SELECT COUNT() FROM Account WHERE Name IN ('Fine Co','Bad Co')")}`,
    );
    expect(accounts.body).toMatchObject({ totalSize: 0 });
  });

  it("refuses more than 200 records", async () => {
    const records = Array.from({ length: 201 }, (_, index) => ({
      attributes: { type: "Account", referenceId: `a${index}` },
      Name: `A${index}`,
    }));
    const response = await org.api(rita, "POST", "/composite/tree/Account", { records });
    expect(response.status).toBe(400);
    expect(firstError(response.body).errorCode).toBe("LIMIT_EXCEEDED");
  });
});

describe("sObject Collections", () => {
  it("creates mixed types and reports each record with statusCode in errors, HTTP 200", async () => {
    const response = await org.api(rita, "POST", "/composite/sobjects", {
      records: [
        { attributes: { type: "Account" }, Name: "Collection Co" },
        { attributes: { type: "Contact" }, LastName: "C", Email: "bad" },
      ],
    });
    expect(response.status).toBe(200);
    const results = response.body as Array<{ id?: string; success: boolean; errors: unknown[] }>;
    expect(results[0]).toMatchObject({ success: true, errors: [] });
    expect(results[1]).toEqual({
      success: false,
      errors: [
        { statusCode: "INVALID_EMAIL_ADDRESS", message: "Email: invalid email address: bad", fields: ["Email"] },
      ],
    });
  });

  it("allOrNone rolls back and reports ALL_OR_NONE_OPERATION_ROLLED_BACK for the good records", async () => {
    const response = await org.api(rita, "POST", "/composite/sobjects", {
      allOrNone: true,
      records: [
        { attributes: { type: "Sequence_Quote__c" }, Name: "All or none" },
        { attributes: { type: "Sequence_Quote__c" }, Title__c: "missing name" },
      ],
    });
    expect(response.body).toEqual([
      {
        success: false,
        errors: [
          {
            statusCode: "ALL_OR_NONE_OPERATION_ROLLED_BACK",
            message: "Record rolled back because not all records were valid and the request was using AllOrNone header",
            fields: [],
          },
        ],
      },
      {
        success: false,
        errors: [
          { statusCode: "REQUIRED_FIELD_MISSING", message: "Required fields are missing: [Name]", fields: ["Name"] },
        ],
      },
    ]);
    expect(await count("Name = 'All or none'")).toBe(0);
  });

  it("upserts by external id (created true/false), refusing duplicate values in one call", async () => {
    const id = randomUUID();
    const first = await org.api(rita, "PATCH", "/composite/sobjects/Sequence_Quote__c/Sequence_Id__c", {
      records: [{ attributes: { type: "Sequence_Quote__c" }, Sequence_Id__c: id, Name: "C1" }],
    });
    expect(first.body).toMatchObject([{ success: true, created: true }]);
    const second = await org.api(rita, "PATCH", "/composite/sobjects/Sequence_Quote__c/Sequence_Id__c", {
      records: [
        { attributes: { type: "Sequence_Quote__c" }, Sequence_Id__c: id, Name: "C2" },
        { attributes: { type: "Sequence_Quote__c" }, Sequence_Id__c: randomUUID(), Name: "C3" },
      ],
    });
    expect((second.body as Array<{ created: boolean }>).map((result) => result.created)).toEqual([false, true]);
    const twice = randomUUID();
    const duplicate = await org.api(rita, "PATCH", "/composite/sobjects/Sequence_Quote__c/Sequence_Id__c", {
      records: [
        { attributes: { type: "Sequence_Quote__c" }, Sequence_Id__c: twice, Name: "D1" },
        { attributes: { type: "Sequence_Quote__c" }, Sequence_Id__c: twice, Name: "D2" },
      ],
    });
    expect(
      (duplicate.body as Array<{ errors: Array<{ statusCode: string }> }>).map(
        (result) => result.errors[0]?.statusCode,
      ),
    ).toEqual(["DUPLICATE_EXTERNAL_ID", "DUPLICATE_EXTERNAL_ID"]);
  });

  it("updates, retrieves and deletes by ids; a bad id is MALFORMED_ID, more than 200 is refused", async () => {
    const created = await org.api(rita, "POST", "/composite/sobjects", {
      records: [
        { attributes: { type: "Sequence_Quote__c" }, Name: "R1" },
        { attributes: { type: "Sequence_Quote__c" }, Name: "R2" },
      ],
    });
    const ids = (created.body as Array<{ id: string }>).map((result) => result.id);
    const updated = await org.api(rita, "PATCH", "/composite/sobjects", {
      records: [
        { attributes: { type: "Sequence_Quote__c" }, id: ids[0], Status__c: "DRAFT" },
        { attributes: { type: "Sequence_Quote__c" }, id: "001xx000003DGb2999", Status__c: "DRAFT" },
      ],
    });
    expect(updated.body).toEqual([
      { id: ids[0], success: true, errors: [] },
      {
        id: "001xx000003DGb2999",
        success: false,
        errors: [
          {
            statusCode: "MALFORMED_ID",
            message: "Sequence Quote ID: id value of incorrect type: 001xx000003DGb2999",
            fields: ["Id"],
          },
        ],
      },
    ]);
    const retrieved = await org.api(
      rita,
      "GET",
      `/composite/sobjects/Sequence_Quote__c?ids=${ids.join(",")},${demoAccountId(11)}&fields=Name,Status__c`,
    );
    expect((retrieved.body as Array<{ Name: string } | null>).map((record) => record?.Name ?? null)).toEqual([
      "R1",
      "R2",
      null,
    ]);
    const deleted = await org.api(rita, "DELETE", `/composite/sobjects?ids=${ids.join(",")}`);
    expect(deleted.body).toEqual(ids.map((id) => ({ id, success: true, errors: [] })));

    const records = Array.from({ length: 201 }, () => ({ attributes: { type: "Sequence_Quote__c" }, Name: "x" }));
    const tooMany = await org.api(rita, "POST", "/composite/sobjects", { records });
    expect(tooMany.status).toBe(400);
    expect(firstError(tooMany.body).errorCode).toBe("EXCEEDED_ID_LIMIT");
    const unknownField = await org.api(rita, "POST", "/composite/sobjects", {
      records: [
        { attributes: { type: "Sequence_Quote__c" }, Name: "ok" },
        { attributes: { type: "Sequence_Quote__c" }, Name: "x", Nope__c: 1 },
      ],
    });
    expect(unknownField.status).toBe(400);
    expect(firstError(unknownField.body).errorCode).toBe("INVALID_FIELD");
  });
});
