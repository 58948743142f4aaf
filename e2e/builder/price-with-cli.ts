import { spawnSync } from "node:child_process";
import path from "node:path";
import type { PriceSummary } from "@/lib/pricing/price-summary";

const root = path.resolve(import.meta.dirname, "..", "..");

/** What `npm run --silent price -- -` prints for a quote body: the reference the builder's totals must match. */
export function priceWithCli(body: unknown): PriceSummary {
  const result = spawnSync("npm", ["run", "--silent", "price", "--", "-"], {
    cwd: root,
    input: JSON.stringify(body),
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`npm run price failed (${result.status}): ${result.stdout}${result.stderr}`);
  return JSON.parse(result.stdout) as PriceSummary;
}
