import type { CurrencyCode } from "@/lib/money/currencies";
import type { LinePricing, PricedQuoteIndex } from "@/lib/quotes/index-priced-quote";
import type { Problem } from "@/lib/schemas/problems";

const NONE: readonly Problem[] = [];

const sameProblems = (a: readonly Problem[], b: readonly Problem[]) =>
  a.length === b.length &&
  a.every((problem, index) => problem.path === b[index]?.path && problem.message === b[index]?.message);

const sameLine = (a: LinePricing, b: LinePricing) =>
  a.total === b.total && a.quantity === b.quantity && sameProblems(a.warnings, b.warnings);

/**
 * The latest pricing, for the many small components that each show one line's total or one place's
 * warnings. A new pricing keeps the previous object wherever nothing changed, so a component that
 * reads its own entry (useSyncExternalStore) re-renders only when that entry did: typing a quantity
 * re-renders one line's total, not 500.
 */
export class PricedQuoteStore {
  private lines: ReadonlyMap<string, LinePricing> = new Map();
  private warnings: ReadonlyMap<string, readonly Problem[]> = new Map();
  private currencyCode: CurrencyCode | null = null;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  line(temporaryId: string): LinePricing | undefined {
    return this.lines.get(temporaryId);
  }

  warningsAt(path: string): readonly Problem[] {
    return this.warnings.get(path) ?? NONE;
  }

  get currency(): CurrencyCode | null {
    return this.currencyCode;
  }

  publish(index: PricedQuoteIndex | null, currency: CurrencyCode | null): void {
    const lines = new Map<string, LinePricing>();
    for (const [id, line] of index?.lines ?? []) {
      const previous = this.lines.get(id);
      lines.set(id, previous && sameLine(previous, line) ? previous : line);
    }
    const warnings = new Map<string, readonly Problem[]>();
    for (const [path, list] of index?.warningsAt ?? []) {
      const previous = this.warnings.get(path);
      warnings.set(path, previous && sameProblems(previous, list) ? previous : list);
    }
    this.lines = lines;
    this.warnings = warnings;
    this.currencyCode = currency;
    for (const listener of this.listeners) listener();
  }
}
