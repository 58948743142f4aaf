import { gt, lt, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { ListQuery, Page } from "@/lib/schemas/pagination";
import { ApiError } from "@/server/api/api-error";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sequence's cursors are the base64 of a record id; ours too. Ids are UUIDv7, so id order is creation order. */
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
 * One page of a list, newest first, with Sequence's `items` + `pagination` envelope. `fetch` runs the
 * list query with the extra cursor condition and order it is given; `count` counts every match.
 */
export async function listPage<T extends { id: string }>({
  query,
  idColumn,
  fetch,
  count,
}: {
  query: ListQuery;
  idColumn: PgColumn;
  fetch: (page: { cursor: SQL | undefined; order: "asc" | "desc"; limit: number }) => Promise<T[]>;
  count: () => Promise<number>;
}): Promise<Page<T>> {
  const backwards = query.before !== undefined && query.after === undefined;
  const cursor = query.after
    ? lt(idColumn, decodeCursor("after", query.after))
    : query.before
      ? gt(idColumn, decodeCursor("before", query.before))
      : undefined;
  // One after the other: the caller may be inside a transaction, whose single connection runs one query at a time.
  const rows = await fetch({ cursor, order: backwards ? "asc" : "desc", limit: query.limit + 1 });
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
