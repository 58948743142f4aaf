import type { FieldDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { ComparisonOperator } from "@/tools/local-salesforce/soql/soql-ast";
import type { ResolvedValue } from "@/tools/local-salesforce/soql/resolved-query";

type Scalar = string | number | boolean | null;

const CASE_INSENSITIVE = new Set(["string", "textarea", "picklist", "email", "phone", "url"]);

/** A value in the form SOQL compares it: text without case, datetimes as instants. */
export function comparable(field: FieldDefinition, value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    if (CASE_INSENSITIVE.has(field.type)) return value.toLowerCase();
    if (field.type === "datetime") return new Date(value.replace("+0000", "Z")).getTime();
    return value;
  }
  return typeof value === "number" || typeof value === "boolean" ? value : null;
}

/**
 * One SOQL comparison. Unlike SQL, SOQL's `!=` and NOT IN match null values; ordering operators
 * never match null. Relative date literals compare as day ranges.
 */
export function compareValue(
  field: FieldDefinition,
  raw: unknown,
  operator: ComparisonOperator,
  expected: ResolvedValue,
): boolean {
  if (expected.kind === "range") return inRange(raw, operator, expected.start, expected.end);
  const value = comparable(field, raw);
  const target = comparable(field, expected.value);
  switch (operator) {
    case "=":
      return value === target;
    case "!=":
      return value !== target;
    case "like":
      return typeof value === "string" && typeof expected.value === "string" && likePattern(expected.value).test(value);
    default:
      if (value === null || target === null) return false;
      return orderingHolds(operator, compareScalars(value, target));
  }
}

function inRange(raw: unknown, operator: ComparisonOperator, start: string, end: string): boolean {
  if (typeof raw !== "string") return operator === "!=";
  const day = raw.slice(0, 10);
  switch (operator) {
    case "=":
      return day >= start && day <= end;
    case "!=":
      return day < start || day > end;
    case "<":
      return day < start;
    case "<=":
      return day <= end;
    case ">":
      return day > end;
    case ">=":
      return day >= start;
    default:
      return false;
  }
}

function orderingHolds(operator: ComparisonOperator, order: number): boolean {
  if (operator === "<") return order < 0;
  if (operator === "<=") return order <= 0;
  if (operator === ">") return order > 0;
  return order >= 0;
}

export function compareScalars(left: Exclude<Scalar, null>, right: Exclude<Scalar, null>): number {
  if (typeof left === "number" && typeof right === "number") return left - right;
  if (typeof left === "boolean" && typeof right === "boolean") return Number(left) - Number(right);
  const a = String(left);
  const b = String(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `%` is any run of characters, `_` one character; `\%` and `\_` are literal. Case-insensitive. */
function likePattern(pattern: string): RegExp {
  let source = "";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern.charAt(index);
    if (char === "\\" && (pattern.charAt(index + 1) === "%" || pattern.charAt(index + 1) === "_")) {
      source += pattern.charAt(index + 1);
      index++;
    } else if (char === "%") source += ".*";
    else if (char === "_") source += ".";
    else source += char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "is");
}
