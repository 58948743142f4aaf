/**
 * `npx tsx bench/pricing.ts`: times `priceQuote` end to end (schema parse, checks, pricing, writing
 * the strings) on quotes of 100, 1,000 and 10,000 priced lines, and prints one JSON line per size.
 * With `--parsed` it times `priceParsedQuote` on an already parsed body instead (what the API pays
 * after its own body parse), and says so in each line.
 * The quotes are a three-year-style ramp stretched to 12 yearly phases (the last one cut short, so
 * lines prorate), with every structure, monthly, quarterly and yearly billing, tiers with fees,
 * percentage and nominal discounts and minimums. A fixed seed keeps every run on the same quotes.
 */
import { priceParsedQuote, priceQuote } from "@/lib/pricing/price-quote";
import { pricingQuoteSchema } from "@/lib/schemas/quote-pricing";

const PHASES = 12;
const SIZES = [100, 1_000, 10_000];

function seeded(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

function structureFor(kind: number, random: (n: number) => number) {
  const money = () => `${1 + random(500)}.${String(random(100)).padStart(2, "0")}`;
  const tiers = [
    { upperBound: String(100 + random(100)), price: "1.00", fee: "20.00" },
    { upperBound: String(1_000 + random(1_000)), price: "0.75", fee: "50.00" },
    { price: `0.${10 + random(50)}`, fee: "0" },
  ];
  switch (kind) {
    case 0:
    case 1:
    case 2:
      return { pricingType: "FIXED", price: money() };
    case 3:
      return { pricingType: "ONE_TIME", price: money() };
    case 4:
      return { pricingType: "LINEAR", pricePerUnit: `0.0${1 + random(9)}5`, isPricePercentage: random(2) === 0 };
    case 5:
      return { pricingType: "PACKAGE", packageSize: String(50 + random(200)), pricePerPackage: money() };
    case 6:
      return { pricingType: "GRADUATED", tiers, usageCalculationMode: "BILLING_PERIOD" };
    case 7:
      return { pricingType: "VOLUME", tiers };
    default:
      return {
        pricingType: "SEAT_BASED",
        pricePerSeat: money(),
        contractedMinimumSeats: 5 + random(20),
        tiers: random(2) === 0 ? [] : tiers.map(({ upperBound, price, fee }) => ({ upperBound, price, fee })),
      };
  }
}

const FREQUENCIES = ["MONTHLY", "MONTHLY", "MONTHLY", "QUARTERLY", "QUARTERLY", "YEARLY"] as const;

export function benchQuote(lines: number) {
  const random = seeded(lines);
  const phases = Array.from({ length: PHASES }, (_, phase) => {
    const count = Math.floor(lines / PHASES) + (phase < lines % PHASES ? 1 : 0);
    const prices = Array.from({ length: count }, (_, index) => {
      const kind = random(10);
      return {
        temporaryId: `p${phase}-${index}`,
        name: `Line ${index}`,
        structure: structureFor(kind, random),
        billingFrequency: FREQUENCIES[random(FREQUENCIES.length)],
        // Usage is billed in arrears (Sequence allows nothing else); fixed fees and seats either way.
        billingType: kind < 4 || kind > 7 ? (random(2) === 0 ? "IN_ADVANCE" : "IN_ARREARS") : "IN_ARREARS",
        quantity: kind >= 4 ? String(random(3_000)) : undefined,
      };
    });
    const monthly = prices.filter((price) => price.billingFrequency === "MONTHLY").map((p) => p.temporaryId);
    const quarterly = prices.filter((price) => price.billingFrequency === "QUARTERLY").map((p) => p.temporaryId);
    return {
      duration: phase === PHASES - 1 ? { months: 7, days: 10 } : { years: 1 },
      prices,
      discounts: [
        { type: "PERCENTAGE", amount: "7.5", restrictToPrices: [] },
        { type: "NOMINAL", amount: "250.00", restrictToPrices: monthly.slice(0, 50) },
        { type: "PERCENTAGE", amount: "12.345", restrictToPrices: quarterly.slice(0, 20) },
      ],
      minimums: [
        { amount: "5000.00", restrictToPrices: monthly.slice(0, 30) },
        { amount: "120000.00", restrictToPrices: quarterly },
      ],
    };
  });
  return { currency: "USD", preliminaryBillingStartDate: "2027-01-31", phases };
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

const parsedInput = process.argv.includes("--parsed");

if (process.argv[1]?.endsWith("pricing.ts"))
  for (const lines of SIZES) {
    const quote = benchQuote(lines);
    const parsed = pricingQuoteSchema.parse(quote);
    const price = parsedInput ? () => priceParsedQuote(parsed) : () => priceQuote(quote);
    const check = price();
    if (!check.ok) throw new Error(`the bench quote is invalid: ${JSON.stringify(check.errors.slice(0, 3))}`);
    const runs = lines >= 10_000 ? 60 : 300;
    for (let i = 0; i < runs / 2; i += 1) price();
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      price();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 100) / 100;
    const medianMs = round(percentile(times, 0.5));
    const p95Ms = round(percentile(times, 0.95));
    console.log(
      JSON.stringify({ bench: "pricing", lines, medianMs, p95Ms, ...(parsedInput ? { input: "parsed" } : {}) }),
    );
  }
