import type { Problem } from "@/lib/schemas/problems";

/** Where the draft stands, as the builder shows it. */
export type SaveState =
  | { kind: "saved"; savedAt: number | null }
  /** Changes wait for the rep to pause typing. */
  | { kind: "pending" }
  | { kind: "saving" }
  /** The form has problems the API would refuse; nothing is sent until they are fixed. */
  | { kind: "invalid"; problems: Problem[] }
  /** The API refused the draft (say, a contact that is not the customer's); fixing it saves again. */
  | { kind: "rejected"; message: string; problems: Problem[] }
  /** The save did not get through (network, server); it is retried at `retryAt`, or now on request. */
  | { kind: "failed"; message: string; retryAt: number }
  /** Someone else saved the quote first; saving stops until the rep reloads. */
  | { kind: "conflict"; message: string };

export type SaveOutcome =
  | { ok: true; version: number }
  | { ok: false; kind: "conflict" | "rejected" | "failed"; message: string; problems?: Problem[] };

export type PreparedSave<B> = { ok: true; body: B } | { ok: false; problems: Problem[] };

type Timers = { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void; now: () => number };

export type AutosaveOptions<B> = {
  /** The version the draft was loaded at. */
  version: number;
  /** Quiet time after the last change before saving. */
  delayMs: number;
  /** Waits before retrying a failed save: the first, the second, … then the last one over and over. */
  retryDelaysMs: readonly number[];
  /** The body to send, from the form as it is now, carrying `version` (the one the save starts from). */
  prepare: (version: number) => PreparedSave<B>;
  save: (body: B) => Promise<SaveOutcome>;
  onState: (state: SaveState) => void;
  timers?: Timers;
};

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/**
 * Autosave for one quote: debounced, never two saves in flight, each save carrying the version it
 * started from. Edits made while a save is in flight are saved right after it, with the version it
 * returned. A failed save keeps every change (the form is the source of truth) and is retried; a
 * refused one waits for the next edit; a stale version stops autosaving until `reset`.
 */
export class AutosaveScheduler<B> {
  private version: number;
  private edits = 0;
  private savedEdits = 0;
  private inFlight = false;
  private saveAgain = false;
  private failures = 0;
  private timer: unknown;
  private generation = 0;
  private state: SaveState = { kind: "saved", savedAt: null };
  private readonly timers: Timers;

  constructor(private readonly options: AutosaveOptions<B>) {
    this.version = options.version;
    this.timers = options.timers ?? realTimers;
  }

  get currentVersion(): number {
    return this.version;
  }

  /** True while some change has not reached the server. */
  get hasUnsavedChanges(): boolean {
    return this.edits !== this.savedEdits || this.inFlight;
  }

  /** The form changed. */
  changed(): void {
    this.edits += 1;
    if (this.state.kind === "conflict") return;
    if (!this.inFlight) this.setState({ kind: "pending" });
    this.schedule(this.options.delayMs);
  }

  /** Save now (the retry button, or the tab being hidden), without waiting for the debounce. */
  saveNow(): void {
    this.cancelTimer();
    if (this.state.kind === "conflict") return;
    if (this.inFlight) {
      this.saveAgain = true;
      return;
    }
    if (this.edits === this.savedEdits) {
      if (this.state.kind !== "saved") this.setState({ kind: "saved", savedAt: null });
      return;
    }
    const prepared = this.options.prepare(this.version);
    if (!prepared.ok) {
      this.setState({ kind: "invalid", problems: prepared.problems });
      return;
    }
    this.start(prepared.body);
  }

  /** The form was replaced by the quote as saved at `version` (after reloading it). */
  reset(version: number): void {
    this.cancelTimer();
    this.generation += 1;
    this.version = version;
    this.edits = 0;
    this.savedEdits = 0;
    this.inFlight = false;
    this.saveAgain = false;
    this.failures = 0;
    this.setState({ kind: "saved", savedAt: null });
  }

  dispose(): void {
    this.cancelTimer();
    this.generation += 1;
  }

  private start(body: B): void {
    const startedAt = this.edits;
    const generation = this.generation;
    this.inFlight = true;
    this.setState({ kind: "saving" });
    this.options.save(body).then(
      (outcome) => generation === this.generation && this.settle(outcome, startedAt),
      (error: unknown) =>
        generation === this.generation &&
        this.settle(
          { ok: false, kind: "failed", message: error instanceof Error ? error.message : String(error) },
          startedAt,
        ),
    );
  }

  private settle(outcome: SaveOutcome, startedAt: number): void {
    this.inFlight = false;
    const again = this.saveAgain;
    this.saveAgain = false;
    if (outcome.ok) {
      this.version = outcome.version;
      this.savedEdits = startedAt;
      this.failures = 0;
      if (this.edits === this.savedEdits) this.setState({ kind: "saved", savedAt: this.timers.now() });
      else if (again) this.saveNow();
      else {
        this.setState({ kind: "pending" });
        this.schedule(this.options.delayMs);
      }
      return;
    }
    if (outcome.kind === "conflict") {
      this.cancelTimer();
      this.setState({ kind: "conflict", message: outcome.message });
    } else if (outcome.kind === "rejected") {
      this.setState({ kind: "rejected", message: outcome.message, problems: outcome.problems ?? [] });
    } else {
      const delays = this.options.retryDelaysMs;
      const wait = delays[Math.min(this.failures, delays.length - 1)] ?? this.options.delayMs;
      this.failures += 1;
      this.setState({ kind: "failed", message: outcome.message, retryAt: this.timers.now() + wait });
      this.schedule(wait);
    }
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      this.saveNow();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }

  private setState(state: SaveState): void {
    // Every keystroke says "pending"; telling the UI once is enough (and spares a render per key).
    if (state.kind === "pending" && this.state.kind === "pending") return;
    this.state = state;
    this.options.onState(state);
  }
}
