"use client";

import type { HTMLInputTypeAttribute } from "react";
import { fieldId, useBuilderForm, type FieldName } from "./builder-form-context";
import { FieldMessages } from "./field-messages";
import { useFieldMessages } from "./use-field-messages";

type TextFieldProps = {
  name: FieldName;
  label: string;
  /** For fields in a row whose column header says what they are: the label is for screen readers. */
  hideLabel?: boolean;
  type?: HTMLInputTypeAttribute;
  inputMode?: "text" | "decimal" | "numeric";
  hint?: string;
  className?: string;
  inputClassName?: string;
};

/**
 * A text input bound to the form, uncontrolled (react-hook-form reads it on change, React does not
 * re-render on every keystroke), with its problems under it.
 */
export function TextField({
  name,
  label,
  hideLabel = false,
  type = "text",
  inputMode,
  hint,
  className,
  inputClassName = "w-full",
}: TextFieldProps) {
  const { register } = useBuilderForm();
  const messages = useFieldMessages(name);
  const id = fieldId(name);
  const describedBy = [messages.length > 0 ? `${id}-problems` : "", hint ? `${id}-hint` : ""].filter(Boolean);
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "mb-1 block text-xs font-medium text-slate-700"}>
        {label}
      </label>
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={messages.length > 0}
        aria-describedby={describedBy.length > 0 ? describedBy.join(" ") : undefined}
        className={`rounded border px-2 py-1 text-sm tabular-nums disabled:bg-slate-100 ${
          messages.length > 0 ? "border-red-600" : "border-slate-300"
        } ${inputClassName}`}
        {...register(name)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldMessages id={`${id}-problems`} messages={messages} />
    </div>
  );
}
