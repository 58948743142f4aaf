"use client";

import { useFieldArray, useWatch } from "react-hook-form";
import { useBuilderForm } from "./builder-form-context";
import { PhaseWarnings } from "./phase-warnings";
import { RestrictToPrices, type PriceOption } from "./restrict-to-prices";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

const types = [
  { value: "PERCENTAGE", label: "Percentage off" },
  { value: "NOMINAL", label: "Amount off per billing period" },
];

/** A phase's discounts: percentage or amount, on some or all prices, with the message the customer sees. */
export function DiscountsEditor({
  phaseIndex,
  priceOptions,
}: {
  phaseIndex: number;
  priceOptions: readonly PriceOption[];
}) {
  const { control } = useBuilderForm();
  const name = `phases.${phaseIndex}.discounts` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <div>
      <h4 className="text-sm font-semibold">Discounts</h4>
      {fields.length === 0 ? <p className="text-xs text-slate-600">No discounts.</p> : null}
      <ol className="space-y-3">
        {fields.map((field, index) => (
          <li key={field.id} className="rounded border border-slate-200 p-2">
            <DiscountFields phaseIndex={phaseIndex} index={index} priceOptions={priceOptions} />
            <PhaseWarnings path={`phases[${phaseIndex}].discounts[${index}]`} />
            <button
              type="button"
              className="mt-1 text-xs text-slate-700 underline"
              aria-label={`Remove discount ${index + 1}`}
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
        onClick={() =>
          append(
            { type: "PERCENTAGE", amount: "", restrictToPrices: [], message: "" },
            { focusName: `${name}.${fields.length}.amount` },
          )
        }
      >
        Add discount
      </button>
    </div>
  );
}

function DiscountFields({
  phaseIndex,
  index,
  priceOptions,
}: {
  phaseIndex: number;
  index: number;
  priceOptions: readonly PriceOption[];
}) {
  const { control } = useBuilderForm();
  const base = `phases.${phaseIndex}.discounts.${index}` as const;
  const type = useWatch({ control, name: `${base}.type` });
  return (
    <div className="space-y-2">
      <div className="flex gap-2">
        <SelectField name={`${base}.type`} label={`Discount ${index + 1} type`} options={types} className="flex-1" />
        <TextField
          name={`${base}.amount`}
          label={type === "PERCENTAGE" ? `Discount ${index + 1} percentage` : `Discount ${index + 1} amount per period`}
          inputMode="decimal"
          className="w-32"
        />
      </div>
      <TextField name={`${base}.message`} label={`Discount ${index + 1} message to the customer`} />
      <RestrictToPrices
        name={`${base}.restrictToPrices`}
        legend={`Prices discount ${index + 1} applies to`}
        priceOptions={priceOptions}
        allMeans="every price in this phase"
      />
    </div>
  );
}
