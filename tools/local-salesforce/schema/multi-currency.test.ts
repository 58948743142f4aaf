import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import { firstError, RITA, startTestOrg, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

let org: TestOrg;
let rita: string;

beforeAll(async () => {
  org = await startTestOrg();
  rita = await org.token(RITA);
});
afterAll(() => org.stop());

describe("multi-currency", () => {
  it("is on in the demo org: CurrencyIsoCode everywhere, CurrencyType rows, a restricted currency picklist", async () => {
    const currencies = await org.api(
      rita,
      "GET",
      `/query?q=${encodeURIComponent("SELECT IsoCode, DecimalPlaces, IsCorporate FROM CurrencyType WHERE IsActive = true ORDER BY IsoCode")}`,
    );
    expect((currencies.body as { records: Array<{ IsoCode: string }> }).records.map((row) => row.IsoCode)).toEqual([
      "CAD",
      "EUR",
      "GBP",
      "JPY",
      "USD",
    ]);
    const describe = await org.api(rita, "GET", "/sobjects/Sequence_Quote__c/describe");
    const field = (
      describe.body as { fields: Array<{ name: string; picklistValues: Array<{ value: string }> }> }
    ).fields.find((candidate) => candidate.name === "CurrencyIsoCode");
    expect(field?.picklistValues.map((value) => value.value)).toContain("JPY");
    const invalid = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", { Name: "Q", CurrencyIsoCode: "CHF" });
    expect(invalid.body).toEqual([
      {
        message: "Sequence Quote Currency: invalid currency code: CHF",
        errorCode: "FIELD_INTEGRITY_EXCEPTION",
        fields: ["CurrencyIsoCode"],
      },
    ]);
    const defaulted = await org.api(rita, "POST", "/sobjects/Sequence_Quote__c", { Name: "Q" });
    const read = await org.api(
      rita,
      "GET",
      `/sobjects/Sequence_Quote__c/${(defaulted.body as { id: string }).id}?fields=CurrencyIsoCode`,
    );
    expect(read.body).toMatchObject({ CurrencyIsoCode: "USD" });
  });

  it("when switched off, CurrencyIsoCode and CurrencyType do not exist", async () => {
    await org.local("/__local/settings", "POST", { multiCurrency: false });
    try {
      const write = await org.api(rita, "PATCH", `/sobjects/Opportunity/${demoOpportunityId(51)}`, {
        CurrencyIsoCode: "EUR",
      });
      expect(write.body).toEqual([
        { message: "No such column 'CurrencyIsoCode' on sobject of type Opportunity", errorCode: "INVALID_FIELD" },
      ]);
      const read = await org.api(
        rita,
        "GET",
        `/query?q=${encodeURIComponent("SELECT Id, CurrencyIsoCode FROM Opportunity")}`,
      );
      expect(firstError(read.body).message).toContain("No such column 'CurrencyIsoCode' on entity 'Opportunity'.");
      const type = await org.api(rita, "GET", `/query?q=${encodeURIComponent("SELECT IsoCode FROM CurrencyType")}`);
      expect(firstError(type.body).errorCode).toBe("INVALID_TYPE");
      expect((await org.api(rita, "GET", "/sobjects/CurrencyType/describe")).status).toBe(404);
      const fields = (
        (await org.api(rita, "GET", "/sobjects/Opportunity/describe")).body as { fields: Array<{ name: string }> }
      ).fields;
      expect(fields.map((field) => field.name)).not.toContain("CurrencyIsoCode");
      const organization = await org.api(
        rita,
        "GET",
        `/query?q=${encodeURIComponent("SELECT DefaultCurrencyIsoCode FROM Organization")}`,
      );
      expect(organization.body).toMatchObject({ records: [{ DefaultCurrencyIsoCode: "USD" }] });
    } finally {
      await org.local("/__local/settings", "POST", { multiCurrency: true });
    }
    const back = await org.api(rita, "GET", `/sobjects/Opportunity/${demoOpportunityId(54)}?fields=CurrencyIsoCode`);
    expect(back.body).toMatchObject({ CurrencyIsoCode: "EUR" });
  });
});
