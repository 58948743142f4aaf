import { get } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { problemsToFieldErrors } from "@/lib/quotes/problems-to-field-errors";

describe("problemsToFieldErrors", () => {
  it("files each problem under its field, indices as array positions", () => {
    const errors = problemsToFieldErrors([
      { path: "expiryDays", message: "must be at most 365 days" },
      { path: "phases[1].prices[0].quantity", message: "must not be negative" },
    ]);
    expect(get(errors, "expiryDays")).toEqual({ type: "validate", message: "must be at most 365 days" });
    expect(get(errors, "phases.1.prices.0.quantity")).toEqual({ type: "validate", message: "must not be negative" });
    expect(Array.isArray(errors.phases)).toBe(true);
  });
});
