"use client";

import { memo, useId, useMemo } from "react";
import { useWatch } from "react-hook-form";
import { fieldId, useBuilderForm } from "./builder-form-context";
import { DiscountsEditor } from "./discounts-editor";
import { MinimumsEditor } from "./minimums-editor";
import { PhaseDuration } from "./phase-duration";
import { PhaseLines } from "./phase-lines";
import { PhaseWarnings } from "./phase-warnings";
import { TextField } from "./text-field";
import { usePhaseLines } from "./use-phase-lines";

type PhaseSectionProps = {
  index: number;
  count: number;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
};

/** One phase: its name and duration, its price lines, discounts and minimums. */
export const PhaseSection = memo(function PhaseSection({ index, count, onMove, onRemove }: PhaseSectionProps) {
  const form = useBuilderForm();
  const name = useWatch({ control: form.control, name: `phases.${index}.name` });
  const lines = usePhaseLines(index);
  const headingId = useId();
  const label = `Phase ${index + 1}${name ? `: ${name}` : ""}`;
  const priceOptions = useMemo(
    () => lines.fields.map((line) => ({ id: line.temporaryId, name: line.name })),
    [lines.fields],
  );
  const button = "rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 disabled:opacity-40";

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2 border-b border-slate-200 p-3">
        <h3 id={headingId} className="text-sm font-semibold">
          {label}
        </h3>
        <div className="ml-auto flex items-center gap-1" role="group" aria-label={`Arrange ${label}`}>
          <button
            id={fieldId(`phases.${index}.move-up`)}
            type="button"
            className={button}
            disabled={index === 0}
            onClick={() => onMove(index, -1)}
          >
            Move up
          </button>
          <button
            id={fieldId(`phases.${index}.move-down`)}
            type="button"
            className={button}
            disabled={index === count - 1}
            onClick={() => onMove(index, 1)}
          >
            Move down
          </button>
          <button type="button" className={button} onClick={() => onRemove(index)}>
            Remove phase
          </button>
        </div>
        <div className="flex w-full flex-wrap items-start gap-4">
          <TextField name={`phases.${index}.name`} label="Phase name" inputClassName="w-48" />
          <PhaseDuration phaseIndex={index} isLast={index === count - 1} />
        </div>
      </div>
      <PhaseWarnings path={`phases[${index}]`} />
      <PhaseLines phaseIndex={index} phaseLabel={label} lines={lines} />
      <div className="grid grid-cols-2 gap-4 border-t border-slate-200 p-3">
        <DiscountsEditor phaseIndex={index} priceOptions={priceOptions} />
        <MinimumsEditor phaseIndex={index} priceOptions={priceOptions} />
      </div>
    </section>
  );
});
