import { canonicalId18 } from "@/lib/salesforce/record-id";
import { formatDateTime, parseDateTime } from "@/tools/local-salesforce/records/salesforce-datetime";
import type { FieldDefinition, FieldType } from "@/tools/local-salesforce/schema/object-definition";
import type { ComparisonOperator, Literal } from "@/tools/local-salesforce/soql/soql-ast";
import { soqlError } from "@/tools/local-salesforce/soql/soql-error";
import type { ResolvedValue } from "@/tools/local-salesforce/soql/resolved-query";

const TEXT: ReadonlySet<FieldType> = new Set(["string", "textarea", "picklist", "email", "phone", "url"]);
const NUMBER: ReadonlySet<FieldType> = new Set(["currency", "double", "percent", "int"]);

/**
 * Checks a filter literal against its field the way Salesforce does: strings quoted, numbers,
 * booleans and dates not; ids must be ids. Messages are Salesforce's (INVALID_FIELD "value of filter
 * criterion …", INVALID_QUERY_FILTER_OPERATOR "invalid ID field: …").
 */
export function resolveLiteral(
  query: string,
  field: FieldDefinition,
  operator: ComparisonOperator | "in",
  literal: Literal,
  today: string,
): ResolvedValue {
  if (literal.kind === "null") return { kind: "value", value: null };
  const fail = (message: string, code = "INVALID_FIELD") => soqlError(code, query, literal.position, message);
  const mustBe = (type: string, quoted: boolean) =>
    fail(
      `value of filter criterion for field '${field.name}' must be of type ${type} and should ${quoted ? "" : "not "}be enclosed in quotes`,
    );
  if (operator === "like" && !TEXT.has(field.type)) {
    throw fail(`invalid operator on ${field.type} field`, "INVALID_QUERY_FILTER_OPERATOR");
  }
  if (TEXT.has(field.type)) {
    if (literal.kind !== "string") throw mustBe("string", true);
    return { kind: "value", value: literal.value };
  }
  if (field.type === "id" || field.type === "reference") {
    if (literal.kind !== "string") throw mustBe("id", true);
    const id = canonicalId18(literal.value);
    if (!id) throw fail(`invalid ID field: ${literal.value}`, "INVALID_QUERY_FILTER_OPERATOR");
    return { kind: "value", value: id };
  }
  if (field.type === "boolean") {
    if (literal.kind !== "boolean") throw mustBe("boolean", false);
    return { kind: "value", value: literal.value };
  }
  if (NUMBER.has(field.type)) {
    if (literal.kind !== "number") throw mustBe(field.type === "int" ? "int" : "double", false);
    return { kind: "value", value: literal.value };
  }
  if (field.type === "date" || field.type === "datetime") {
    if (literal.kind === "relative") return relativeRange(literal.name, literal.n, today);
    if (field.type === "date" && literal.kind === "date") return { kind: "value", value: literal.value };
    if (field.type === "datetime" && literal.kind === "datetime") {
      const parsed = parseDateTime(literal.value);
      if (parsed) return { kind: "value", value: formatDateTime(parsed) };
    }
    throw mustBe(field.type === "date" ? "date" : "dateTime", false);
  }
  throw fail(`field '${field.name}' can not be filtered in a query call`);
}

/** Day ranges (UTC) for Salesforce's relative date literals; LAST_N_DAYS and NEXT_N_DAYS include today. */
function relativeRange(name: string, n: number | null, today: string): ResolvedValue {
  const day = (offset: number) => shiftDays(today, offset);
  const [year, month] = today.split("-").map(Number) as [number, number];
  const monthRange = (delta: number) => {
    const first = new Date(Date.UTC(year, month - 1 + delta, 1));
    const last = new Date(Date.UTC(year, month + delta, 0));
    return { kind: "range" as const, start: isoDay(first), end: isoDay(last) };
  };
  const yearRange = (delta: number) => ({
    kind: "range" as const,
    start: `${year + delta}-01-01`,
    end: `${year + delta}-12-31`,
  });
  switch (name) {
    case "TODAY":
      return { kind: "range", start: today, end: today };
    case "YESTERDAY":
      return { kind: "range", start: day(-1), end: day(-1) };
    case "TOMORROW":
      return { kind: "range", start: day(1), end: day(1) };
    case "LAST_N_DAYS":
      return { kind: "range", start: day(-(n ?? 0)), end: today };
    case "NEXT_N_DAYS":
      return { kind: "range", start: today, end: day(n ?? 0) };
    case "THIS_MONTH":
      return monthRange(0);
    case "LAST_MONTH":
      return monthRange(-1);
    case "NEXT_MONTH":
      return monthRange(1);
    case "LAST_YEAR":
      return yearRange(-1);
    case "NEXT_YEAR":
      return yearRange(1);
    default:
      return yearRange(0);
  }
}

function shiftDays(day: string, offset: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return isoDay(date);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
