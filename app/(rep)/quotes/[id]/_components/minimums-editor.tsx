"use client";

import { useFieldArray } from "react-hook-form";
import { useBuilderForm } from "./builder-form-context";
import { PhaseWarnings } from "./phase-warnings";
import { RestrictToPrices, type PriceOption } from "./restrict-to-prices";
import { TextField } from "./text-field";

/** A phase's minimums: per billing period, the covered prices are topped up to the amount. */
export function MinimumsEditor({
  phaseIndex,
  priceOptions,
}: {
  phaseIndex: number;
  priceOptions: readonly PriceOption[];
}) {
  const { control } = useBuilderForm();
  const name = `phases.${phaseIndex}.minimums` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <div>
      <h4 className="text-sm font-semibold">Minimums</h4>
      {fields.length === 0 ? <p className="text-xs text-slate-600">No minimums.</p> : null}
      <ol className="space-y-3">
        {fields.map((field, index) => (
          <li key={field.id} className="rounded border border-slate-200 p-2">
            <TextField
              name={`${name}.${index}.amount`}
              label={`Minimum ${index + 1} amount per billing period`}
              inputMode="decimal"
              className="w-48"
            />
            <RestrictToPrices
              name={`${name}.${index}.restrictToPrices`}
              legend={`Prices minimum ${index + 1} covers`}
              priceOptions={priceOptions}
              allMeans="every recurring price in this phase"
            />
            <PhaseWarnings path={`phases[${phaseIndex}].minimums[${index}]`} />
            <button
              type="button"
              className="mt-1 text-xs text-slate-700 underline"
              aria-label={`Remove minimum ${index + 1}`}
              onClick={() => remove(index)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="mt-2 rounded border border-slate-300 px-2 py-0.5 text-sm"
        onClick={() => append({ amount: "", restrictToPrices: [] }, { focusName: `${name}.${fields.length}.amount` })}
      >
        Add minimum
      </button>
    </div>
  );
}
