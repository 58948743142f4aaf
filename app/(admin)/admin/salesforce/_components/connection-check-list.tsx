import type { ConnectionCheckItem } from "@/lib/schemas/salesforce-integration";

/** The connection check's findings: what is fine, and for what is not, what to do. Problems first. */
export function ConnectionCheckList({ items }: { items: ConnectionCheckItem[] }) {
  const ordered = [...items.filter((item) => !item.ok), ...items.filter((item) => item.ok)];
  return (
    <ul className="mt-4 space-y-3">
      {ordered.map((item) => (
        <li
          key={item.key}
          className={`rounded border p-3 ${item.ok ? "border-slate-200" : "border-red-200 bg-red-50 text-red-950"}`}
        >
          <p className="font-medium">
            <span aria-hidden="true">{item.ok ? "✓ " : "✗ "}</span>
            <span className="sr-only">{item.ok ? "OK: " : "Problem: "}</span>
            {item.title}
          </p>
          <p className="mt-1 text-sm">{item.detail}</p>
          {item.fix ? (
            <p className="mt-1 text-sm">
              <strong>To fix:</strong> {item.fix}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
