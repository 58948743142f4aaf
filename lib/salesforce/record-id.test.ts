import { describe, expect, it } from "vitest";
import { canonicalId18, isValid18, to15, to18 } from "@/lib/salesforce/record-id";

// Ids printed in Salesforce's documentation (reference/salesforce.md §2.12).
const documented = [
  "001D000000K0fXOIAZ",
  "003D000000QV9n2IAD",
  "0018a00001rBqb8AAC",
  "001D000000Kv3g5IAB",
  "001R0000006hfeZIAQ",
  "003RO0000016kOuYAI",
  "001RM000003oLnnYAE",
  "001xx0000004GxDAAU",
  "001xx000003DGb2AAG",
  "003xx000004TmiQAAS",
  "00190000001pPvHAAU",
  "001D000000IRFmaIAH",
  "00558000001N0KeAAK",
];

describe("record ids", () => {
  it.each(documented)("computes the documented checksum of %s", (id) => {
    expect(to18(id.slice(0, 15))).toBe(id);
    expect(isValid18(id)).toBe(true);
  });

  it("leaves an 18-character id as it is and rejects other lengths", () => {
    expect(to18("001D000000K0fXOIAZ")).toBe("001D000000K0fXOIAZ");
    expect(() => to18("001D000000K0fX")).toThrow(/Invalid Salesforce Id/);
    expect(() => to18("001D000000K0fX-IAZ")).toThrow(/Invalid Salesforce Id/);
  });

  it("rejects an 18-character id whose suffix does not match", () => {
    expect(isValid18("001D000000K0fXOAAA")).toBe(false);
  });

  it("restores the letter case of an 18-character id written in the wrong case", () => {
    expect(canonicalId18("001d000000k0fxoiaz")).toBe("001D000000K0fXOIAZ");
    expect(canonicalId18("001D000000K0fXO")).toBe("001D000000K0fXOIAZ");
    expect(canonicalId18("0011000000K0fXOIAZ".replace("K", "1"))).toBeUndefined();
    expect(canonicalId18("not an id")).toBeUndefined();
  });

  it("gives the 15-character form", () => {
    expect(to15("001d000000k0fxoiaz")).toBe("001D000000K0fXO");
  });
});
