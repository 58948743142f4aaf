import { describe, expect, it } from "vitest";
import { collectErrorMessages } from "@/lib/quotes/collect-error-messages";

describe("collectErrorMessages", () => {
  it("gives a field's message, and every message under a group, in order", () => {
    expect(collectErrorMessages({ type: "custom", message: "must not be negative", ref: { name: "x" } })).toEqual([
      "must not be negative",
    ]);
    const group = [undefined, { message: "is not a price in this phase", type: "server" }, { message: "again" }];
    expect(collectErrorMessages({ restrictToPrices: group })).toEqual(["is not a price in this phase", "again"]);
  });

  it("finds nothing where there is no error", () => {
    expect(collectErrorMessages(undefined)).toEqual([]);
    expect(collectErrorMessages({ message: "" })).toEqual([]);
  });
});
