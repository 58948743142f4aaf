"use client";

import { useCallback, useState } from "react";
import { useFieldArray } from "react-hook-form";
import type { PriceFormValues } from "@/lib/quotes/quote-form-values";
import { useBuilderForm } from "./builder-form-context";

type RemovedLine = {
  line: PriceFormValues;
  index: number;
  /** The discounts' and minimums' restrictions before the line's id was taken out of them. */
  restrictions: { path: `phases.${number}.${"discounts" | "minimums"}.${number}.restrictToPrices`; value: string[] }[];
};

/**
 * A phase's price lines: add, and remove with an undo. Removing a line takes it out of the discounts
 * and minimums restricted to it, except where it was the only price: emptying the restriction would
 * silently widen it to every price, so the line's id stays and the rep is asked to choose again.
 */
export function usePhaseLines(phaseIndex: number) {
  const form = useBuilderForm();
  const { fields, append, insert, remove } = useFieldArray({
    control: form.control,
    name: `phases.${phaseIndex}.prices`,
  });
  const [removed, setRemoved] = useState<RemovedLine | null>(null);

  const removeLine = useCallback(
    (index: number) => {
      const line = structuredClone(form.getValues(`phases.${phaseIndex}.prices.${index}`));
      const restrictions: RemovedLine["restrictions"] = [];
      for (const kind of ["discounts", "minimums"] as const) {
        form.getValues(`phases.${phaseIndex}.${kind}`).forEach((item, position) => {
          const kept = item.restrictToPrices.filter((id) => id !== line.temporaryId);
          if (kept.length === item.restrictToPrices.length || kept.length === 0) return;
          const path = `phases.${phaseIndex}.${kind}.${position}.restrictToPrices` as const;
          restrictions.push({ path, value: item.restrictToPrices });
          form.setValue(path, kept);
        });
      }
      remove(index);
      setRemoved({ line, index, restrictions });
    },
    [form, phaseIndex, remove],
  );

  const undo = () => {
    if (!removed) return;
    insert(removed.index, removed.line);
    for (const { path, value } of removed.restrictions) form.setValue(path, value);
    setRemoved(null);
  };

  return {
    fields,
    add: (line: PriceFormValues, focusName: string) => append(line, { focusName }),
    removeLine,
    removed: removed ? { name: removed.line.name, undo, dismiss: () => setRemoved(null) } : null,
  };
}

export type PhaseLinesState = ReturnType<typeof usePhaseLines>;
