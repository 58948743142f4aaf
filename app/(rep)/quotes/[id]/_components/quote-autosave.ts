import { AutosaveScheduler, type SaveOutcome, type SaveState } from "@/lib/quotes/autosave-scheduler";
import { toFormPath } from "@/lib/quotes/form-path";
import type { QuoteBodyExtras } from "@/lib/quotes/quote-form-values";
import { quoteToFormValues } from "@/lib/quotes/quote-to-form-values";
import { toSaveOutcome } from "@/lib/quotes/save-outcome";
import { validateQuoteForm } from "@/lib/quotes/validate-quote-form";
import type { Problem } from "@/lib/schemas/problems";
import type { Quote, UpdateQuoteBody } from "@/lib/schemas/quote";
import type { BuilderForm, FieldName } from "./builder-form-context";

/** Long enough that a rep typing a number does not save every digit, short enough to feel instant. */
const SAVE_DELAY_MS = 800;
const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

const fingerprint = (body: UpdateQuoteBody) => JSON.stringify({ ...body, version: undefined });

/** Shows the API's problems at their fields: its paths are the form's, written with brackets. */
function showProblems(form: BuilderForm, problems: readonly Problem[]): void {
  for (const problem of problems) {
    form.setError(toFormPath(problem.path) as FieldName, { type: "server", message: problem.message });
  }
}

/**
 * Autosave of one builder's form through `PUT /api/quotes/{id}` (the timing is AutosaveScheduler's).
 * Each save is checked by the API's own schema first, so an invalid draft is shown at its fields
 * instead of being sent, and a draft identical to the one last saved is not sent again.
 */
export class QuoteAutosave {
  readonly scheduler: AutosaveScheduler<UpdateQuoteBody>;
  private extras: QuoteBodyExtras;
  private replacing = false;
  private savedFingerprint = "";

  constructor(
    private readonly form: BuilderForm,
    quote: Quote,
    save: (body: UpdateQuoteBody) => Promise<Quote>,
    onState: (state: SaveState) => void,
  ) {
    this.extras = { presentation: quote.presentation, salesforceOpportunityId: quote.salesforceOpportunityId };
    this.scheduler = new AutosaveScheduler<UpdateQuoteBody>({
      version: quote.version,
      delayMs: SAVE_DELAY_MS,
      retryDelaysMs: RETRY_DELAYS_MS,
      prepare: (version) => {
        const check = validateQuoteForm(form.getValues(), { ...this.extras, version });
        if (!check.ok) void form.trigger();
        return check.ok ? { ok: true, body: check.body } : check;
      },
      save: (body) => this.send(body, save),
      onState,
    });
  }

  /** Follows the form and the page; returns what stops following them. */
  start(): () => void {
    this.savedFingerprint = this.currentFingerprint();
    const { unsubscribe } = this.form.watch(() => {
      if (!this.replacing) this.scheduler.changed();
    });
    // Switching tabs or apps is when work gets lost: save what is pending at once.
    const onHidden = () => document.visibilityState === "hidden" && this.scheduler.saveNow();
    const onLeave = (event: BeforeUnloadEvent) => {
      if (this.scheduler.hasUnsavedChanges) event.preventDefault();
    };
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("beforeunload", onLeave);
    return () => {
      unsubscribe();
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("beforeunload", onLeave);
      this.scheduler.dispose();
    };
  }

  /** Replaces the form by the quote as saved now (after a conflict); that is not an edit to save. */
  replaceWith(latest: Quote): void {
    this.extras = { presentation: latest.presentation, salesforceOpportunityId: latest.salesforceOpportunityId };
    this.replacing = true;
    try {
      this.form.reset(quoteToFormValues(latest));
    } finally {
      this.replacing = false;
    }
    this.savedFingerprint = this.currentFingerprint();
    this.scheduler.reset(latest.version);
  }

  private currentFingerprint(): string {
    const check = validateQuoteForm(this.form.getValues(), this.extras);
    return check.ok ? fingerprint(check.body) : "";
  }

  private async send(body: UpdateQuoteBody, save: (body: UpdateQuoteBody) => Promise<Quote>): Promise<SaveOutcome> {
    const print = fingerprint(body);
    if (print === this.savedFingerprint) return { ok: true, version: this.scheduler.currentVersion };
    try {
      const saved = await save(body);
      this.savedFingerprint = print;
      // Drop what the API had refused before; whatever the rep typed since is checked again.
      if (Object.keys(this.form.getErrors()).length > 0) void this.form.trigger();
      return { ok: true, version: saved.version };
    } catch (error) {
      const outcome = toSaveOutcome(error);
      if (!outcome.ok && outcome.kind === "rejected") showProblems(this.form, outcome.problems ?? []);
      return outcome;
    }
  }
}
