import specs from "@/server/testing/sequence-response-schemas.json";

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  oneOf?: Schema[];
};

type Version = "2024-07-30" | "2024-05-09";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function check(version: Version, schema: Schema, value: unknown, path: string): string[] {
  const at = path || "(body)";
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop() as string;
    return check(version, (specs[version].schemas as Record<string, Schema>)[name] as Schema, value, path);
  }
  if (value === null) return schema.nullable ? [] : [`${at}: is null, which the spec does not allow`];
  if (schema.oneOf) {
    const results = schema.oneOf.map((branch) => check(version, branch, value, path));
    const matches = results.filter((problems) => problems.length === 0).length;
    if (matches === 1) return [];
    if (matches > 1) return [`${at}: matches ${matches} of the spec's alternatives, not exactly one`];
    return results.reduce((best, problems) => (problems.length < best.length ? problems : best));
  }
  if (schema.enum && !schema.enum.includes(value))
    return [`${at}: ${JSON.stringify(value)} is not one of the spec's values`];
  switch (schema.type) {
    case "string":
      if (typeof value !== "string") return [`${at}: should be a string`];
      return schema.format === "date" && !DATE.test(value) ? [`${at}: should be a date (YYYY-MM-DD)`] : [];
    case "integer":
      return Number.isInteger(value) ? [] : [`${at}: should be an integer`];
    case "number":
      return typeof value === "number" ? [] : [`${at}: should be a number`];
    case "boolean":
      return typeof value === "boolean" ? [] : [`${at}: should be a boolean`];
    case "array":
      if (!Array.isArray(value)) return [`${at}: should be an array`];
      return schema.items
        ? value.flatMap((item, index) => check(version, schema.items!, item, `${path}[${index}]`))
        : [];
    default:
      break;
  }
  if (schema.type === "object" || schema.properties) {
    if (typeof value !== "object" || Array.isArray(value)) return [`${at}: should be an object`];
    const record = value as Record<string, unknown>;
    const prefix = path ? `${path}.` : "";
    const missing = (schema.required ?? [])
      .filter((key) => record[key] === undefined)
      .map((key) => `${prefix}${key}: is required by the spec`);
    const declared = Object.entries(schema.properties ?? {}).flatMap(([key, property]) =>
      record[key] === undefined ? [] : check(version, property, record[key], `${prefix}${key}`),
    );
    const extra =
      typeof schema.additionalProperties === "object"
        ? Object.entries(record)
            .filter(([key]) => !(key in (schema.properties ?? {})))
            .flatMap(([key, item]) => check(version, schema.additionalProperties as Schema, item, `${prefix}${key}`))
        : [];
    return [...missing, ...declared, ...extra];
  }
  return [];
}

/**
 * How a response body departs from the response schema Sequence's spec gives for an operation
 * ("POST /customers 201"), as readable problems; none when it conforms. Fields we add beyond the spec
 * are allowed, as the spec allows them.
 */
export function specResponseProblems(version: Version, operation: string, body: unknown): string[] {
  const schema = (specs[version].responses as Record<string, Schema>)[operation];
  if (!schema) throw new Error(`the ${version} spec has no response schema for ${operation}`);
  return check(version, schema, body, "");
}
