"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { PublishQuoteButton } from "@/components/quote-lifecycle/publish-quote-button";
import { quoteQueryOptions } from "@/lib/api/quotes";
import { toFormPath } from "@/lib/quotes/form-path";
import { PricedQuoteStore } from "@/lib/quotes/priced-quote-store";
import { problemsToFieldErrors } from "@/lib/quotes/problems-to-field-errors";
import type { QuoteFormValues } from "@/lib/quotes/quote-form-values";
import { quoteToFormValues } from "@/lib/quotes/quote-to-form-values";
import { validateQuoteForm } from "@/lib/quotes/validate-quote-form";
import type { Quote } from "@/lib/schemas/quote";
import type { UserRole } from "@/lib/schemas/user";
import { BuilderFormContext } from "./builder-form-context";
import { BuilderToolbar } from "./builder-toolbar";
import { CatalogContext } from "./catalog-context";
import { ConflictDialog } from "./conflict-dialog";
import { focusField } from "./focus-field";
import { LiveTotals } from "./live-totals";
import { PhasesEditor } from "./phases-editor";
import { PricedQuoteStoreContext } from "./pricing-context";
import { QuoteHeaderFields } from "./quote-header-fields";
import { QuoteLifecycleSection } from "./quote-lifecycle-section";
import { useAdoptLifecycleChanges } from "./use-adopt-lifecycle-changes";
import { useAutosave } from "./use-autosave";
import { useCatalog } from "./use-catalog";

/** Every field is checked by the API's own schema as the rep types (see validateQuoteForm). */
const resolver: Resolver<QuoteFormValues> = (values) => {
  const check = validateQuoteForm(values, { presentation: [] });
  return check.ok ? { values, errors: {} } : { values: {}, errors: problemsToFieldErrors(check.problems) };
};

/** A quote that was accepted, executed or archived can no longer change (the API refuses with 409). */
const isClosed = (quote: Quote) =>
  quote.status === "ACCEPTED" || quote.status === "EXECUTED" || Boolean(quote.archivedAt);

export function QuoteEditor({ quote, viewerRole }: { quote: Quote; viewerRole: UserRole | undefined }) {
  const [defaultValues] = useState(() => quoteToFormValues(quote));
  const closed = isClosed(quote);
  const form = useForm<QuoteFormValues>({ defaultValues, mode: "onChange", resolver });
  const { state: saveState, autosave } = useAutosave(form, quote);
  const [pricedQuote] = useState(() => new PricedQuoteStore());
  const currency = useWatch({ control: form.control, name: "currency" });
  const catalog = useCatalog(currency === "" ? undefined : currency);
  const client = useQueryClient();
  const [dismissedConflict, setDismissedConflict] = useState<string | null>(null);
  const conflict = saveState.kind === "conflict" ? saveState.message : null;
  const waitingForSave = saveState.kind !== "saved";
  useAdoptLifecycleChanges(quote, autosave, saveState);

  const reloadLatest = async () => {
    const latest = await client.fetchQuery({ ...quoteQueryOptions(quote.id), staleTime: 0 });
    autosave.replaceWith(latest);
    setDismissedConflict(null);
  };

  return (
    <BuilderFormContext.Provider value={form}>
      <CatalogContext.Provider value={catalog}>
        <PricedQuoteStoreContext.Provider value={pricedQuote}>
          <BuilderToolbar
            quote={quote}
            closed={closed}
            saveState={saveState}
            onSaveNow={() => autosave.scheduler.saveNow()}
            onReviewConflict={() => setDismissedConflict(null)}
            lifecycleActions={
              <PublishQuoteButton
                quote={quote}
                waitingForSave={waitingForSave}
                onShowField={(path) => focusField(toFormPath(path))}
              />
            }
          />
          <QuoteLifecycleSection quote={quote} viewerRole={viewerRole} waitingForSave={waitingForSave} />
          <div className="flex items-start gap-4">
            <form
              aria-label="Quote"
              className="min-w-0 flex-1 space-y-4"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                autosave.scheduler.saveNow();
              }}
            >
              <fieldset disabled={closed} className="min-w-0 space-y-4">
                <QuoteHeaderFields />
                <PhasesEditor />
              </fieldset>
            </form>
            <LiveTotals form={form} store={pricedQuote} />
          </div>
          <ConflictDialog
            message={conflict !== null && conflict !== dismissedConflict ? conflict : null}
            onReload={reloadLatest}
            onDismiss={() => setDismissedConflict(conflict)}
          />
        </PricedQuoteStoreContext.Provider>
      </CatalogContext.Provider>
    </BuilderFormContext.Provider>
  );
}
