import { fieldOutput, recordAttributes } from "@/tools/local-salesforce/records/serialize-record";
import type { WriteContext } from "@/tools/local-salesforce/records/write-context";
import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import { comparable, compareScalars, compareValue } from "@/tools/local-salesforce/soql/compare-values";
import type { ResolvedCondition, ResolvedPath, ResolvedQuery } from "@/tools/local-salesforce/soql/resolved-query";
import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

export type QueryContext = Pick<WriteContext, "store" | "access"> & { version: string; includeDeleted: boolean };

export interface QueryOutcome {
  totalSize: number;
  records: Array<Record<string, unknown>>;
}

/**
 * Runs a resolved query as the user: rows they cannot see are left out, parents they cannot see
 * come back as null, child relationships with no visible rows as null (as Salesforce returns them).
 */
export function runQuery(ctx: QueryContext, query: ResolvedQuery): QueryOutcome {
  const rows = candidates(ctx, query.object).filter((row) => matches(ctx, row, query.where));
  const counts = query.select.filter((item) => item.kind === "count");
  if (counts.length > 0) {
    if (counts.every((item) => item.path === null)) return { totalSize: rows.length, records: [] };
    const aggregate: Record<string, unknown> = { attributes: { type: "AggregateResult" } };
    for (const item of counts) {
      aggregate[item.alias] = item.path
        ? rows.filter((row) => pathValue(ctx, row, item.path as ResolvedPath) !== null).length
        : rows.length;
    }
    return { totalSize: 1, records: [aggregate] };
  }
  const selected = page(sortRows(ctx, rows, query), query);
  return { totalSize: selected.length, records: selected.map((row) => project(ctx, query, row)) };
}

function candidates(ctx: QueryContext, object: ObjectDefinition): StoredRecord[] {
  const live = ctx.store.list(object.name);
  const all = ctx.includeDeleted ? [...live, ...ctx.store.listDeleted(object.name)] : live;
  return all.filter((row) => ctx.access.canRead(object.name, row));
}

function matches(ctx: QueryContext, row: StoredRecord, condition: ResolvedCondition | null): boolean {
  if (!condition) return true;
  switch (condition.kind) {
    case "and":
      return condition.items.every((item) => matches(ctx, row, item));
    case "or":
      return condition.items.some((item) => matches(ctx, row, item));
    case "not":
      return !matches(ctx, row, condition.item);
    case "compare":
      return compareValue(
        condition.path.field,
        pathValue(ctx, row, condition.path),
        condition.operator,
        condition.value,
      );
    case "in": {
      const value = pathValue(ctx, row, condition.path);
      const found = condition.values.some((expected) => compareValue(condition.path.field, value, "=", expected));
      return condition.negated ? !found : found;
    }
  }
}

/** The value at the end of a path, or null when a parent on the way is empty or not visible. */
function pathValue(ctx: QueryContext, row: StoredRecord, path: ResolvedPath): unknown {
  let current: StoredRecord | undefined = row;
  for (const step of path.steps) current = parentOf(ctx, current, step);
  return current ? fieldOutput(path.field, current) : null;
}

function parentOf(
  ctx: QueryContext,
  record: StoredRecord | undefined,
  step: ResolvedPath["steps"][number],
): StoredRecord | undefined {
  const id = record?.[step.field.name];
  if (typeof id !== "string") return undefined;
  const parent = ctx.store.get(step.target.name, id);
  return parent && ctx.access.canRead(step.target.name, parent) ? parent : undefined;
}

function sortRows(ctx: QueryContext, rows: StoredRecord[], query: ResolvedQuery): StoredRecord[] {
  if (query.orderBy.length === 0) return rows;
  return [...rows].sort((left, right) => {
    for (const order of query.orderBy) {
      const a = comparable(order.path.field, pathValue(ctx, left, order.path));
      const b = comparable(order.path.field, pathValue(ctx, right, order.path));
      if (a === b) continue;
      if (a === null || b === null) return (a === null) === order.nullsLast ? 1 : -1;
      const result = compareScalars(a, b);
      if (result !== 0) return order.descending ? -result : result;
    }
    return 0;
  });
}

function page(rows: StoredRecord[], query: ResolvedQuery): StoredRecord[] {
  const start = query.offset ?? 0;
  return rows.slice(start, query.limit === null ? undefined : start + query.limit);
}

function project(ctx: QueryContext, query: ResolvedQuery, row: StoredRecord): Record<string, unknown> {
  const output: Record<string, unknown> = {
    attributes: recordAttributes(ctx.version, query.object.name, String(row.Id)),
  };
  for (const item of query.select) {
    if (item.kind === "field") {
      setPath(ctx, output, row, item.path.steps, item.path);
    } else if (item.kind === "subquery") {
      const { relationship } = item;
      const children = candidates(ctx, relationship.childObject).filter(
        (child) => child[relationship.field.name] === row.Id && matches(ctx, child, item.query.where),
      );
      const selected = page(sortRows(ctx, children, item.query), item.query);
      output[relationship.relationshipName] =
        selected.length === 0
          ? null
          : {
              totalSize: selected.length,
              done: true,
              records: selected.map((child) => project(ctx, item.query, child)),
            };
    }
  }
  return output;
}

function setPath(
  ctx: QueryContext,
  output: Record<string, unknown>,
  record: StoredRecord,
  steps: ResolvedPath["steps"],
  path: ResolvedPath,
): void {
  const [step, ...rest] = steps;
  if (!step) {
    output[path.field.name] = fieldOutput(path.field, record);
    return;
  }
  const name = String(step.field.relationshipName);
  const parent = parentOf(ctx, record, step);
  if (!parent) {
    if (!(name in output)) output[name] = null;
    return;
  }
  const existing = output[name];
  const nested =
    typeof existing === "object" && existing !== null
      ? (existing as Record<string, unknown>)
      : { attributes: recordAttributes(ctx.version, step.target.name, String(parent.Id)) };
  output[name] = nested;
  setPath(ctx, nested, parent, rest, path);
}
