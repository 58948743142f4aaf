"use client";

import { useEffect, useState } from "react";
import { useSaveQuote } from "@/lib/api/quotes";
import type { SaveState } from "@/lib/quotes/autosave-scheduler";
import type { Quote } from "@/lib/schemas/quote";
import type { BuilderForm } from "./builder-form-context";
import { QuoteAutosave } from "./quote-autosave";

/** Autosave for the builder's form (see QuoteAutosave), and where it stands, for the toolbar. */
export function useAutosave(form: BuilderForm, quote: Quote): { state: SaveState; autosave: QuoteAutosave } {
  const save = useSaveQuote(quote.id);
  const [state, setState] = useState<SaveState>({ kind: "saved", savedAt: null });
  const [autosave] = useState(() => new QuoteAutosave(form, quote, save.mutateAsync, setState));
  useEffect(() => autosave.start(), [autosave]);
  return { state, autosave };
}
