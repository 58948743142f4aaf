import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AutosaveScheduler,
  type PreparedSave,
  type SaveOutcome,
  type SaveState,
} from "@/lib/quotes/autosave-scheduler";

type Body = { version: number; text: string };

/** A save the test resolves by hand, to hold it in flight. */
function deferred() {
  let resolve!: (outcome: SaveOutcome) => void;
  const promise = new Promise<SaveOutcome>((done) => (resolve = done));
  return { promise, resolve };
}

function setup(options: { prepare?: (version: number) => PreparedSave<Body> } = {}) {
  let text = "a";
  const saves: { body: Body; resolve: (outcome: SaveOutcome) => void }[] = [];
  const states: SaveState[] = [];
  const scheduler = new AutosaveScheduler<Body>({
    version: 3,
    delayMs: 500,
    retryDelaysMs: [1_000, 5_000],
    prepare: options.prepare ?? ((version) => ({ ok: true, body: { version, text } })),
    save: (body) => {
      const { promise, resolve } = deferred();
      saves.push({ body, resolve });
      return promise;
    },
    onState: (state) => states.push(state),
  });
  const edit = (next: string) => {
    text = next;
    scheduler.changed();
  };
  const last = () => states[states.length - 1];
  return { scheduler, saves, states, edit, last };
}

/** Lets the scheduler see a resolved save (promise callbacks run on the microtask queue). */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("AutosaveScheduler", () => {
  it("waits for a pause in typing, then saves once with the version it started from", async () => {
    const { saves, edit, last } = setup();
    edit("ab");
    await vi.advanceTimersByTimeAsync(300);
    edit("abc");
    await vi.advanceTimersByTimeAsync(499);
    expect(saves).toHaveLength(0);
    expect(last()).toEqual({ kind: "pending" });
    await vi.advanceTimersByTimeAsync(1);
    expect(saves.map((save) => save.body)).toEqual([{ version: 3, text: "abc" }]);
    expect(last()).toEqual({ kind: "saving" });
    saves[0]!.resolve({ ok: true, version: 4 });
    await settle();
    expect(last()).toMatchObject({ kind: "saved" });
  });

  it("never has two saves in flight: an edit during a save is saved after it, with the new version", async () => {
    const { scheduler, saves, edit, last } = setup();
    edit("one");
    await vi.advanceTimersByTimeAsync(500);
    edit("two");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(saves).toHaveLength(1);
    expect(scheduler.hasUnsavedChanges).toBe(true);
    saves[0]!.resolve({ ok: true, version: 4 });
    await settle();
    expect(saves.map((save) => save.body)).toEqual([
      { version: 3, text: "one" },
      { version: 4, text: "two" },
    ]);
    saves[1]!.resolve({ ok: true, version: 5 });
    await settle();
    expect(last()).toMatchObject({ kind: "saved" });
    expect(scheduler.hasUnsavedChanges).toBe(false);
    expect(scheduler.currentVersion).toBe(5);
  });

  it("keeps the changes when a save fails and retries them, backing off", async () => {
    const { scheduler, saves, edit, last } = setup();
    edit("kept");
    await vi.advanceTimersByTimeAsync(500);
    saves[0]!.resolve({ ok: false, kind: "failed", message: "The app could not be reached." });
    await settle();
    expect(last()).toMatchObject({ kind: "failed", message: "The app could not be reached." });
    expect(scheduler.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves[1]!.body).toEqual({ version: 3, text: "kept" });
    saves[1]!.resolve({ ok: false, kind: "failed", message: "again" });
    await settle();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(saves).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    saves[2]!.resolve({ ok: true, version: 4 });
    await settle();
    expect(last()).toMatchObject({ kind: "saved" });
  });

  it("retries at once when asked", async () => {
    const { scheduler, saves, edit } = setup();
    edit("x");
    await vi.advanceTimersByTimeAsync(500);
    saves[0]!.resolve({ ok: false, kind: "failed", message: "down" });
    await settle();
    scheduler.saveNow();
    expect(saves).toHaveLength(2);
  });

  it("treats a thrown save as a failed one", async () => {
    const states: SaveState[] = [];
    const scheduler = new AutosaveScheduler<string>({
      version: 1,
      delayMs: 10,
      retryDelaysMs: [100],
      prepare: () => ({ ok: true, body: "b" }),
      save: () => Promise.reject(new Error("boom")),
      onState: (state) => states.push(state),
    });
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(10);
    expect(states[states.length - 1]).toMatchObject({ kind: "failed", message: "boom" });
  });

  it("stops on a stale version until the quote is reloaded", async () => {
    const { scheduler, saves, edit, last } = setup();
    edit("mine");
    await vi.advanceTimersByTimeAsync(500);
    saves[0]!.resolve({ ok: false, kind: "conflict", message: "This quote changed since you loaded it." });
    await settle();
    expect(last()).toEqual({ kind: "conflict", message: "This quote changed since you loaded it." });
    edit("more");
    await vi.advanceTimersByTimeAsync(60_000);
    scheduler.saveNow();
    expect(saves).toHaveLength(1);
    expect(last()).toMatchObject({ kind: "conflict" });
    expect(scheduler.hasUnsavedChanges).toBe(true);

    scheduler.reset(7);
    expect(last()).toMatchObject({ kind: "saved" });
    expect(scheduler.hasUnsavedChanges).toBe(false);
    edit("after reload");
    await vi.advanceTimersByTimeAsync(500);
    expect(saves[1]!.body).toEqual({ version: 7, text: "after reload" });
  });

  it("sends nothing while the form has problems, and saves once they are fixed", async () => {
    let valid = false;
    const { saves, edit, last } = setup({
      prepare: (version) =>
        valid
          ? { ok: true, body: { version, text: "fixed" } }
          : { ok: false, problems: [{ path: "title", message: "too long" }] },
    });
    edit("bad");
    await vi.advanceTimersByTimeAsync(500);
    expect(saves).toHaveLength(0);
    expect(last()).toEqual({ kind: "invalid", problems: [{ path: "title", message: "too long" }] });
    valid = true;
    edit("fixed");
    await vi.advanceTimersByTimeAsync(500);
    expect(saves.map((save) => save.body)).toEqual([{ version: 3, text: "fixed" }]);
  });

  it("does not retry a save the API refused until the next edit", async () => {
    const { saves, edit, last } = setup();
    edit("contact of another customer");
    await vi.advanceTimersByTimeAsync(500);
    const problems = [{ path: "contactIds[0]", message: "is not a contact of this quote's customer" }];
    saves[0]!.resolve({ ok: false, kind: "rejected", message: "The quote has 1 problem", problems });
    await settle();
    expect(last()).toEqual({ kind: "rejected", message: "The quote has 1 problem", problems });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves).toHaveLength(1);
    edit("fixed");
    await vi.advanceTimersByTimeAsync(500);
    expect(saves).toHaveLength(2);
  });

  it("ignores a save that was in flight when the quote was reloaded", async () => {
    const { scheduler, saves, edit, last } = setup();
    edit("racing");
    await vi.advanceTimersByTimeAsync(500);
    scheduler.reset(9);
    saves[0]!.resolve({ ok: true, version: 4 });
    await settle();
    expect(scheduler.currentVersion).toBe(9);
    expect(last()).toEqual({ kind: "saved", savedAt: null });
  });
});
