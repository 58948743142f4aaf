import { describe, expect, it } from "vitest";
import { priceQuote } from "@/lib/pricing/price-quote";
import { indexPricedQuote } from "@/lib/quotes/index-priced-quote";
import { CALLS, quoteFixture, SEATS } from "@/lib/quotes/quote-fixture";
import { quoteToUpdateBody } from "@/lib/quotes/quote-to-update-body";

describe("indexPricedQuote", () => {
  it("files each line's total and warnings under its temporaryId, the rest under what they concern", () => {
    const body = quoteToUpdateBody(quoteFixture());
    const priced = priceQuote(body);
    if (!priced.ok) throw new Error(JSON.stringify(priced.errors));
    const index = indexPricedQuote(priced.result, body.phases);

    expect(index.lines.get(SEATS)).toEqual({ total: "13500.00", quantity: "25", warnings: [] });
    expect(index.lines.get(CALLS)).toMatchObject({
      total: "0.00",
      warnings: [
        {
          path: "phases[0].prices[1].rateOnly",
          message: "quoted as a rate only: the line shows its rate and counts as zero in the totals",
        },
      ],
    });
    expect([...index.warningsAt.keys()]).toEqual(["phases[1]"]);
    expect(index.warningsAt.get("phases[1]")?.map((warning) => warning.path)).toEqual([
      "phases[1].duration",
      "phases[1].prices",
    ]);
    expect(index.quoteWarnings).toEqual([]);
  });
});
