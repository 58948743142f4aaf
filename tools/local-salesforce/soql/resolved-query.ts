import type { ComparisonOperator } from "@/tools/local-salesforce/soql/soql-ast";
import type { FieldDefinition, ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { ChildRelationship } from "@/tools/local-salesforce/schema/schema-view";

/** A field reached from the queried object through zero or more parent relationships. */
export interface ResolvedPath {
  /** Reference fields traversed, each paired with the object it leads to. */
  steps: Array<{ field: FieldDefinition; target: ObjectDefinition }>;
  field: FieldDefinition;
}

/** A literal checked against its field: a plain value, or a day range for relative date literals. */
export type ResolvedValue =
  { kind: "value"; value: string | number | boolean | null } | { kind: "range"; start: string; end: string };

export type ResolvedCondition =
  | { kind: "and" | "or"; items: ResolvedCondition[] }
  | { kind: "not"; item: ResolvedCondition }
  | { kind: "compare"; path: ResolvedPath; operator: ComparisonOperator; value: ResolvedValue }
  | { kind: "in"; path: ResolvedPath; negated: boolean; values: ResolvedValue[] };

export type ResolvedSelect =
  | { kind: "field"; path: ResolvedPath }
  | { kind: "subquery"; relationship: ChildRelationship; query: ResolvedQuery }
  | { kind: "count"; path: ResolvedPath | null; alias: string };

export interface ResolvedQuery {
  object: ObjectDefinition;
  select: ResolvedSelect[];
  where: ResolvedCondition | null;
  orderBy: Array<{ path: ResolvedPath; descending: boolean; nullsLast: boolean }>;
  limit: number | null;
  offset: number | null;
}
