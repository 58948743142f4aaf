import { describe, expect, it, vi } from "vitest";
import type { PricedQuoteIndex } from "@/lib/quotes/index-priced-quote";
import { PricedQuoteStore } from "@/lib/quotes/priced-quote-store";

const index = (seatsTotal: string, warning?: string): PricedQuoteIndex => ({
  lines: new Map([
    ["seats", { total: seatsTotal, quantity: "25", warnings: [] }],
    [
      "calls",
      {
        total: "0.00",
        quantity: null,
        warnings: [{ path: "phases[0].prices[1].quantity", message: "no expected quantity" }],
      },
    ],
  ]),
  warningsAt: new Map(warning ? [["phases[1]", [{ path: "phases[1].prices", message: warning }]]] : []),
  quoteWarnings: [],
});

describe("PricedQuoteStore", () => {
  it("keeps an entry's object when a new pricing leaves it unchanged, and tells every subscriber", () => {
    const store = new PricedQuoteStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.publish(index("13500.00", "the phase has no prices"), "USD");
    const calls = store.line("calls");
    const phase = store.warningsAt("phases[1]");

    store.publish(index("14040.00", "the phase has no prices"), "USD");
    expect(store.line("seats")?.total).toBe("14040.00");
    expect(store.line("calls")).toBe(calls);
    expect(store.warningsAt("phases[1]")).toBe(phase);
    expect(store.currency).toBe("USD");
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("forgets what the new pricing no longer has", () => {
    const store = new PricedQuoteStore();
    store.publish(index("1.00", "no prices"), "EUR");
    store.publish(index("1.00"), "EUR");
    expect(store.warningsAt("phases[1]")).toEqual([]);
    store.publish(null, null);
    expect(store.line("seats")).toBeUndefined();
  });
});
