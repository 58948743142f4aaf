import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const example = fileURLToPath(new URL("../lib/pricing/fixtures/sequence-quote-example.json", import.meta.url));

/** Runs the CLI exactly as its contract says: `npm run --silent price -- FILE`. */
function price(args: string[], input?: string, cwd = root) {
  const run = spawnSync("npm", ["run", "--silent", "price", "--", ...args], { cwd, input, encoding: "utf8" });
  return { status: run.status, output: JSON.parse(run.stdout) as Record<string, unknown>, stdout: run.stdout };
}

describe("npm run price", () => {
  it("prices the API spec's quote example with exactly the contract's keys", () => {
    const { status, output } = price([example]);
    expect(status).toBe(0);
    expect(Object.keys(output)).toEqual(["currency", "phases", "invoices", "totalContractValue", "warnings"]);
    const summary = output as {
      currency: string;
      phases: Record<string, unknown>[];
      invoices: { date: string; periodStart: string; periodEnd: string; amount: string }[];
      totalContractValue: string;
      warnings: string[];
    };
    expect(summary.currency).toBe("GBP");
    const [phase] = summary.phases;
    expect(Object.keys(phase ?? {})).toEqual([
      "startDate",
      "endDate",
      "subtotal",
      "discountTotal",
      "minimumTrueUp",
      "total",
      "arr",
      "lines",
    ]);
    expect(phase).toMatchObject({
      startDate: "2022-10-01",
      endDate: "2024-03-31",
      subtotal: "1590.00",
      discountTotal: "795.00",
      minimumTrueUp: "170.00",
      total: "965.00",
      arr: "593.33",
    });
    const lines = phase?.lines as { priceId: string; name: string; total: string; periods: Record<string, string>[] }[];
    expect(lines.map((l) => l.total)).toEqual(["150.00", "360.00", "0.00", "1080.00", "0.00", "0.00", "0.00"]);
    expect(new Set(lines.map((l) => l.priceId))).toEqual(new Set(["5100e884-e007-4183-8355-4771865cb4d7"]));
    expect(lines[0]?.periods).toEqual([{ start: "2022-10-01", end: "2022-10-01", amount: "150.00" }]);
    expect(lines[1]?.periods).toHaveLength(18);
    expect(lines[1]?.periods[17]).toEqual({ start: "2024-03-01", end: "2024-03-31", amount: "20.00" });
    expect(Object.keys(summary.invoices[0] ?? {})).toEqual(["date", "periodStart", "periodEnd", "amount"]);
    expect(summary.invoices[0]).toEqual({
      date: "2022-10-01",
      periodStart: "2022-10-01",
      periodEnd: "2022-10-01",
      amount: "75.00",
    });
    const invoiced = summary.invoices.reduce((sum, invoice) => sum + Number(invoice.amount.replace(".", "")), 0);
    expect(invoiced).toBe(96500);
    expect(summary.totalContractValue).toBe("965.00");
    expect(summary.warnings).toContain(
      "phases[0].prices[3].quantity: no seat count: billed for the contracted minimum of 10 seats",
    );
  });

  it("reads a relative FILE from the directory npm was run in, not from the package root", () => {
    const { status, output } = price(["fixtures/sequence-quote-example.json"], undefined, `${root}/lib/pricing`);
    expect(status).toBe(0);
    expect(output.totalContractValue).toBe("965.00");
  });

  it("reads the quote from stdin with -", () => {
    const body = { currency: "JPY", preliminaryBillingStartDate: "2027-01-01", phases: [] };
    const { status, output } = price(["-"], JSON.stringify(body));
    expect(status).toBe(0);
    expect(output).toEqual({
      currency: "JPY",
      phases: [],
      invoices: [],
      totalContractValue: "0",
      warnings: ["phases: the quote has no phases"],
    });
  });

  it.each([
    ["an invalid quote", ["-"], JSON.stringify({ currency: "XYZ", phases: [] }), "currency"],
    ["unreadable JSON", ["-"], "{ not json", ""],
    ["a missing file", ["/no/such/quote.json"], undefined, ""],
    ["no file argument", [], undefined, ""],
  ])("prints only {errors} and exits 1 on %s", (_, args, input, path) => {
    const { status, output } = price(args, input);
    expect(status).toBe(1);
    expect(Object.keys(output)).toEqual(["errors"]);
    const errors = output.errors as { path: string; message: string }[];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.path).toBe(path);
    expect(errors[0]?.message).toMatch(/\S/);
  });
});
