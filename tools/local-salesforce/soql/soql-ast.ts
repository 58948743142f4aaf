export interface FieldPath {
  parts: string[];
  position: number;
}

export type Literal =
  | { kind: "string"; value: string; position: number }
  | { kind: "number"; value: number; position: number }
  | { kind: "boolean"; value: boolean; position: number }
  | { kind: "null"; position: number }
  | { kind: "date"; value: string; position: number }
  | { kind: "datetime"; value: string; position: number }
  | { kind: "relative"; name: string; n: number | null; position: number };

export type ComparisonOperator = "=" | "!=" | "<" | "<=" | ">" | ">=" | "like";

export type Condition =
  | { kind: "and" | "or"; items: Condition[] }
  | { kind: "not"; item: Condition }
  | { kind: "compare"; path: FieldPath; operator: ComparisonOperator; value: Literal }
  | { kind: "in"; path: FieldPath; negated: boolean; values: Literal[] };

export interface OrderItem {
  path: FieldPath;
  descending: boolean;
  nullsLast: boolean;
}

export type SelectItem =
  | { kind: "field"; path: FieldPath }
  | { kind: "subquery"; query: SoqlQuery; position: number }
  | { kind: "count"; path: FieldPath | null; alias: string | null; position: number };

export interface SoqlQuery {
  select: SelectItem[];
  from: { name: string; position: number };
  where: Condition | null;
  orderBy: OrderItem[];
  limit: number | null;
  offset: number | null;
}
