"use client";

import { useWatch } from "react-hook-form";
import { fieldId, useBuilderForm } from "./builder-form-context";
import { FieldMessages } from "./field-messages";
import { TextField } from "./text-field";
import { useFieldMessages } from "./use-field-messages";

const parts = [
  { key: "years", label: "Years" },
  { key: "months", label: "Months" },
  { key: "weeks", label: "Weeks" },
  { key: "days", label: "Days" },
] as const;

/** A phase lasts years, months, weeks and days (calendar arithmetic); only the last may be open-ended. */
export function PhaseDuration({ phaseIndex, isLast }: { phaseIndex: number; isLast: boolean }) {
  const form = useBuilderForm();
  const name = `phases.${phaseIndex}.duration` as const;
  const openEnded = useWatch({ control: form.control, name: `phases.${phaseIndex}.openEnded` });
  const messages = useFieldMessages(name, { ownOnly: true });
  const id = fieldId(name);
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={messages.length > 0 ? `${id}-problems` : undefined}>
      <legend className="mb-1 text-xs font-medium text-slate-700">Duration</legend>
      <div className="flex items-start gap-2">
        {openEnded ? (
          <p className="py-1 text-sm text-slate-700">Open-ended (totals count its first 12 months)</p>
        ) : (
          parts.map((part) => (
            <TextField
              key={part.key}
              name={`${name}.${part.key}`}
              label={part.label}
              inputMode="numeric"
              inputClassName="w-14"
            />
          ))
        )}
        <label className="flex items-center gap-1 self-end py-1 text-sm">
          <input
            type="checkbox"
            disabled={!isLast && !openEnded}
            aria-describedby={!isLast ? `${id}-open-hint` : undefined}
            {...form.register(`phases.${phaseIndex}.openEnded`)}
          />
          Open-ended
        </label>
      </div>
      {!isLast ? (
        <p id={`${id}-open-hint`} className="sr-only">
          Only the last phase can be open-ended.
        </p>
      ) : null}
      <FieldMessages id={`${id}-problems`} messages={messages} />
    </fieldset>
  );
}
