import { describePrice } from "@/lib/format/describe-price";
import type { CatalogEntry } from "@/server/catalog/load-catalog";

export function CatalogTable({ entries }: { entries: CatalogEntry[] }) {
  return (
    <div className="mt-8 space-y-8">
      {entries.map(({ product, listPrices }) => (
        <section
          key={product.id}
          aria-labelledby={`product-${product.id}`}
          className="rounded-lg border border-slate-200 bg-white"
        >
          <header className="border-b border-slate-200 px-5 py-4">
            <h2 id={`product-${product.id}`} className="text-lg font-semibold">
              {product.name}
            </h2>
            {product.label ? <p className="text-sm text-slate-600">{product.label}</p> : null}
          </header>
          {listPrices.length === 0 ? (
            <p className="px-5 py-4 text-sm text-slate-600">No list prices in this currency.</p>
          ) : (
            <table className="w-full table-fixed text-left text-sm">
              <caption className="sr-only">List prices of {product.name}</caption>
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="w-28 px-5 py-2 font-medium">
                    Currency
                  </th>
                  <th scope="col" className="w-44 px-5 py-2 font-medium">
                    Pricing model
                  </th>
                  <th scope="col" className="px-5 py-2 font-medium">
                    Price
                  </th>
                  <th scope="col" className="w-52 px-5 py-2 font-medium">
                    Billing
                  </th>
                </tr>
              </thead>
              <tbody>
                {listPrices.map((price) => {
                  const description = describePrice(price);
                  return (
                    <tr key={price.id} className="border-t border-slate-100 align-top">
                      <td className="px-5 py-3 font-mono">{price.currency}</td>
                      <td className="px-5 py-3">{description.model}</td>
                      <td className="px-5 py-3">
                        <p>{description.summary}</p>
                        {description.tiers.length > 0 ? (
                          <ul className="mt-1 space-y-0.5 text-slate-700">
                            {description.tiers.map((tier) => (
                              <li key={tier.range}>
                                <span className="tabular-nums">{tier.range}</span>: {tier.rate}
                                {tier.fee ? ` + ${tier.fee} flat fee` : ""}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                      <td className="px-5 py-3">{description.billing}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
