import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import { ADA, firstError, RITA, startTestOrg, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

let org: TestOrg;
let rita: string;

beforeAll(async () => {
  org = await startTestOrg();
  rita = await org.token(RITA);
});
afterAll(() => org.stop());

async function query(soql: string, token = rita, resource = "query") {
  return org.api(token, "GET", `/${resource}?q=${encodeURIComponent(soql)}`);
}

async function records(soql: string): Promise<Array<Record<string, unknown>>> {
  const response = await query(soql);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return (response.body as { records: Array<Record<string, unknown>> }).records;
}

describe("SOQL through /query", () => {
  it("follows parent relationships at any depth, with attributes on every level", async () => {
    const [row] = await records(
      `SELECT Id, Name, Account.Name, Account.Sequence_Billing_Contact__r.MailingCountry, Owner.Username FROM Opportunity WHERE Id = '${demoOpportunityId(51)}'`,
    );
    expect(row).toEqual({
      attributes: { type: "Opportunity", url: `/services/data/v62.0/sobjects/Opportunity/${demoOpportunityId(51)}` },
      Id: demoOpportunityId(51),
      Name: "Acme Corporation - Platform renewal",
      Account: {
        attributes: { type: "Account", url: `/services/data/v62.0/sobjects/Account/${demoAccountId(11)}` },
        Name: "Acme Corporation",
        Sequence_Billing_Contact__r: {
          attributes: { type: "Contact", url: expect.stringMatching(/\/sobjects\/Contact\/003/) },
          MailingCountry: "US",
        },
      },
      Owner: { attributes: expect.objectContaining({ type: "User" }), Username: RITA },
    });
    const [orbital] = await records(
      `SELECT Account.Sequence_Billing_Contact__r.Email, Account.BillingAddress FROM Opportunity WHERE Id = '${demoOpportunityId(57)}'`,
    );
    expect(orbital?.Account).toMatchObject({
      Sequence_Billing_Contact__r: null,
      BillingAddress: { country: "GB", postalCode: "E14 5AB" },
    });
    const [noAccount] = await records(`SELECT Account.Name FROM Opportunity WHERE Id = '${demoOpportunityId(58)}'`);
    expect(noAccount?.Account).toBeNull();
  });

  it("filters with =, !=, IN, NOT IN, LIKE, ranges, booleans, nulls and dates", async () => {
    const names = async (where: string) =>
      (await records(`SELECT Name FROM Opportunity WHERE ${where} ORDER BY Name`)).map((row) => row.Name);
    expect(await names("StageName = 'closed won'")).toEqual(["Acme Corporation - Pilot"]);
    expect(await names("Amount = null")).toEqual(["Acme Corporation - Usage expansion", "New logo - No account yet"]);
    expect(await names("Amount != null AND Amount < 10000")).toEqual(["Pinecrest Outfitters - Starter plan"]);
    expect(await names("CurrencyIsoCode IN ('EUR', 'GBP')")).toHaveLength(3);
    expect(await names("CurrencyIsoCode NOT IN ('USD')")).toHaveLength(3);
    expect(await names("Name LIKE 'acme%' AND (IsWon = true OR CloseDate >= 2027-01-01)")).toEqual([
      "Acme Corporation - Pilot",
      "Acme Corporation - Usage expansion",
    ]);
    expect(await names("NOT Name LIKE '%a%'")).toEqual([]);
    expect(await names("CreatedDate < 2026-06-01T00:00:00Z AND CloseDate < TODAY")).toEqual([
      "Acme Corporation - Pilot",
    ]);
    expect(await names("Account.BillingCountry = 'France'")).toEqual(["Lumière SAS - Ramp deal"]);
    // Unlike SQL, != matches nulls.
    expect(await names("Amount != 120000")).toHaveLength(7);
  });

  it("orders with NULLS FIRST/LAST, limits and offsets", async () => {
    const rows = await records(
      "SELECT Name, Amount FROM Opportunity ORDER BY Amount DESC NULLS FIRST LIMIT 3 OFFSET 1",
    );
    expect(rows.map((row) => row.Amount)).toEqual([null, 120000, 72000]);
  });

  it("returns child relationships as nested results, null when empty", async () => {
    const rows = await records(
      `SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName), (SELECT Name FROM Opportunities WHERE IsClosed = false) FROM Account WHERE Id = '${demoAccountId(11)}'`,
    );
    expect(rows[0]).toMatchObject({
      Contacts: { totalSize: 2, done: true, records: [{ LastName: "Lee" }, { LastName: "Shah" }] },
      Opportunities: { totalSize: 2, done: true },
    });
    const none = await records(
      `SELECT (SELECT Name FROM Sequence_Quotes__r) FROM Account WHERE Id = '${demoAccountId(11)}'`,
    );
    expect(none[0]?.Sequence_Quotes__r).toBeNull();
  });

  it("counts with COUNT() and COUNT(field)", async () => {
    expect((await query("SELECT COUNT() FROM Opportunity WHERE IsClosed = false")).body).toEqual({
      totalSize: 7,
      done: true,
      records: [],
    });
    expect((await query("SELECT COUNT(Amount) total FROM Opportunity")).body).toEqual({
      totalSize: 1,
      done: true,
      records: [{ attributes: { type: "AggregateResult" }, total: 6 }],
    });
  });

  it("pages by Sforce-Query-Options batchSize and serves queryMore; an unknown locator is refused", async () => {
    const response = await fetch(
      `${org.url}/services/data/v62.0/query?q=${encodeURIComponent("SELECT Id FROM Contact")}`,
      {
        headers: { Authorization: `Bearer ${await org.token(ADA)}`, "Sforce-Query-Options": "batchSize=200" },
      },
    );
    const page = (await response.json()) as { done: boolean; records: unknown[]; totalSize: number };
    expect(page).toMatchObject({ done: true, totalSize: 8 });
    const bad = await org.api(rita, "GET", "/query/01gLo0000000001AAA-2000");
    expect(bad.body).toEqual([{ message: "invalid query locator", errorCode: "INVALID_QUERY_LOCATOR" }]);
  });

  it("queryAll includes deleted rows; query does not", async () => {
    const created = await org.api(rita, "POST", "/sobjects/Contact", {
      LastName: "Deleted Person",
      AccountId: demoAccountId(11),
    });
    await org.api(rita, "DELETE", `/sobjects/Contact/${(created.body as { id: string }).id}`);
    const soql = "SELECT LastName, IsDeleted FROM Contact WHERE LastName = 'Deleted Person'";
    expect(await records(soql)).toEqual([]);
    expect((await query(soql, rita, "queryAll")).body).toMatchObject({ totalSize: 1, records: [{ IsDeleted: true }] });
  });

  it("answers Salesforce's errors for unknown objects, fields, relationships and mistyped filters", async () => {
    const unknownObject = await query("SELECT Id FROM Quote__c");
    expect(firstError(unknownObject.body).errorCode).toBe("INVALID_TYPE");
    expect(firstError(unknownObject.body).message).toContain("sObject type 'Quote__c' is not supported.");
    const unknownField = await query("SELECT Id, Discount__c FROM Opportunity");
    expect(firstError(unknownField.body)).toMatchObject({ errorCode: "INVALID_FIELD" });
    expect(firstError(unknownField.body).message).toContain("No such column 'Discount__c' on entity 'Opportunity'.");
    expect(firstError((await query("SELECT Account.Foo__r.Name FROM Opportunity")).body).message).toContain(
      "Didn't understand relationship 'Foo__r' in field path.",
    );
    expect(firstError((await query("SELECT Id, (SELECT Id FROM Quotes) FROM Opportunity")).body).errorCode).toBe(
      "INVALID_TYPE",
    );
    expect(firstError((await query("SELECT Id FROM Opportunity WHERE Amount = '10'")).body).message).toContain(
      "value of filter criterion for field 'Amount' must be of type double and should not be enclosed in quotes",
    );
    expect(
      firstError((await query("SELECT Id FROM Opportunity WHERE CloseDate = '2026-01-01'")).body).message,
    ).toContain("must be of type date");
    expect(firstError((await query("SELECT Id FROM Opportunity WHERE Id = 'abc'")).body)).toMatchObject({
      errorCode: "INVALID_QUERY_FILTER_OPERATOR",
    });
    expect(firstError((await query("SELECT Id FROM Sequence_Price__c WHERE Tiers__c = 'x'")).body).message).toContain(
      "field 'Tiers__c' can not be filtered in a query call",
    );
    expect(firstError((await org.api(rita, "GET", "/query")).body).errorCode).toBe("MALFORMED_QUERY");
  });

  it("refuses a field selected twice, however it is spelled", async () => {
    const twice = await query("SELECT Id, Name, id FROM Opportunity");
    expect(twice.status).toBe(400);
    expect(twice.body).toEqual([{ message: "duplicate field selected: id", errorCode: "INVALID_FIELD" }]);
    const parent = await query("SELECT Account.Name, Opportunity.Account.Name FROM Opportunity");
    expect(firstError(parent.body).message).toBe("duplicate field selected: Opportunity.Account.Name");
    const child = await query("SELECT Id, (SELECT LastName, LastName FROM Contacts) FROM Account");
    expect(firstError(child.body).errorCode).toBe("INVALID_FIELD");
    // The same field name through different paths is not a duplicate.
    expect((await query("SELECT Name, Account.Name FROM Opportunity")).status).toBe(200);
  });
});
