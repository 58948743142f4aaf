"use client";

import { fieldId, useBuilderForm, type FieldName } from "./builder-form-context";
import { FieldMessages } from "./field-messages";
import { useFieldMessages } from "./use-field-messages";

type SelectFieldProps = {
  name: FieldName;
  label: string;
  hideLabel?: boolean;
  options: readonly { value: string; label: string }[];
  /** Shown for "" (nothing chosen yet). */
  placeholder?: string;
  disabled?: boolean;
  hint?: string;
  className?: string;
};

/** A native select bound to the form: the platform's own keyboard and screen reader support. */
export function SelectField({
  name,
  label,
  hideLabel,
  options,
  placeholder,
  disabled,
  hint,
  className,
}: SelectFieldProps) {
  const { register } = useBuilderForm();
  const messages = useFieldMessages(name);
  const id = fieldId(name);
  const describedBy = [messages.length > 0 ? `${id}-problems` : "", hint ? `${id}-hint` : ""].filter(Boolean);
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "mb-1 block text-xs font-medium text-slate-700"}>
        {label}
      </label>
      <select
        id={id}
        disabled={disabled}
        aria-invalid={messages.length > 0}
        aria-describedby={describedBy.length > 0 ? describedBy.join(" ") : undefined}
        className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm disabled:bg-slate-100"
        {...register(name)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldMessages id={`${id}-problems`} messages={messages} />
    </div>
  );
}
