import { describe, expect, it } from "vitest";
import { structureToForm } from "@/lib/quotes/structure-form-values";
import { listedStructureKey, quotedStructureKey } from "@/lib/quotes/structure-key";
import type { PriceStructure } from "@/lib/schemas/price-structure";

const seats: PriceStructure = {
  pricingType: "SEAT_BASED",
  pricePerSeat: "45.00",
  contractedMinimumSeats: 10,
  prorationStrategy: "USE_MAXIMUM",
  tiers: [],
};

describe("structure keys", () => {
  it("match a copy of a list price, whatever the order of its keys or the spaces typed around a value", () => {
    const copy = structureToForm(seats);
    const listed = listedStructureKey(seats);
    expect(quotedStructureKey(copy)).toBe(listed);
    expect(quotedStructureKey({ ...copy, pricePerSeat: " 45.00 " } as typeof copy)).toBe(listed);
    const reordered = Object.fromEntries(Object.entries(copy).reverse()) as typeof copy;
    expect(quotedStructureKey(reordered)).toBe(listed);
  });

  it("tell a changed price or minimum from the list's", () => {
    const copy = structureToForm(seats);
    const listed = listedStructureKey(seats);
    expect(quotedStructureKey({ ...copy, pricePerSeat: "40.00" } as typeof copy)).not.toBe(listed);
    expect(quotedStructureKey({ ...copy, contractedMinimumSeats: "5" } as typeof copy)).not.toBe(listed);
  });
});
