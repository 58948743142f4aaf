import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type z } from "zod";

/**
 * A JSON file read through a zod schema and written atomically (temp file, then rename), so a crash
 * mid-write leaves the previous version. Saves are coalesced: many writes in one burst cost one save.
 */
export class JsonFile<T> {
  private timer: NodeJS.Timeout | undefined;
  private pending: (() => T) | undefined;

  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  read(): T | undefined {
    if (!existsSync(this.path)) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(this.path, "utf8"));
    } catch (error) {
      throw new Error(`${this.path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) {
      const problem = parsed.error.issues[0];
      throw new Error(
        `${this.path} is not a local org file this version understands (${problem?.path.join(".")}: ${problem?.message}). Delete it to start afresh.`,
      );
    }
    return parsed.data;
  }

  write(value: T): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, this.path);
  }

  scheduleWrite(snapshot: () => T): void {
    this.pending = snapshot;
    this.timer ??= setTimeout(() => this.flush(), 50);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.write(pending());
  }
}
