"use client";

import { useId, useState } from "react";
import { useController } from "react-hook-form";
import { fieldId, useBuilderForm } from "./builder-form-context";
import { FieldMessages } from "./field-messages";
import { useFieldMessages } from "./use-field-messages";

export type PriceOption = { id: string; name: string };

type Name = `phases.${number}.${"discounts" | "minimums"}.${number}.restrictToPrices`;

/**
 * Which of the phase's prices a discount or minimum applies to. None chosen means all of them (the
 * API's empty `restrictToPrices`), which the summary says in words.
 */
export function RestrictToPrices({
  name,
  legend,
  priceOptions,
  allMeans,
}: {
  name: Name;
  /** Names the group for screen readers: "Prices discount 1 applies to". */
  legend: string;
  priceOptions: readonly PriceOption[];
  /** What an empty choice covers, in words ("every price in this phase"). */
  allMeans: string;
}) {
  const { control } = useBuilderForm();
  const { field } = useController({ control, name });
  const messages = useFieldMessages(name);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const id = fieldId(name);
  const chosen = new Set(field.value);
  const known = new Set(priceOptions.map((option) => option.id));
  const removed = field.value.filter((value) => !known.has(value));
  const names = priceOptions.filter((option) => chosen.has(option.id)).map((option) => option.name);
  const summary =
    field.value.length === 0
      ? `Applies to ${allMeans}.`
      : `Applies to ${names.length > 0 ? names.join(", ") : "no current price"}${removed.length > 0 ? ` and ${removed.length} removed ${removed.length === 1 ? "price" : "prices"}` : ""}.`;
  const toggle = (value: string, on: boolean) =>
    field.onChange(on ? [...field.value, value] : field.value.filter((item) => item !== value));

  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={messages.length > 0 ? `${id}-problems` : undefined}>
      <legend className="sr-only">{legend}</legend>
      <p className="text-xs text-slate-700">
        {summary}{" "}
        <button
          type="button"
          className="text-blue-800 underline"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {open ? "Done" : "Choose prices"}
        </button>
      </p>
      <div id={listId}>
        {open ? (
          <ul className="mt-1 max-h-48 space-y-0.5 overflow-y-auto text-sm">
            {priceOptions.map((option, index) => (
              <li key={option.id}>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={chosen.has(option.id)}
                    onChange={(event) => toggle(option.id, event.target.checked)}
                  />
                  {option.name} <span className="text-xs text-slate-600">line {index + 1}</span>
                </label>
              </li>
            ))}
            {removed.map((value) => (
              <li key={value}>
                <label className="flex items-center gap-2 text-slate-700">
                  <input type="checkbox" checked onChange={() => toggle(value, false)} />A price removed from this phase
                </label>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <FieldMessages id={`${id}-problems`} messages={messages} />
    </fieldset>
  );
}
