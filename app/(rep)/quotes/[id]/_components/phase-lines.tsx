"use client";

import type { PricingType } from "@/lib/schemas/price-structure";
import { isUsageStructure } from "@/lib/schemas/price-structure";
import { ListPricePicker } from "./list-price-picker";
import { PriceLine } from "./price-line";
import { UndoNotice } from "./undo-notice";
import type { PhaseLinesState } from "./use-phase-lines";

/** The control a new line's rep types into first: its quantity where it has one, else its price. */
function firstInput(base: string, pricingType: PricingType): string {
  if (pricingType === "SEAT_BASED" || isUsageStructure({ pricingType })) return `${base}.quantity`;
  return `${base}.structure.price`;
}

const columns = "grid grid-cols-[minmax(0,10rem)_minmax(0,1fr)_minmax(0,1.1fr)_8.5rem_6.5rem_auto] gap-3";

/** A phase's price lines under column headings, and the picker that adds one from the catalog. */
export function PhaseLines({
  phaseIndex,
  phaseLabel,
  lines,
}: {
  phaseIndex: number;
  phaseLabel: string;
  lines: PhaseLinesState;
}) {
  return (
    <div className="p-3">
      {lines.fields.length > 0 ? (
        <>
          <div aria-hidden="true" className={`${columns} pb-1 text-xs font-medium text-slate-600`}>
            <span>Price</span>
            <span>List price</span>
            <span>Quoted price</span>
            <span>Quantity</span>
            <span className="text-right">Line total</span>
            <span className="w-32" />
          </div>
          <ul aria-label={`Prices in ${phaseLabel}`}>
            {lines.fields.map((line, index) => (
              <PriceLine
                key={line.id}
                columns={columns}
                phaseIndex={phaseIndex}
                index={index}
                temporaryId={line.temporaryId}
                name={line.name}
                pricingType={line.structure.pricingType}
                listPriceId={line.listPriceId}
                onRemove={lines.removeLine}
              />
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm text-slate-600">No prices in this phase yet.</p>
      )}
      {lines.removed ? (
        <UndoNotice
          message={`${lines.removed.name} removed.`}
          onUndo={lines.removed.undo}
          onDismiss={lines.removed.dismiss}
        />
      ) : null}
      <ListPricePicker
        phaseLabel={phaseLabel}
        onPick={(line) =>
          lines.add(line, firstInput(`phases.${phaseIndex}.prices.${lines.fields.length}`, line.structure.pricingType))
        }
      />
    </div>
  );
}
