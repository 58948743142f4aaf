import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/server/auth/safe-return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/launch?opportunityId=006xx", "/launch?opportunityId=006xx"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    [null, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
