"use client";

import { useCatalog } from "./catalog-context";

/** The list price a line was copied from, as the catalog has it now: what the quoted price is compared to. */
export function ListPriceSummary({ listPriceId }: { listPriceId: string | undefined }) {
  const catalog = useCatalog();
  if (!listPriceId) return <p className="text-xs text-slate-600">Not from the catalog</p>;
  const description = catalog.descriptions.get(listPriceId);
  if (!description) {
    return (
      <p className="text-xs text-slate-600">
        {catalog.status === "loading" ? "Loading…" : "Not in this currency's catalog"}
      </p>
    );
  }
  return (
    <div className="min-w-0 text-xs text-slate-700">
      <p>{description.summary}</p>
      {description.tiers.length > 0 ? (
        <ul className="mt-0.5">
          {description.tiers.map((tier) => (
            <li key={tier.range}>
              <span className="tabular-nums">{tier.range}</span>: {tier.rate}
              {tier.fee ? ` + ${tier.fee}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-slate-600">{description.billing}</p>
    </div>
  );
}
