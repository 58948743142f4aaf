/**
 * `npm run --silent price -- FILE` (or `-` for stdin): prices a quote in the shape of a
 * `PUT /api/quotes/{id}` body and prints the summary of lib/pricing/price-summary.ts as JSON. On
 * invalid input, an unreadable file or JSON included, it prints `{"errors": [{path, message}]}` and
 * exits 1. Nothing else goes to stdout.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { priceQuote } from "@/lib/pricing/price-quote";
import { toPriceSummary } from "@/lib/pricing/price-summary";
import type { Problem } from "@/lib/schemas/problems";

/**
 * `npm run` moves to the package root before running the script, so a relative FILE is resolved
 * against the directory the caller ran npm from (INIT_CWD), as the caller meant it.
 */
function pathOf(source: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), source);
}

function readQuote(source: string): { ok: true; value: unknown } | { ok: false; errors: Problem[] } {
  let text: string;
  try {
    text = readFileSync(source === "-" ? 0 : pathOf(source), "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ path: "", message: `cannot read ${source === "-" ? "stdin" : source}: ${reason}` }],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: "", message: `is not valid JSON: ${reason}` }] };
  }
}

function run(args: readonly string[]): { output: unknown; exitCode: number } {
  const [source, ...extra] = args;
  if (source === undefined || extra.length > 0) {
    return {
      output: { errors: [{ path: "", message: "usage: npm run --silent price -- FILE (or - to read stdin)" }] },
      exitCode: 1,
    };
  }
  const input = readQuote(source);
  if (!input.ok) return { output: { errors: input.errors }, exitCode: 1 };
  const priced = priceQuote(input.value);
  if (!priced.ok) return { output: { errors: priced.errors }, exitCode: 1 };
  return { output: toPriceSummary(priced.result), exitCode: 0 };
}

const { output, exitCode } = run(process.argv.slice(2));
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
process.exitCode = exitCode;
