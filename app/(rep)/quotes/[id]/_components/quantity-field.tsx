"use client";

import { useWatch } from "react-hook-form";
import { isUsageStructure, type PricingType } from "@/lib/schemas/price-structure";
import { perBillingPeriod } from "@/lib/format/per-billing-period";
import { useBuilderForm } from "./builder-form-context";
import { TextField } from "./text-field";

/**
 * The expected quantity (an extension of the API): seats for a seat price, expected usage per
 * billing period for a usage price, which may instead be quoted as a rate only.
 */
export function QuantityField({
  base,
  pricingType,
  name,
}: {
  base: `phases.${number}.prices.${number}`;
  pricingType: PricingType;
  name: string;
}) {
  const { control, register } = useBuilderForm();
  const frequency = useWatch({ control, name: `${base}.billingFrequency` });
  const rateOnly = useWatch({ control, name: `${base}.rateOnly` });
  if (pricingType === "SEAT_BASED") {
    return (
      <TextField name={`${base}.quantity`} label={`Seats of ${name}`} hideLabel inputMode="numeric" hint="seats" />
    );
  }
  if (!isUsageStructure({ pricingType })) return <p className="py-1 text-slate-500">—</p>;
  return (
    <div>
      <TextField
        name={`${base}.quantity`}
        label={`Expected usage of ${name} ${perBillingPeriod[frequency]}`}
        hideLabel
        inputMode="decimal"
        hint={rateOnly ? "not counted: rate only" : `expected ${perBillingPeriod[frequency]}`}
      />
      <label className="mt-0.5 flex items-center gap-1 text-xs">
        <input type="checkbox" {...register(`${base}.rateOnly`)} aria-label={`Quote ${name} as a rate only`} />
        Rate only
      </label>
    </div>
  );
}
