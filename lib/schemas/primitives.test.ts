import { describe, expect, it } from "vitest";
import { toProblems } from "@/lib/schemas/problems";
import { decimalSchema, nonNegativeDecimalSchema, requiredTextSchema } from "@/lib/schemas/primitives";

const messages = (result: { success: boolean; error?: Parameters<typeof toProblems>[0] }) =>
  result.error ? toProblems(result.error).map((problem) => problem.message) : [];

describe("requiredTextSchema", () => {
  const name = requiredTextSchema(5);
  it("says what is wrong: missing, not text, empty or too long", () => {
    expect(messages(name.safeParse(undefined))).toEqual(["is required"]);
    expect(messages(name.safeParse(5))).toEqual(["must be text"]);
    expect(messages(name.safeParse("   "))).toEqual(["must not be empty"]);
    expect(messages(name.safeParse("far too long"))).toEqual(["must be at most 5 characters"]);
    expect(name.parse("  Acme ")).toBe("Acme");
  });
});

describe("nonNegativeDecimalSchema", () => {
  it("keeps decimal text as written, takes JSON numbers, and names each mistake", () => {
    expect(nonNegativeDecimalSchema.parse("1.00")).toBe("1.00");
    expect(nonNegativeDecimalSchema.parse(12.5)).toBe("12.5");
    expect(messages(nonNegativeDecimalSchema.safeParse("-1"))).toEqual(["must not be negative"]);
    expect(messages(nonNegativeDecimalSchema.safeParse("1e5"))[0]).toContain("is not a decimal number");
    expect(messages(decimalSchema.safeParse(""))).toEqual(["must not be empty; enter a number"]);
    expect(messages(nonNegativeDecimalSchema.safeParse(""))).toEqual(["must not be empty; enter a number"]);
    expect(messages(nonNegativeDecimalSchema.safeParse(undefined))).toEqual(["is required"]);
  });
});
