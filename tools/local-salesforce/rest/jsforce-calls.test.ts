import { randomUUID } from "node:crypto";
import type { Connection } from "jsforce";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValid18 } from "@/lib/salesforce/record-id";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import { ADA, RITA, startTestOrg, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

// Every jsforce call of reference/salesforce.md §1.3, through jsforce 3.10.16 itself.
let org: TestOrg;
let conn: Connection;
let keyPrefix: string;

beforeAll(async () => {
  org = await startTestOrg();
  conn = await org.connect(RITA);
  keyPrefix = String((await conn.sobject("Sequence_Quote__c").describe()).keyPrefix);
});
afterAll(() => org.stop());

const quote = (name = "Q-1") => ({
  Name: name,
  Sequence_Id__c: randomUUID(),
  Opportunity__c: demoOpportunityId(51),
  Account__c: demoAccountId(11),
  CurrencyIsoCode: "USD",
  Status__c: "PUBLISHED",
  Total_Contract_Value__c: 1200.5,
});

describe("jsforce against the local org", () => {
  it("logs in with the OAuth password flow and gets the instance URL and user", () => {
    expect(conn.instanceUrl).toBe(org.url);
    expect(conn.userInfo?.organizationId).toBe(org.orgId);
    expect(conn.accessToken).toMatch(new RegExp(`^${org.orgId.slice(0, 15)}!`));
  });

  it("creates, retrieves, updates and destroys one record", async () => {
    const created = await conn.sobject("Sequence_Quote__c").create(quote());
    expect(created.success).toBe(true);
    const id = String(created.id);
    expect(isValid18(id)).toBe(true);
    expect(id.startsWith(keyPrefix)).toBe(true);

    const read = await conn.sobject("Sequence_Quote__c").retrieve(id, { fields: ["Name", "Total_Contract_Value__c"] });
    expect(read).toMatchObject({
      attributes: { type: "Sequence_Quote__c", url: `/services/data/v62.0/sobjects/Sequence_Quote__c/${id}` },
      Name: "Q-1",
      Total_Contract_Value__c: 1200.5,
    });

    const updated = await conn.sobject("Sequence_Quote__c").update({ Id: id, Status__c: "ACCEPTED" });
    expect(updated).toEqual({ id, success: true, errors: [] });
    expect((await conn.sobject("Sequence_Quote__c").retrieve(id)).Status__c).toBe("ACCEPTED");

    const destroyed = await conn.sobject("Sequence_Quote__c").destroy(id);
    expect(destroyed).toEqual({ id, success: true, errors: [] });
    await expect(conn.sobject("Sequence_Quote__c").retrieve(id)).rejects.toMatchObject({
      errorCode: "ENTITY_IS_DELETED",
    });
  });

  it("creates, retrieves, updates and destroys arrays through sObject Collections", async () => {
    const created = await conn.sobject("Sequence_Quote__c").create([quote("A"), quote("B")]);
    expect(created.every((result) => result.success)).toBe(true);
    const ids = created.map((result) => String(result.id));

    const withFields = await conn.sobject("Sequence_Quote__c").retrieve(ids, { fields: ["Name"] });
    expect(withFields.map((record) => record?.Name)).toEqual(["A", "B"]);
    // Without fields jsforce describes the object first and asks for every field.
    const allFields = await conn.sobject("Sequence_Quote__c").retrieve(ids);
    expect(allFields[0]).toHaveProperty("Sequence_Id__c");

    const updated = await conn.sobject("Sequence_Quote__c").update(ids.map((Id) => ({ Id, Status__c: "EXECUTED" })));
    expect(updated).toEqual(ids.map((id) => ({ id, success: true, errors: [] })));

    const destroyed = await conn.sobject("Sequence_Quote__c").destroy(ids);
    expect(destroyed.every((result) => result.success)).toBe(true);
  });

  it("upserts by external id: created, then updated, singly and in arrays", async () => {
    const record = quote("U");
    const first = await conn.sobject("Sequence_Quote__c").upsert(record, "Sequence_Id__c");
    expect(first).toMatchObject({ success: true, errors: [], created: true });
    const second = await conn.sobject("Sequence_Quote__c").upsert({ ...record, Name: "U2" }, "Sequence_Id__c");
    expect(second).toMatchObject({ id: (first as { id: string }).id, success: true, created: false });

    const other = quote("V");
    const results = await conn
      .sobject("Sequence_Quote__c")
      .upsert([{ ...record, Name: "U3" }, other], "Sequence_Id__c");
    expect(results.map((result) => [result.success, result.created])).toEqual([
      [true, false],
      [true, true],
    ]);
  });

  it("queries, follows queryMore and autoFetch", async () => {
    const result = await conn.query<{ Name: string }>("SELECT Name FROM Opportunity ORDER BY Name");
    expect(result.done).toBe(true);
    expect(result.totalSize).toBe(8);

    const admin = await org.connect(ADA);
    const rows = Array.from({ length: 2100 }, (_, index) => ({ ...quote(`Bulk ${index}`), OwnerId: undefined }));
    for (let start = 0; start < rows.length; start += 200) {
      const chunk = await admin.sobject("Sequence_Quote__c").create(rows.slice(start, start + 200));
      expect(chunk.every((item) => item.success)).toBe(true);
    }
    const firstPage = await admin.query("SELECT Id FROM Sequence_Quote__c WHERE Name LIKE 'Bulk %'");
    expect(firstPage).toMatchObject({ totalSize: 2100, done: false });
    expect(firstPage.records).toHaveLength(2000);
    // jsforce makes the locator URL absolute; the raw body carries the path (see query tests).
    expect(firstPage.nextRecordsUrl).toMatch(/\/services\/data\/v62\.0\/query\/01g[A-Za-z0-9]{15}-2000$/);
    const secondPage = await admin.queryMore(String(firstPage.nextRecordsUrl));
    expect(secondPage).toMatchObject({ totalSize: 2100, done: true });
    expect(secondPage.records).toHaveLength(100);

    const fetched = await admin
      .query("SELECT Id FROM Sequence_Quote__c WHERE Name LIKE 'Bulk %'")
      .autoFetch(true)
      .maxFetch(5000);
    expect(fetched.records).toHaveLength(2100);
  });

  it("describes objects and the org", async () => {
    const global = await conn.describeGlobal();
    expect(global.sobjects.map((object) => object.name)).toEqual(
      expect.arrayContaining(["Account", "Opportunity", "Sequence_Quote__c", "CurrencyType"]),
    );
    const account = await conn.describe("Account");
    const customerId = account.fields.find((field) => field.name === "Sequence_Customer_ID__c");
    expect(customerId).toMatchObject({ type: "string", length: 36, externalId: true, unique: true, nillable: true });
    expect(account.childRelationships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          childSObject: "Sequence_Quote__c",
          field: "Account__c",
          relationshipName: "Sequence_Quotes__r",
        }),
      ]),
    );
    const price = await conn.describe("Sequence_Price__c");
    const model = price.fields.find((field) => field.name === "Pricing_Model__c");
    expect(model?.restrictedPicklist).toBe(true);
    expect(model?.picklistValues?.map((value) => value.value)).toContain("GRADUATED");
    expect(price.fields.find((field) => field.name === "Phase__c")).toMatchObject({
      type: "reference",
      referenceTo: ["Sequence_Phase__c"],
      relationshipName: "Phase__r",
    });
  });

  it("reads limits and identity, and sends raw requests", async () => {
    const limits = await conn.limits();
    expect(limits.DailyApiRequests).toMatchObject({ Max: 15000 });
    expect(conn.limitInfo.apiUsage?.used).toBeGreaterThan(0);

    const identity = await conn.identity();
    expect(identity).toMatchObject({ username: RITA, organization_id: org.orgId, user_id: conn.userInfo?.id });

    const created = await conn.requestPost<{ id: string }>("/sobjects/Sequence_Quote__c", quote("raw"));
    const fetched = await conn.requestGet<{ Name: string }>(`/sobjects/Sequence_Quote__c/${created.id}`);
    expect(fetched.Name).toBe("raw");
    await conn.requestPatch(`/sobjects/Sequence_Quote__c/${created.id}`, { Name: "raw2" });
    const viaRequest = await conn.request<{ Name: string }>({
      method: "GET",
      url: `/services/data/v62.0/sobjects/Sequence_Quote__c/${created.id}?fields=Name`,
    });
    expect(viaRequest.Name).toBe("raw2");
    await conn.requestDelete(`/sobjects/Sequence_Quote__c/${created.id}`);
  });

  it("throws jsforce's error objects with Salesforce's errorCode", async () => {
    await expect(conn.sobject("Sequence_Quote__c").create({ Name: "x", Bogus__c: 1 })).rejects.toMatchObject({
      errorCode: "INVALID_FIELD",
      message: "No such column 'Bogus__c' on sobject of type Sequence_Quote__c",
    });
    const results = await conn.sobject("Sequence_Quote__c").create([{ Name: "ok" }, { Title__c: "no name" }]);
    expect(results[1]).toMatchObject({
      success: false,
      errors: [
        { statusCode: "REQUIRED_FIELD_MISSING", message: "Required fields are missing: [Name]", fields: ["Name"] },
      ],
    });
  });
});
