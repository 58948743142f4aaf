import { describe, expect, it } from "vitest";
import { structureToForm } from "@/lib/quotes/structure-form-values";
import { structuresMatch } from "@/lib/quotes/structures-match";
import type { PriceStructure } from "@/lib/schemas/price-structure";

const seats: PriceStructure = {
  pricingType: "SEAT_BASED",
  pricePerSeat: "45.00",
  contractedMinimumSeats: 10,
  prorationStrategy: "USE_MAXIMUM",
  tiers: [],
};

describe("structuresMatch", () => {
  it("matches a copy, whatever the order of its keys or the spaces typed around a value", () => {
    const copy = structureToForm(seats);
    expect(structuresMatch(copy, seats)).toBe(true);
    expect(structuresMatch({ ...copy, pricePerSeat: " 45.00 " } as typeof copy, seats)).toBe(true);
    const reordered = Object.fromEntries(Object.entries(copy).reverse()) as typeof copy;
    expect(structuresMatch(reordered, seats)).toBe(true);
  });

  it("tells a changed price or minimum from the list's", () => {
    const copy = structureToForm(seats);
    expect(structuresMatch({ ...copy, pricePerSeat: "40.00" } as typeof copy, seats)).toBe(false);
    expect(structuresMatch({ ...copy, contractedMinimumSeats: "5" } as typeof copy, seats)).toBe(false);
  });
});
