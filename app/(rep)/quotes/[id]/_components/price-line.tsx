"use client";

import { memo, useId, useState } from "react";
import type { PricingType } from "@/lib/schemas/price-structure";
import { ChangedFromList } from "./changed-from-list";
import { LineDetails } from "./line-details";
import { LineTotal, LineWarnings } from "./line-pricing";
import { ListPriceSummary } from "./list-price-summary";
import { QuantityField } from "./quantity-field";
import { QuotedValueFields } from "./quoted-value-fields";

type PriceLineProps = {
  columns: string;
  phaseIndex: number;
  index: number;
  temporaryId: string;
  name: string;
  pricingType: PricingType;
  listPriceId: string | undefined;
  onRemove: (index: number) => void;
};

/**
 * One quote line. Memoised on primitives only, so typing in one line re-renders that line's input
 * and nothing else; its total and warnings come from the pricing through their own small components.
 */
export const PriceLine = memo(function PriceLine({
  columns,
  phaseIndex,
  index,
  temporaryId,
  name,
  pricingType,
  listPriceId,
  onRemove,
}: PriceLineProps) {
  const base = `phases.${phaseIndex}.prices.${index}` as const;
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  const button = "rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50";
  return (
    <li className="border-t border-slate-100 py-2 [contain-intrinsic-size:auto_4.5rem] [content-visibility:auto]">
      <div className={`${columns} items-start text-sm`}>
        <div className="min-w-0">
          <p className="font-medium break-words">{name}</p>
          <ChangedFromList base={base} listPriceId={listPriceId} />
        </div>
        <ListPriceSummary listPriceId={listPriceId} />
        <QuotedValueFields base={base} pricingType={pricingType} name={name} onEditTiers={() => setExpanded(true)} />
        <QuantityField base={base} pricingType={pricingType} name={name} />
        <LineTotal temporaryId={temporaryId} />
        <div className="flex w-32 justify-end gap-1">
          <button
            type="button"
            className={button}
            aria-expanded={expanded}
            aria-controls={detailsId}
            aria-label={`Details of ${name}`}
            onClick={() => setExpanded(!expanded)}
          >
            Details
          </button>
          <button type="button" className={button} aria-label={`Remove ${name}`} onClick={() => onRemove(index)}>
            Remove
          </button>
        </div>
      </div>
      <div id={detailsId}>{expanded ? <LineDetails base={base} pricingType={pricingType} name={name} /> : null}</div>
      <LineWarnings temporaryId={temporaryId} />
    </li>
  );
});
