import { describe, expect, it } from "vitest";
import { opportunityIdSchema } from "@/lib/schemas/launch";

describe("opportunityIdSchema", () => {
  it("normalises the button's 15-character id and any spelling of the 18-character id", () => {
    expect(opportunityIdSchema.parse("006Lo000000000p")).toBe("006Lo000000000pIAA");
    expect(opportunityIdSchema.parse("006Lo000000000pIAA")).toBe("006Lo000000000pIAA");
    expect(opportunityIdSchema.parse(" 006lo000000000piaa ")).toBe("006Lo000000000pIAA");
  });

  it.each([
    [undefined, "is required: open this page with the Create Sequence Quote button on an opportunity"],
    ["", '"" is not a Salesforce record id (15 or 18 letters and digits)'],
    ["006Lo000000000pIAB", '"006Lo000000000pIAB" is not a Salesforce record id (15 or 18 letters and digits)'],
    ["006Lo0000'; DROP", `"006Lo0000'; DROP" is not a Salesforce record id (15 or 18 letters and digits)`],
    ["001Lo000000000BIAQ", '"001Lo000000000BIAQ" is the id of another kind of record; opportunity ids start with 006'],
  ])("refuses %j", (input, message) => {
    const result = opportunityIdSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
