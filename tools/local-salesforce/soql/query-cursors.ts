import { randomInt } from "node:crypto";
import { mintId } from "@/tools/local-salesforce/store/mint-id";

interface Cursor {
  userId: string;
  records: Array<Record<string, unknown>>;
  totalSize: number;
  lastUsed: number;
}

/** Salesforce drops a query locator after 15 minutes without use. */
const IDLE_MS = 15 * 60 * 1000;
const MAX_PER_USER = 10;

/**
 * Open query results for queryMore. Like a Salesforce query locator, a cursor is a snapshot taken
 * when the query ran, belongs to the user who ran it, and expires when idle; a user keeps at most
 * ten (the oldest goes first).
 */
export class QueryCursors {
  private readonly cursors = new Map<string, Cursor>();

  open(userId: string, records: Cursor["records"], totalSize: number, now: number): string {
    this.prune(now);
    const mine = [...this.cursors.entries()].filter(([, cursor]) => cursor.userId === userId);
    if (mine.length >= MAX_PER_USER) {
      const oldest = mine.sort(([, a], [, b]) => a.lastUsed - b.lastUsed)[0];
      if (oldest) this.cursors.delete(oldest[0]);
    }
    const id = mintId("01g", randomInt(1, 2 ** 40));
    this.cursors.set(id, { userId, records, totalSize, lastUsed: now });
    return id;
  }

  read(id: string, userId: string, now: number): Cursor | undefined {
    this.prune(now);
    const cursor = this.cursors.get(id);
    if (!cursor || cursor.userId !== userId) return undefined;
    cursor.lastUsed = now;
    return cursor;
  }

  close(id: string): void {
    this.cursors.delete(id);
  }

  clear(): void {
    this.cursors.clear();
  }

  private prune(now: number): void {
    for (const [id, cursor] of this.cursors) {
      if (now - cursor.lastUsed > IDLE_MS) this.cursors.delete(id);
    }
  }
}
