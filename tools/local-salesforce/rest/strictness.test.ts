import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { to15 } from "@/lib/salesforce/record-id";
import { demoAccountId, demoContactId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import { ADA, firstError, RITA, startTestOrg, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

let org: TestOrg;
let rita: string;
let admin: string;

beforeAll(async () => {
  org = await startTestOrg();
  rita = await org.token(RITA);
  admin = await org.token(ADA);
});
afterAll(() => org.stop());

const quote = (extra: Record<string, unknown> = {}) => ({
  Name: "Q",
  Sequence_Id__c: randomUUID(),
  Opportunity__c: demoOpportunityId(51),
  ...extra,
});

describe("the org rejects what Salesforce rejects", () => {
  it("a field the package does not define: 400 INVALID_FIELD, nothing written", async () => {
    const response = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", quote({ Discount_Percent__c: 10 }));
    expect(response.status).toBe(400);
    expect(response.body).toEqual([
      {
        message: "No such column 'Discount_Percent__c' on sobject of type Sequence_Quote__c",
        errorCode: "INVALID_FIELD",
      },
    ]);
    const count = await org.api(rita, "GET", "/query?q=SELECT+COUNT()+FROM+Sequence_Quote__c");
    expect(count.body).toMatchObject({ totalSize: 0 });
  });

  it("a missing required field: REQUIRED_FIELD_MISSING naming every field", async () => {
    const response = await org.api(rita, "POST", "/sobjects/Opportunity", { Amount: 10 });
    expect(response.status).toBe(400);
    expect(response.body).toEqual([
      {
        message: "Required fields are missing: [Name, StageName, CloseDate]",
        errorCode: "REQUIRED_FIELD_MISSING",
        fields: ["Name", "StageName", "CloseDate"],
      },
    ]);
    const cleared = await org.api(rita, "PATCH", `/sobjects/Opportunity/${demoOpportunityId(51)}`, { CloseDate: null });
    expect(firstError(cleared.body)).toMatchObject({ errorCode: "REQUIRED_FIELD_MISSING", fields: ["CloseDate"] });
  });

  it("wrong JSON types: JSON_PARSER_ERROR; numeric strings are accepted as Salesforce does", async () => {
    const text = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", quote({ Total_Contract_Value__c: "lots" }));
    expect(text.status).toBe(400);
    expect(firstError(text.body)).toMatchObject({ errorCode: "JSON_PARSER_ERROR" });
    expect(firstError(text.body).message).toContain(
      "Cannot deserialize instance of currency from VALUE_STRING value lots",
    );
    const date = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", quote({ Start_Date__c: "2026-02-30" }));
    expect(firstError(date.body).errorCode).toBe("JSON_PARSER_ERROR");
    const flag = await org.api(rita, "POST", "/sobjects/Sequence_Billing_Schedule__c", {
      Name: "S",
      Auto_Issue_Invoices__c: "yes",
    });
    expect(firstError(flag.body).errorCode).toBe("JSON_PARSER_ERROR");
    const numeric = await org.api(
      rita,
      "POST",
      "/sobjects/Sequence_Quote__c",
      quote({ Total_Contract_Value__c: "12.345" }),
    );
    expect(numeric.status).toBe(201);
    const read = await org.api(
      rita,
      "GET",
      `/sobjects/Sequence_Quote__c/${(numeric.body as { id: string }).id}?fields=Total_Contract_Value__c`,
    );
    expect(read.body).toMatchObject({ Total_Contract_Value__c: 12.345 });
  });

  it("too long, bad picklist value, bad e-mail, number too large", async () => {
    const long = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", quote({ Name: "x".repeat(81) }));
    expect(firstError(long.body)).toMatchObject({ errorCode: "STRING_TOO_LONG", fields: ["Name"] });
    expect(firstError(long.body).message).toMatch(/^Quote Name: data value too large: x+ \(max length=80\)$/);

    const picklist = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", quote({ Status__c: "Draft" }));
    expect(picklist.body).toEqual([
      {
        message: "Status: bad value for restricted picklist field: Draft",
        errorCode: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
        fields: ["Status__c"],
      },
    ]);
    const email = await org.api(rita, "POST", "/sobjects/Contact", { LastName: "Doe", Email: "not an email" });
    expect(email.body).toEqual([
      { message: "Email: invalid email address: not an email", errorCode: "INVALID_EMAIL_ADDRESS", fields: ["Email"] },
    ]);
    const big = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", quote({ Version__c: 1e10 }));
    expect(firstError(big.body)).toMatchObject({ errorCode: "NUMBER_OUTSIDE_VALID_RANGE", fields: ["Version__c"] });
  });

  it("bad references: MALFORMED_ID for a wrong id, INVALID_CROSS_REFERENCE_KEY for a missing record", async () => {
    const malformed = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", quote({ Opportunity__c: "nope" }));
    expect(malformed.body).toEqual([
      {
        message: "Opportunity: id value of incorrect type: nope",
        errorCode: "MALFORMED_ID",
        fields: ["Opportunity__c"],
      },
    ]);
    const wrongType = await org.api(
      rita,
      "POST",
      "/sobjects/Sequence_Quote__c",
      quote({ Opportunity__c: demoAccountId(11) }),
    );
    expect(firstError(wrongType.body).errorCode).toBe("MALFORMED_ID");
    const missing = await org.api(
      rita,
      "POST",
      "/sobjects/Sequence_Quote__c",
      quote({ Opportunity__c: demoOpportunityId(999) }),
    );
    expect(missing.body).toEqual([
      { message: "invalid cross reference id", errorCode: "INVALID_CROSS_REFERENCE_KEY", fields: [] },
    ]);
    // 15-character and lower-cased 18-character ids are the same record.
    const fifteen = await org.api(
      rita,
      "POST",
      "/sobjects/Sequence_Quote__c",
      quote({ Opportunity__c: to15(demoOpportunityId(51)) }),
    );
    expect(fifteen.status).toBe(201);
  });

  it("duplicate unique values: DUPLICATE_VALUE with the other record's id", async () => {
    const id = randomUUID();
    const first = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", quote({ Sequence_Id__c: id }));
    const second = await org.api(
      rita,
      "POST",
      "/sobjects/Sequence_Quote__c",
      quote({ Sequence_Id__c: id.toUpperCase() }),
    );
    expect(second.body).toEqual([
      {
        message: `duplicate value found: Sequence_Id__c duplicates value on record with id: ${to15((first.body as { id: string }).id)}`,
        errorCode: "DUPLICATE_VALUE",
        fields: [],
      },
    ]);
  });

  it("read-only fields: INVALID_FIELD_FOR_INSERT_UPDATE; an Id on insert is refused", async () => {
    const readOnly = await org.api(
      rita,
      "POST",
      "/sobjects/Sequence_Quote__c",
      quote({ CreatedDate: "2020-01-01T00:00:00Z" }),
    );
    expect(firstError(readOnly.body)).toMatchObject({
      errorCode: "INVALID_FIELD_FOR_INSERT_UPDATE",
      fields: ["CreatedDate"],
    });
    const withId = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", quote({ Id: demoOpportunityId(51) }));
    expect(withId.body).toEqual([
      { message: "cannot specify Id in an insert call", errorCode: "INVALID_FIELD_FOR_INSERT_UPDATE", fields: ["Id"] },
    ]);
    const won = await org.api(rita, "PATCH", `/sobjects/Opportunity/${demoOpportunityId(51)}`, { IsWon: true });
    expect(firstError(won.body).errorCode).toBe("INVALID_FIELD_FOR_INSERT_UPDATE");
    // Users come from the demo seed: the org offers User read-only.
    const user = await org.api(admin, "POST", "/sobjects/User", { LastName: "New" });
    expect(user.body).toEqual([
      { message: "entity type cannot be inserted: User", errorCode: "INVALID_TYPE_FOR_OPERATION", fields: [] },
    ]);
  });

  it("sets a lookup through the parent's external id, and reports an unknown one", async () => {
    const parent = randomUUID();
    await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", quote({ Sequence_Id__c: parent }));
    const phase = await org.api(rita, "POST", "/sobjects/Sequence_Phase__c", {
      Name: "Year 1",
      Sequence_Id__c: randomUUID(),
      Quote__r: { Sequence_Id__c: parent },
    });
    expect(phase.status).toBe(201);
    const read = await org.api(
      rita,
      "GET",
      `/sobjects/Sequence_Phase__c/${(phase.body as { id: string }).id}?fields=Quote__c`,
    );
    expect(String((read.body as { Quote__c: string }).Quote__c).slice(0, 3)).toBe(
      String(
        ((await org.api(rita, "GET", "/sobjects/Sequence_Quote__c/describe")).body as { keyPrefix: string }).keyPrefix,
      ),
    );
    const unknown = randomUUID();
    const orphan = await org.api(rita, "POST", "/sobjects/Sequence_Phase__c", {
      Name: "x",
      Quote__r: { Sequence_Id__c: unknown },
    });
    expect(orphan.body).toEqual([
      {
        message: `Foreign key external ID: ${unknown} not found for field Sequence_Id__c in entity Sequence_Quote__c`,
        errorCode: "INVALID_FIELD",
        fields: [],
      },
    ]);
    const notExternal = await org.api(rita, "POST", "/sobjects/Sequence_Phase__c", {
      Name: "x",
      Quote__r: { Title__c: "t" },
    });
    expect(firstError(notExternal.body).errorCode).toBe("INVALID_FIELD");
  });

  it("upsert: 201 created, 200 updated, 300 for several matches, 404 for a field that is no external id", async () => {
    const id = randomUUID();
    const created = await org.api(rita, "PATCH", `/sobjects/Sequence_Quote__c/Sequence_Id__c/${id}`, { Name: "U" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ success: true, errors: [], created: true });
    const updated = await org.api(rita, "PATCH", `/sobjects/Sequence_Quote__c/Sequence_Id__c/${id}`, { Name: "U2" });
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual({
      id: (created.body as { id: string }).id,
      success: true,
      errors: [],
      created: false,
    });

    await org.api(rita, "POST", "/sobjects/Account", { Name: "Twin" });
    await org.api(rita, "POST", "/sobjects/Account", { Name: "Twin" });
    const multiple = await org.api(rita, "PATCH", "/sobjects/Account/Name/Twin", { Phone: "1" });
    expect(multiple.status).toBe(300);
    expect(multiple.body).toHaveLength(2);
    expect((multiple.body as string[])[0]).toMatch(/^\/services\/data\/v62\.0\/sobjects\/Account\/001/);

    const badField = await org.api(rita, "PATCH", `/sobjects/Sequence_Quote__c/Title__c/${id}`, { Name: "x" });
    expect(badField.status).toBe(404);
    expect(badField.body).toEqual([{ errorCode: "NOT_FOUND", message: "The requested resource does not exist" }]);
  });

  it("upsert: updateOnly=true (API 61.0 and later) never inserts", async () => {
    const id = randomUUID();
    const refused = await org.api(rita, "PATCH", `/sobjects/Sequence_Quote__c/Sequence_Id__c/${id}?updateOnly=true`, {
      Name: "U",
    });
    expect(refused.status).toBe(404);
    expect(firstError(refused.body).errorCode).toBe("NOT_FOUND");
    await org.api(rita, "PATCH", `/sobjects/Sequence_Quote__c/Sequence_Id__c/${id}`, { Name: "U" });
    const updated = await org.api(rita, "PATCH", `/sobjects/Sequence_Quote__c/Sequence_Id__c/${id}?updateOnly=true`, {
      Name: "U2",
    });
    expect(updated).toMatchObject({ status: 200, body: { created: false } });
    // Before 61.0 the parameter does not exist: the upsert inserts.
    const older = await org.api(
      rita,
      "PATCH",
      `/services/data/v60.0/sobjects/Sequence_Quote__c/Sequence_Id__c/${randomUUID()}?updateOnly=true`,
      { Name: "U3" },
    );
    expect(older.status).toBe(201);
  });

  it("POST /sobjects/X/Id inserts (Id as a null external id); other methods there are 405", async () => {
    const created = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c/Id", quote());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ success: true, errors: [], created: true });
    const id = (created.body as { id: string }).id;
    expect(created.headers.get("location")).toBe(`/services/data/v62.0/sobjects/Sequence_Quote__c/${id}`);
    const withId = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c/Id", quote({ Id: id }));
    expect(firstError(withId.body)).toMatchObject({ errorCode: "INVALID_FIELD", fields: ["Id"] });

    // What jsforce's upsert(record, "Id") without an Id gets from Salesforce (jsforce #667).
    const patch = await org.api(rita, "PATCH", "/sobjects/Sequence_Quote__c/Id", { Name: "x" });
    expect(patch.status).toBe(405);
    expect(patch.body).toEqual([
      { message: "HTTP Method 'PATCH' not allowed. Allowed are GET,HEAD,POST", errorCode: "METHOD_NOT_ALLOWED" },
    ]);
    const onRecord = await org.api(rita, "POST", `/sobjects/Sequence_Quote__c/${id}`, { Name: "x" });
    expect(onRecord.status).toBe(405);
    expect(firstError(onRecord.body).message).toBe("HTTP Method 'POST' not allowed. Allowed are HEAD,GET,PATCH,DELETE");
  });

  it("upsert: the external id field named in the URL may not be in the body", async () => {
    const id = randomUUID();
    for (const value of [id, randomUUID()]) {
      const response = await org.api(rita, "PATCH", `/sobjects/Sequence_Quote__c/Sequence_Id__c/${id}`, {
        Name: "U",
        Sequence_Id__c: value,
      });
      expect(response.status).toBe(400);
      expect(firstError(response.body)).toMatchObject({ errorCode: "INVALID_FIELD", fields: ["Sequence_Id__c"] });
    }
    const none = await org.api(rita, "GET", `/query?q=${encodeURIComponent("SELECT COUNT() FROM Sequence_Quote__c")}`);
    const before = (none.body as { totalSize: number }).totalSize;
    const withId = await org.api(rita, "PATCH", `/sobjects/Sequence_Quote__c/Sequence_Id__c/${id}`, {
      Name: "U",
      Id: demoOpportunityId(51),
    });
    expect(firstError(withId.body)).toMatchObject({ errorCode: "INVALID_FIELD", fields: ["Id"] });
    const after = await org.api(rita, "GET", `/query?q=${encodeURIComponent("SELECT COUNT() FROM Sequence_Quote__c")}`);
    expect((after.body as { totalSize: number }).totalSize).toBe(before);
  });

  it("missing, deleted and malformed row ids on the row resource", async () => {
    const missing = await org.api(rita, "GET", `/sobjects/Opportunity/${demoOpportunityId(998)}`);
    expect(missing.status).toBe(404);
    expect(firstError(missing.body).errorCode).toBe("NOT_FOUND");
    const created = await org.api(rita, "POST", "/sobjects/Contact", {
      LastName: "Gone",
      AccountId: demoAccountId(11),
    });
    const id = (created.body as { id: string }).id;
    expect((await org.api(rita, "DELETE", `/sobjects/Contact/${id}`)).status).toBe(204);
    const again = await org.api(rita, "DELETE", `/sobjects/Contact/${id}`);
    expect(again.status).toBe(404);
    expect(again.body).toEqual([{ message: "entity is deleted", errorCode: "ENTITY_IS_DELETED", fields: [] }]);
    const malformed = await org.api(rita, "GET", "/sobjects/Contact/xyz");
    expect(malformed.status).toBe(404);
    expect(firstError(malformed.body).message).toBe(
      "Provided external ID field does not exist or is not accessible: xyz",
    );
    const unknownType = await org.api(rita, "GET", "/sobjects/Quote__c/describe");
    expect(unknownType.status).toBe(404);
  });

  it("answers 401 without a token, 415 for a non-JSON body, 405 and 404 for unknown methods and resources", async () => {
    const anonymous = await org.api("not-a-token", "GET", "/limits");
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual([{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }]);
    const form = await fetch(`${org.url}/services/data/v62.0/sobjects/Account`, {
      method: "POST",
      headers: { Authorization: `Bearer ${rita}`, "Content-Type": "text/plain" },
      body: "Name=x",
    });
    expect(form.status).toBe(415);
    expect(firstError(await form.json()).errorCode).toBe("UNSUPPORTED_MEDIA_TYPE");
    const badJson = await fetch(`${org.url}/services/data/v62.0/sobjects/Account`, {
      method: "POST",
      headers: { Authorization: `Bearer ${rita}`, "Content-Type": "application/json" },
      body: "{",
    });
    expect(firstError(await badJson.json()).errorCode).toBe("JSON_PARSER_ERROR");
    const put = await org.api(rita, "PUT", `/sobjects/Account/${demoAccountId(11)}`, { Name: "x" });
    expect(put.status).toBe(405);
    expect(firstError(put.body).errorCode).toBe("METHOD_NOT_ALLOWED");
    expect((await org.api(rita, "GET", "/tooling/query")).status).toBe(404);
    expect((await org.api(rita, "GET", "/services/data/v49.0/limits")).status).toBe(404);
  });

  it("answers HEAD as GET without a body, where GET is served", async () => {
    const record = await org.api(rita, "HEAD", `/sobjects/Account/${demoAccountId(11)}`);
    expect(record.status).toBe(200);
    expect(record.body).toBe("");
    expect(record.headers.get("sforce-limit-info")).toMatch(/^api-usage=\d+\/15000$/);
    expect((await org.api(rita, "HEAD", "/sobjects/Account/describe")).status).toBe(200);
    expect((await org.api(rita, "HEAD", `/sobjects/Account/${demoAccountId(998)}`)).status).toBe(404);
    expect((await org.api(rita, "HEAD", "/composite")).status).toBe(405);
  });

  it("lists versions 50.0 to 64.0 without a token, and every API answer carries Sforce-Limit-Info", async () => {
    const versions = await fetch(`${org.url}/services/data`);
    const list = (await versions.json()) as Array<{ version: string; url: string }>;
    expect(list.map((entry) => entry.version)).toEqual(expect.arrayContaining(["50.0", "62.0", "64.0"]));
    expect(list.find((entry) => entry.version === "62.0")?.url).toBe("/services/data/v62.0");
    const response = await org.api(rita, "GET", `/sobjects/Contact/${demoContactId(31)}`);
    expect(response.headers.get("sforce-limit-info")).toMatch(/^api-usage=\d+\/15000$/);
  });
});
