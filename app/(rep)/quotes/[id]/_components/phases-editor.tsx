"use client";

import { memo, useCallback, useState } from "react";
import { useFieldArray } from "react-hook-form";
import type { PhaseFormValues } from "@/lib/quotes/quote-form-values";
import { fieldId, useBuilderForm } from "./builder-form-context";
import { PhaseSection } from "./phase-section";
import { UndoNotice } from "./undo-notice";

const newPhase = (position: number): PhaseFormValues => ({
  name: `Year ${position}`,
  openEnded: false,
  duration: { years: "1", months: "", weeks: "", days: "" },
  prices: [],
  discounts: [],
  minimums: [],
});

type Removed = { phase: PhaseFormValues; index: number; label: string };

/**
 * The quote's phases, in order: add, reorder (buttons, so the keyboard does what a mouse does) and
 * remove with an undo that puts the phase back where it was, prices, discounts and all.
 */
export const PhasesEditor = memo(function PhasesEditor() {
  const form = useBuilderForm();
  const { fields, append, insert, move, remove } = useFieldArray({ control: form.control, name: "phases" });
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const count = fields.length;

  const onMove = useCallback(
    (index: number, by: -1 | 1) => {
      const to = index + by;
      if (to < 0 || to >= count) return;
      move(index, to);
      const name = form.getValues(`phases.${to}.name`) || `Phase ${index + 1}`;
      setAnnouncement(`${name} moved to position ${to + 1} of ${count}.`);
      // Reordering moves DOM nodes, which can drop focus: put it back on the moved phase's button,
      // or on the other one when the phase reached the end it was moving to.
      const atEnd = to === 0 || to === count - 1;
      const button = by < 0 ? (atEnd ? "down" : "up") : atEnd ? "up" : "down";
      requestAnimationFrame(() => document.getElementById(fieldId(`phases.${to}.move-${button}`))?.focus());
    },
    [form, move, count],
  );

  const onRemove = useCallback(
    (index: number) => {
      const phase = structuredClone(form.getValues(`phases.${index}`));
      remove(index);
      setRemoved({ phase, index, label: phase.name || `Phase ${index + 1}` });
      setAnnouncement("");
    },
    [form, remove],
  );

  const undo = () => {
    if (!removed) return;
    insert(removed.index, removed.phase, { focusName: `phases.${removed.index}.name` });
    setAnnouncement(`${removed.label} restored.`);
    setRemoved(null);
  };

  return (
    <section aria-labelledby="phases-heading" className="space-y-4">
      <div className="flex items-center justify-between">
        <h2 id="phases-heading" className="text-base font-semibold">
          Phases
        </h2>
        <p className="sr-only" role="status">
          {announcement}
        </p>
      </div>
      {removed ? (
        <UndoNotice message={`${removed.label} removed.`} onUndo={undo} onDismiss={() => setRemoved(null)} />
      ) : null}
      {fields.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          No phases yet. A phase is a stretch of the contract (a year of a ramp, say) with its own prices.
        </p>
      ) : null}
      {fields.map((field, index) => (
        <PhaseSection key={field.id} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      ))}
      <button
        type="button"
        onClick={() => append(newPhase(count + 1), { focusName: `phases.${count}.name` })}
        className="rounded border border-blue-700 bg-white px-3 py-1.5 text-sm font-medium text-blue-800 hover:bg-blue-50"
      >
        Add phase
      </button>
    </section>
  );
});
