import type { Metadata } from "next";
import Link from "next/link";
import { CatalogTable } from "@/app/(admin)/catalog/_components/catalog-table";
import { AppHeader } from "@/components/app-header";
import { getCurrentUser } from "@/server/auth/get-current-user";
import { loadCatalog } from "@/server/catalog/load-catalog";

export const metadata: Metadata = { title: "Price catalog" };
export const dynamic = "force-dynamic";

export default async function CatalogPage({ searchParams }: { searchParams: Promise<{ currency?: string }> }) {
  const { currency } = await searchParams;
  const [{ entries, currencies }, user] = await Promise.all([
    loadCatalog(currency ? { currency } : {}),
    getCurrentUser(),
  ]);
  const selected = currency && currencies.includes(currency) ? currency : undefined;
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-6xl px-6 py-10">
        <h1 className="text-2xl font-semibold">Price catalog</h1>
        <p className="mt-2 text-slate-700">
          The products and list prices reps pick from when they build a quote. Read-only here; prices can be managed
          through the API (<code className="font-mono text-sm">/api/products</code>,{" "}
          <code className="font-mono text-sm">/api/list-prices</code>).
        </p>
        <nav aria-label="Currency" className="mt-6">
          <ul className="flex flex-wrap gap-2">
            {[undefined, ...currencies].map((code) => (
              <li key={code ?? "all"}>
                <Link
                  href={code ? `/catalog?currency=${code}` : "/catalog"}
                  aria-current={code === selected ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 text-sm ${
                    code === selected
                      ? "border-blue-700 bg-blue-700 text-white"
                      : "border-slate-300 bg-white text-slate-800"
                  }`}
                >
                  {code ?? "All currencies"}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {entries.length === 0 ? (
          <p className="mt-10 rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700">
            The catalog is empty. Create a product with <code className="font-mono">POST /api/products</code>, then its
            list prices with <code className="font-mono">POST /api/list-prices</code>.
          </p>
        ) : (
          <CatalogTable entries={entries} />
        )}
      </main>
    </>
  );
}
