"use client";

import { useWarningsAt } from "./pricing-context";

/** Pricing warnings about a phase, a discount or a minimum (by its path), shown where it is edited. */
export function PhaseWarnings({ path }: { path: string }) {
  const warnings = useWarningsAt(path);
  if (warnings.length === 0) return null;
  return (
    <ul className="space-y-0.5 bg-amber-50 px-3 py-2 text-xs text-amber-900">
      {warnings.map((warning) => (
        <li key={`${warning.path}${warning.message}`}>
          <span aria-hidden="true">⚠ </span>
          <span className="sr-only">Warning: </span>
          {warning.message}
        </li>
      ))}
    </ul>
  );
}
