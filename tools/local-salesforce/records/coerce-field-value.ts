import type { FieldDefinition, FieldType } from "@/tools/local-salesforce/schema/object-definition";
import { formatDateTime, isRealDate, parseDateTime } from "@/tools/local-salesforce/records/salesforce-datetime";
import { SfError } from "@/tools/local-salesforce/records/sf-error";
import type { FieldValue } from "@/tools/local-salesforce/store/org-state";

const NUMERIC_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const NUMBER_TYPES: ReadonlySet<FieldType> = new Set(["currency", "double", "percent", "int"]);

/**
 * Turns a JSON value into the value stored for a field, the way Salesforce's JSON deserializer
 * does: numbers in numeric strings and "true"/"false" are accepted; anything else of the wrong
 * shape fails the whole request with JSON_PARSER_ERROR (reference §2.6; the message follows the
 * deserializer's "Cannot deserialize instance of …" wording).
 */
export function coerceFieldValue(field: FieldDefinition, raw: unknown): FieldValue {
  if (raw === null) return field.type === "boolean" ? false : null;
  if (NUMBER_TYPES.has(field.type)) {
    if (typeof raw === "number" && Number.isFinite(raw)) return raw;
    if (typeof raw === "string" && NUMERIC_TEXT.test(raw)) return Number(raw);
    throw parserError(field.type, raw);
  }
  if (field.type === "boolean") {
    if (typeof raw === "boolean") return raw;
    if (typeof raw === "string" && /^(true|false)$/i.test(raw)) return raw.toLowerCase() === "true";
    throw parserError("boolean", raw);
  }
  if (field.type === "date") {
    if (typeof raw === "string" && isRealDate(raw)) return raw;
    throw parserError("date", raw);
  }
  if (field.type === "datetime") {
    const parsed = typeof raw === "string" ? (parseDateTime(raw) ?? dateOnly(raw)) : undefined;
    if (parsed) return formatDateTime(parsed);
    throw parserError("datetime", raw);
  }
  if (typeof raw === "string") return raw;
  if ((typeof raw === "number" || typeof raw === "boolean") && field.type !== "reference" && field.type !== "id") {
    return String(raw);
  }
  throw parserError(field.type === "reference" || field.type === "id" ? "reference" : "string", raw);
}

function dateOnly(text: string): Date | undefined {
  return isRealDate(text) ? new Date(`${text}T00:00:00.000Z`) : undefined;
}

function parserError(typeName: string, raw: unknown): SfError {
  const [token, shown] = jsonToken(raw);
  return new SfError(
    "JSON_PARSER_ERROR",
    `Cannot deserialize instance of ${typeName} from ${token} value ${shown} or request may be missing a required field`,
    { scope: "request" },
  );
}

function jsonToken(raw: unknown): [string, string] {
  if (Array.isArray(raw)) return ["START_ARRAY", "["];
  if (typeof raw === "object" && raw !== null) return ["START_OBJECT", "{"];
  if (typeof raw === "boolean") return [raw ? "VALUE_TRUE" : "VALUE_FALSE", String(raw)];
  if (typeof raw === "number") return [Number.isInteger(raw) ? "VALUE_NUMBER_INT" : "VALUE_NUMBER_FLOAT", String(raw)];
  return ["VALUE_STRING", String(raw)];
}
