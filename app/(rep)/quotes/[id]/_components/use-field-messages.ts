"use client";

import { get, useFormState } from "react-hook-form";
import { collectErrorMessages } from "@/lib/quotes/collect-error-messages";
import { useBuilderForm, type FieldName } from "./builder-form-context";

/**
 * The problems at a field, or under a group of fields, re-rendering only when they change. With
 * `ownOnly`, a group's own problem without its fields' (which those fields show themselves).
 */
export function useFieldMessages(name: FieldName, { ownOnly = false }: { ownOnly?: boolean } = {}): string[] {
  const { control } = useBuilderForm();
  const { errors } = useFormState({ control, name, exact: true });
  const node: unknown = get(errors, name);
  if (!ownOnly) return collectErrorMessages(node);
  const own = (node as { message?: unknown } | undefined)?.message;
  return typeof own === "string" && own !== "" ? [own] : [];
}
