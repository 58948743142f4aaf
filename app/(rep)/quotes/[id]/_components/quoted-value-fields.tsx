"use client";

import { useWatch } from "react-hook-form";
import type { PricingType } from "@/lib/schemas/price-structure";
import { useBuilderForm } from "./builder-form-context";
import { TextField } from "./text-field";

type Base = `phases.${number}.prices.${number}`;

const input = "w-full";

/** The price values a rep edits on the line itself; tiers open in the line's details. */
export function QuotedValueFields({
  base,
  pricingType,
  name,
  onEditTiers,
}: {
  base: Base;
  pricingType: PricingType;
  name: string;
  onEditTiers: () => void;
}) {
  switch (pricingType) {
    case "ONE_TIME":
    case "FIXED":
      return <TextField name={`${base}.structure.price`} label={`Price of ${name}`} hideLabel inputMode="decimal" />;
    case "LINEAR":
      return <LinearFields base={base} name={name} />;
    case "PACKAGE":
      return (
        <div className="flex items-start gap-1">
          <TextField
            name={`${base}.structure.pricePerPackage`}
            label={`Price per package of ${name}`}
            hideLabel
            inputMode="decimal"
            inputClassName={input}
            className="flex-1"
          />
          <span className="py-1 text-xs text-slate-600">per</span>
          <TextField
            name={`${base}.structure.packageSize`}
            label={`Units per package of ${name}`}
            hideLabel
            inputMode="decimal"
            inputClassName={input}
            className="w-16"
          />
        </div>
      );
    case "GRADUATED":
    case "VOLUME":
      return <TierSummary base={base} name={name} onEditTiers={onEditTiers} />;
    case "SEAT_BASED":
      return <SeatFields base={base} name={name} onEditTiers={onEditTiers} />;
  }
}

function LinearFields({ base, name }: { base: Base; name: string }) {
  const { control } = useBuilderForm();
  const percentage = useWatch({ control, name: `${base}.structure.isPricePercentage` });
  return (
    <TextField
      name={`${base}.structure.pricePerUnit`}
      label={percentage ? `Share of volume for ${name}` : `Price per unit of ${name}`}
      hideLabel
      inputMode="decimal"
      hint={percentage ? "A fraction of the volume: 0.029 is 2.9 %" : undefined}
    />
  );
}

function SeatFields({ base, name, onEditTiers }: { base: Base; name: string; onEditTiers: () => void }) {
  const { control } = useBuilderForm();
  const tiers = useWatch({ control, name: `${base}.structure.tiers` });
  return (
    <div className="space-y-1">
      {tiers && tiers.length > 0 ? (
        <TierSummary base={base} name={name} onEditTiers={onEditTiers} />
      ) : (
        <TextField
          name={`${base}.structure.pricePerSeat`}
          label={`Price per seat of ${name}`}
          hideLabel
          inputMode="decimal"
          hint="per seat"
        />
      )}
      <TextField
        name={`${base}.structure.contractedMinimumSeats`}
        label={`Minimum seats of ${name}`}
        hideLabel
        inputMode="numeric"
        hint="minimum seats"
      />
    </div>
  );
}

function TierSummary({ base, name, onEditTiers }: { base: Base; name: string; onEditTiers: () => void }) {
  const { control } = useBuilderForm();
  const tiers = useWatch({ control, name: `${base}.structure.tiers` });
  const count = tiers?.length ?? 0;
  return (
    <p className="text-sm">
      {count} {count === 1 ? "tier" : "tiers"}{" "}
      <button
        type="button"
        className="text-blue-800 underline"
        aria-label={`Edit the tiers of ${name}`}
        onClick={onEditTiers}
      >
        Edit tiers
      </button>
    </p>
  );
}
