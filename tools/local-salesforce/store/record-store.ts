import type { OrgState, StoredRecord } from "@/tools/local-salesforce/store/org-state";

/**
 * The org's records with savepoints. Every change pushes its inverse onto an undo log, so a failed
 * subrequest, a collection record or a whole composite graph can be rolled back to a mark, exactly
 * as Salesforce rolls back a transaction. Work is synchronous, so nothing interleaves with it.
 */
export class RecordStore {
  private undoLog: Array<() => void> = [];
  private changed = false;

  constructor(private readonly state: OrgState) {}

  get(type: string, id: string): StoredRecord | undefined {
    return this.state.records[type]?.[id];
  }

  list(type: string): StoredRecord[] {
    return Object.values(this.state.records[type] ?? {});
  }

  deleted(id: string): { type: string; record: StoredRecord } | undefined {
    return this.state.deleted[id];
  }

  listDeleted(type: string): StoredRecord[] {
    return Object.values(this.state.deleted)
      .filter((entry) => entry.type === type)
      .map((entry) => entry.record);
  }

  insert(type: string, record: StoredRecord): void {
    const id = String(record.Id);
    const table = (this.state.records[type] ??= {});
    table[id] = record;
    this.record(() => delete table[id]);
  }

  replace(type: string, record: StoredRecord): void {
    const id = String(record.Id);
    const table = (this.state.records[type] ??= {});
    const previous = table[id];
    table[id] = record;
    this.record(() => {
      if (previous) table[id] = previous;
      else delete table[id];
    });
  }

  /** Moves a record to the recycle bin. */
  remove(type: string, id: string, deletedRecord: StoredRecord): void {
    const table = this.state.records[type];
    const previous = table?.[id];
    if (!table || !previous) return;
    delete table[id];
    this.state.deleted[id] = { type, record: deletedRecord };
    this.record(() => {
      table[id] = previous;
      delete this.state.deleted[id];
    });
  }

  mark(): number {
    return this.undoLog.length;
  }

  rollbackTo(mark: number): void {
    while (this.undoLog.length > mark) this.undoLog.pop()?.();
  }

  /** Ends the outermost transaction: what is left is committed. */
  commit(): void {
    this.undoLog = [];
  }

  /** True once if anything was committed since the last call (the caller then saves the file). */
  takeChanged(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  private record(undo: () => void): void {
    this.changed = true;
    this.undoLog.push(undo);
  }
}
