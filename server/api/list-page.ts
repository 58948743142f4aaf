import { asc, desc, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { ListQuery, Page } from "@/lib/schemas/pagination";
import { ApiError } from "@/server/api/api-error";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sequence's cursors are the base64 of a record id; ours too. */
function decodeCursor(name: "after" | "before", cursor: string): string {
  const id = Buffer.from(cursor, "base64").toString("utf8");
  if (!UUID.test(id)) {
    throw ApiError.validation(
      [{ path: name, message: "is not a cursor from this API; pass back a pagination value you received" }],
      "query string",
    );
  }
  return id;
}

const encodeCursor = (id: string) => Buffer.from(id, "utf8").toString("base64");

/**
 * One page of a list in Sequence's `items` + `pagination` envelope, ordered by `sortKey` (creation
 * time unless the caller sorts by something else) in `query.sortOrder`, ties broken by id. Creation
 * time rather than the id alone: seeded records have name-based ids that say nothing about their age.
 * A cursor is a record id; the page continues from that record's sort key, read from `table`, so
 * `sortKey` must be an expression over `table`'s columns that is never null. `fetch` runs the list
 * query with the cursor condition, order and limit it is given; `count` counts every match.
 */
export async function listPage<T extends { id: string }>({
  query,
  table,
  idColumn,
  sortKey,
  fetch,
  count,
}: {
  query: ListQuery;
  table: PgTable;
  idColumn: PgColumn;
  sortKey: PgColumn | SQL;
  fetch: (page: { cursor: SQL | undefined; orderBy: SQL[]; limit: number }) => Promise<T[]>;
  count: () => Promise<number>;
}): Promise<Page<T>> {
  const backwards = query.before !== undefined && query.after === undefined;
  // Reading backwards walks the list in reverse from the cursor, then flips the page.
  const ascending = (query.sortOrder === "ASC") !== backwards;
  const cursorId = query.after
    ? decodeCursor("after", query.after)
    : query.before
      ? decodeCursor("before", query.before)
      : undefined;
  const cursor = cursorId
    ? sql`(${sortKey}, ${idColumn}) ${ascending ? sql`>` : sql`<`} (select ${sortKey}, ${idColumn} from ${table} where ${idColumn} = ${cursorId})`
    : undefined;
  const direction = ascending ? asc : desc;
  // One after the other: the caller may be inside a transaction, whose single connection runs one query at a time.
  const rows = await fetch({ cursor, orderBy: [direction(sortKey), direction(idColumn)], limit: query.limit + 1 });
  const totalResultSize = await count();
  const hasMore = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  if (backwards) items.reverse();
  const first = items[0];
  const last = items[items.length - 1];
  const moreAfter = backwards ? first !== undefined : hasMore;
  const moreBefore = backwards ? hasMore : query.after !== undefined && first !== undefined;
  return {
    items,
    pagination: {
      ...(moreAfter && last ? { after: encodeCursor(last.id) } : {}),
      ...(moreBefore && first ? { before: encodeCursor(first.id) } : {}),
      totalResultSize,
    },
  };
}
