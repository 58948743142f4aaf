import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { to15 } from "@/lib/salesforce/record-id";
import { demoAccountId, demoContactId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import {
  ADA,
  ALEX,
  firstError,
  RITA,
  SAM,
  startTestOrg,
  type TestOrg,
} from "@/tools/local-salesforce/testing/test-org";

let org: TestOrg;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  org = await startTestOrg();
  for (const user of [RITA, SAM, ALEX, ADA]) tokens[user] = await org.token(user);
});
afterAll(() => org.stop());

async function names(user: string, soql: string): Promise<string[]> {
  const response = await org.api(String(tokens[user]), "GET", `/query?q=${encodeURIComponent(soql)}`);
  return (response.body as { records: Array<{ Name: string }> }).records.map((record) => record.Name);
}

const samsOpportunity = demoOpportunityId(61);
const samsAccount = demoAccountId(16);

describe("record visibility", () => {
  it("reps see their own opportunities only; the approver sees both reps'; the admin sees all", async () => {
    const rita = await names(RITA, "SELECT Name FROM Opportunity");
    const sam = await names(SAM, "SELECT Name FROM Opportunity");
    expect(rita).toHaveLength(8);
    expect(sam).toHaveLength(3);
    expect(rita.some((name) => name.startsWith("Bright Harbour"))).toBe(false);
    expect(await names(ALEX, "SELECT Name FROM Opportunity")).toHaveLength(11);
    expect(await names(ADA, "SELECT Name FROM Opportunity")).toHaveLength(11);
  });

  it("a record the user cannot see is NOT_FOUND to read and INSUFFICIENT_ACCESS_OR_READONLY to write", async () => {
    const read = await org.api(String(tokens[RITA]), "GET", `/sobjects/Opportunity/${samsOpportunity}`);
    expect(read.status).toBe(404);
    expect(firstError(read.body).errorCode).toBe("NOT_FOUND");
    const write = await org.api(String(tokens[RITA]), "PATCH", `/sobjects/Opportunity/${samsOpportunity}`, {
      Name: "Mine now",
    });
    expect(write.body).toEqual([
      { message: "insufficient access rights on object id", errorCode: "INSUFFICIENT_ACCESS_OR_READONLY", fields: [] },
    ]);
    const remove = await org.api(String(tokens[RITA]), "DELETE", `/sobjects/Opportunity/${samsOpportunity}`);
    expect(firstError(remove.body).errorCode).toBe("INSUFFICIENT_ACCESS_OR_READONLY");
    const viaCollection = await org.api(
      String(tokens[RITA]),
      "GET",
      `/composite/sobjects/Opportunity?ids=${samsOpportunity}&fields=Name`,
    );
    expect(viaCollection.body).toEqual([null]);
  });

  it("a lookup to a record the user cannot see is INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY", async () => {
    const response = await org.api(String(tokens[RITA]), "POST", "/sobjects/Sequence_Quote__c", {
      Name: "Q",
      Opportunity__c: samsOpportunity,
    });
    expect(response.body).toEqual([
      {
        message: `insufficient access rights on cross-reference id: ${to15(samsOpportunity)}`,
        errorCode: "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY",
        fields: [],
      },
    ]);
  });

  it("contacts follow their account; parents the user cannot see come back null", async () => {
    expect(await names(RITA, `SELECT Name FROM Contact WHERE AccountId = '${samsAccount}'`)).toEqual([]);
    expect(await names(SAM, `SELECT Name FROM Contact WHERE AccountId = '${samsAccount}'`)).toEqual(["Amelia Wright"]);
    const sam = await org.api(String(tokens[SAM]), "GET", `/sobjects/Contact/${demoContactId(31)}`);
    expect(sam.status).toBe(404);
  });

  it("opportunity owners get read-only access to the opportunity's account (implicit sharing)", async () => {
    const admin = String(tokens[ADA]);
    const users = (await org.local("/__local/users")).body as Array<{ id: string; username: string }>;
    const sam = users.find((user) => user.username === SAM)?.id;
    const opportunity = await org.api(admin, "POST", "/sobjects/Opportunity", {
      Name: "Sam on Acme",
      AccountId: demoAccountId(11),
      StageName: "Prospecting",
      CloseDate: "2027-01-01",
      OwnerId: sam,
    });
    expect(opportunity.status).toBe(201);
    expect(await names(SAM, `SELECT Name FROM Account WHERE Id = '${demoAccountId(11)}'`)).toEqual([
      "Acme Corporation",
    ]);
    const edit = await org.api(String(tokens[SAM]), "PATCH", `/sobjects/Account/${demoAccountId(11)}`, { Phone: "1" });
    expect(firstError(edit.body).errorCode).toBe("INSUFFICIENT_ACCESS_OR_READONLY");
  });

  it("Sequence records are private: the integration user's writes reach a rep only when the rep owns them", async () => {
    const admin = String(tokens[ADA]);
    const rita = (await org.local("/__local/users")).body as Array<{ id: string; username: string }>;
    const ritaId = rita.find((user) => user.username === RITA)?.id;
    const unowned = randomUUID();
    await org.api(admin, "PATCH", `/sobjects/Sequence_Quote__c/Sequence_Id__c/${unowned}`, {
      Name: "Owned by the integration",
      Opportunity__c: demoOpportunityId(51),
    });
    expect(await names(RITA, "SELECT Name FROM Sequence_Quote__c")).toEqual([]);

    const owned = randomUUID();
    await org.api(admin, "PATCH", `/sobjects/Sequence_Quote__c/Sequence_Id__c/${owned}`, {
      Name: "Owned by Rita",
      Opportunity__c: demoOpportunityId(51),
      OwnerId: ritaId,
    });
    await org.api(admin, "POST", "/sobjects/Sequence_Price__c", {
      Name: "Line",
      Quote__r: { Sequence_Id__c: owned },
      OwnerId: ritaId,
    });
    expect(await names(RITA, "SELECT Name FROM Sequence_Quote__c")).toEqual(["Owned by Rita"]);
    expect(await names(RITA, "SELECT Name FROM Sequence_Price__c")).toEqual(["Line"]);
    expect(await names(ALEX, "SELECT Name FROM Sequence_Quote__c")).toEqual(["Owned by Rita"]);
    expect(await names(SAM, "SELECT Name FROM Sequence_Quote__c")).toEqual([]);
    // Matching by external id only sees visible records: Sam's upsert of the same id is a duplicate.
    const sams = await org.api(String(tokens[SAM]), "PATCH", `/sobjects/Sequence_Quote__c/Sequence_Id__c/${owned}`, {
      Name: "x",
    });
    expect(firstError(sams.body).errorCode).toBe("DUPLICATE_VALUE");
  });
});
