import Link from "next/link";

export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl px-6 py-16">
      <h1 className="text-3xl font-semibold">Sequence CPQ</h1>
      <p className="mt-4 text-lg text-slate-700">
        Build quotes from a Salesforce opportunity as phases of prices, minimums and discounts, publish them, and see
        them written back to Salesforce.
      </p>
      <nav aria-label="Main" className="mt-8">
        <ul className="flex gap-6">
          <li>
            <Link className="font-medium text-blue-700 underline" href="/catalog">
              Price catalog
            </Link>
          </li>
        </ul>
      </nav>
    </main>
  );
}
