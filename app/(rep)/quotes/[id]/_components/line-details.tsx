"use client";

import type { PricingType } from "@/lib/schemas/price-structure";
import { SelectField } from "./select-field";
import { TiersEditor } from "./tiers-editor";

const frequencies = [
  { value: "ONE_TIME", label: "Once" },
  { value: "MONTHLY", label: "Monthly" },
  { value: "QUARTERLY", label: "Quarterly" },
  { value: "HALF_YEARLY", label: "Half-yearly" },
  { value: "YEARLY", label: "Yearly" },
];

const billingTypes = [
  { value: "IN_ADVANCE", label: "In advance" },
  { value: "IN_ARREARS", label: "In arrears" },
];

/** What a line keeps out of its row: billing, and the tiers of a tiered price. */
export function LineDetails({
  base,
  pricingType,
  name,
}: {
  base: `phases.${number}.prices.${number}`;
  pricingType: PricingType;
  name: string;
}) {
  const tiered = pricingType === "GRADUATED" || pricingType === "VOLUME" || pricingType === "SEAT_BASED";
  return (
    <div className="mt-2 space-y-3 rounded border border-slate-200 bg-slate-50 p-3">
      <div className="flex gap-3">
        <SelectField name={`${base}.billingFrequency`} label={`Billing frequency of ${name}`} options={frequencies} />
        <SelectField name={`${base}.billingType`} label={`When ${name} is billed`} options={billingTypes} />
      </div>
      {tiered ? <TiersEditor base={base} name={name} pricingType={pricingType} /> : null}
    </div>
  );
}
