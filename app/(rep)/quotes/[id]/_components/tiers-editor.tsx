"use client";

import { useFieldArray, useWatch } from "react-hook-form";
import type { PricingType } from "@/lib/schemas/price-structure";
import { fieldId, useBuilderForm } from "./builder-form-context";
import { FieldMessages } from "./field-messages";
import { TextField } from "./text-field";
import { useFieldMessages } from "./use-field-messages";

type Base = `phases.${number}.prices.${number}`;

/**
 * A line's tiers: each tier's inclusive upper bound (empty for the last, unbounded one), its rate
 * and its flat fee. A seat price without tiers prices every seat at its price per seat.
 */
export function TiersEditor({ base, name, pricingType }: { base: Base; name: string; pricingType: PricingType }) {
  const { control } = useBuilderForm();
  const tiersName = `${base}.structure.tiers` as const;
  const { fields, append, remove } = useFieldArray({ control, name: tiersName });
  const bounds = useWatch({ control, name: tiersName }) ?? [];
  const messages = useFieldMessages(tiersName, { ownOnly: true });
  const unit = pricingType === "SEAT_BASED" ? "seat" : "unit";
  const id = fieldId(tiersName);
  const cell = "px-2 py-1 align-top";

  return (
    <div id={id} tabIndex={-1}>
      <table className="text-sm">
        <caption className="mb-1 text-left text-xs font-medium text-slate-700">Tiers of {name}</caption>
        <thead className="text-xs text-slate-600">
          <tr>
            <th scope="col" className={`${cell} text-left font-medium`}>
              From
            </th>
            <th scope="col" className={`${cell} text-left font-medium`}>
              Up to (inclusive)
            </th>
            <th scope="col" className={`${cell} text-left font-medium`}>
              Price per {unit}
            </th>
            <th scope="col" className={`${cell} text-left font-medium`}>
              Flat fee
            </th>
            <th scope="col" className={cell}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field, index) => {
            const from = index === 0 ? "0" : `above ${bounds[index - 1]?.upperBound || "…"}`;
            return (
              <tr key={field.id}>
                <td className={`${cell} tabular-nums text-slate-700`}>{from}</td>
                <td className={cell}>
                  <TextField
                    name={`${tiersName}.${index}.upperBound`}
                    label={`Tier ${index + 1} upper bound`}
                    hideLabel
                    inputMode="decimal"
                    inputClassName="w-28"
                  />
                </td>
                <td className={cell}>
                  <TextField
                    name={`${tiersName}.${index}.price`}
                    label={`Tier ${index + 1} price per ${unit}`}
                    hideLabel
                    inputMode="decimal"
                    inputClassName="w-28"
                  />
                </td>
                <td className={cell}>
                  <TextField
                    name={`${tiersName}.${index}.fee`}
                    label={`Tier ${index + 1} flat fee`}
                    hideLabel
                    inputMode="decimal"
                    inputClassName="w-24"
                  />
                </td>
                <td className={cell}>
                  <button
                    type="button"
                    className="rounded border border-slate-300 px-2 py-0.5 text-xs"
                    aria-label={`Remove tier ${index + 1}`}
                    onClick={() => remove(index)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-600">Leave the last tier&apos;s upper bound empty: it has no limit.</p>
      <button
        type="button"
        className="mt-1 rounded border border-slate-300 bg-white px-2 py-0.5 text-xs"
        onClick={() =>
          append(
            {
              upperBound: "",
              price: "",
              fee: "",
              ...(pricingType === "SEAT_BASED" ? {} : { isPricePercentage: false }),
            },
            { focusName: `${tiersName}.${fields.length}.upperBound` },
          )
        }
      >
        Add tier
      </button>
      <FieldMessages id={`${id}-problems`} messages={messages} />
    </div>
  );
}
