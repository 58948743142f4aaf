import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { SchemaView } from "@/tools/local-salesforce/schema/schema-view";
import type { Condition, FieldPath, SelectItem, SoqlQuery } from "@/tools/local-salesforce/soql/soql-ast";
import { requestError } from "@/tools/local-salesforce/records/sf-error";
import { soqlError } from "@/tools/local-salesforce/soql/soql-error";
import { resolveLiteral } from "@/tools/local-salesforce/soql/resolve-literal";
import type {
  ResolvedCondition,
  ResolvedPath,
  ResolvedQuery,
  ResolvedSelect,
} from "@/tools/local-salesforce/soql/resolved-query";

const WSDL_HINT = "Please reference your WSDL or the describe call for the appropriate names.";

/** Binds a parsed query to the schema; unknown names fail with Salesforce's messages (reference §2.5). */
export function resolveQuery(schema: SchemaView, text: string, query: SoqlQuery, today: string): ResolvedQuery {
  const object = schema.object(query.from.name);
  if (!object) {
    throw soqlError(
      "INVALID_TYPE",
      text,
      query.from.position,
      `sObject type '${query.from.name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. ${WSDL_HINT}`,
    );
  }
  return new Resolver(schema, text, today).query(object, query);
}

class Resolver {
  constructor(
    private readonly schema: SchemaView,
    private readonly text: string,
    private readonly today: string,
  ) {}

  query(object: ObjectDefinition, query: SoqlQuery): ResolvedQuery {
    const select = query.select.map((item, index) => this.selectItem(object, item, index));
    checkNoDuplicateFields(query.select, select);
    const counts = select.filter((item) => item.kind === "count");
    if (counts.length > 0 && counts.length !== select.length) {
      throw soqlError("MALFORMED_QUERY", this.text, query.from.position, "Field must be grouped or aggregated");
    }
    for (const order of query.orderBy) this.checkSortable(object, order.path);
    return {
      object,
      select,
      where: query.where ? this.condition(object, query.where) : null,
      orderBy: query.orderBy.map((order) => ({ ...order, path: this.path(object, order.path) })),
      limit: query.limit,
      offset: query.offset,
    };
  }

  private selectItem(object: ObjectDefinition, item: SelectItem, index: number): ResolvedSelect {
    if (item.kind === "field") return { kind: "field", path: this.path(object, item.path) };
    if (item.kind === "count") {
      return {
        kind: "count",
        path: item.path ? this.path(object, item.path) : null,
        alias: item.alias ?? `expr${index}`,
      };
    }
    const relationship = this.schema.childRelationship(object, item.query.from.name);
    if (!relationship) {
      throw soqlError(
        "INVALID_TYPE",
        this.text,
        item.query.from.position,
        `Didn't understand relationship '${item.query.from.name}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${WSDL_HINT}`,
      );
    }
    return { kind: "subquery", relationship, query: this.query(relationship.childObject, item.query) };
  }

  private condition(object: ObjectDefinition, condition: Condition): ResolvedCondition {
    switch (condition.kind) {
      case "and":
      case "or":
        return { kind: condition.kind, items: condition.items.map((item) => this.condition(object, item)) };
      case "not":
        return { kind: "not", item: this.condition(object, condition.item) };
      case "compare": {
        const path = this.filterable(object, condition.path);
        const value = resolveLiteral(this.text, path.field, condition.operator, condition.value, this.today);
        return { kind: "compare", path, operator: condition.operator, value };
      }
      case "in": {
        const path = this.filterable(object, condition.path);
        const values = condition.values.map((literal) =>
          resolveLiteral(this.text, path.field, "in", literal, this.today),
        );
        return { kind: "in", path, negated: condition.negated, values };
      }
    }
  }

  private filterable(object: ObjectDefinition, path: FieldPath): ResolvedPath {
    const resolved = this.path(object, path);
    if (!resolved.field.filterable) {
      throw soqlError(
        "INVALID_FIELD",
        this.text,
        path.position,
        `field '${resolved.field.name}' can not be filtered in a query call`,
      );
    }
    return resolved;
  }

  private checkSortable(object: ObjectDefinition, path: FieldPath): void {
    const resolved = this.path(object, path);
    if (!resolved.field.sortable) {
      throw soqlError(
        "INVALID_FIELD",
        this.text,
        path.position,
        `field '${resolved.field.name}' can not be sorted in a query call`,
      );
    }
  }

  path(object: ObjectDefinition, path: FieldPath): ResolvedPath {
    let names = path.parts;
    const first = names[0] ?? "";
    if (
      names.length > 1 &&
      first.toLowerCase() === object.name.toLowerCase() &&
      !this.schema.relationshipField(object, first)
    ) {
      names = names.slice(1);
    }
    const steps: ResolvedPath["steps"] = [];
    let current = object;
    for (const name of names.slice(0, -1)) {
      const field = this.schema.relationshipField(current, name);
      const target = field ? this.schema.object(String(field.referenceTo[0])) : undefined;
      if (!field || !target) {
        throw soqlError(
          "INVALID_FIELD",
          this.text,
          path.position,
          `Didn't understand relationship '${name}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${WSDL_HINT}`,
        );
      }
      steps.push({ field, target });
      current = target;
    }
    const last = names[names.length - 1] ?? "";
    const field = this.schema.field(current, last);
    if (!field) {
      throw soqlError(
        "INVALID_FIELD",
        this.text,
        path.position,
        `No such column '${last}' on entity '${current.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. ${WSDL_HINT}`,
      );
    }
    return { steps, field };
  }
}

/**
 * Salesforce refuses a field selected twice, however it is spelled (SOQL reference, FIELDS():
 * 400 INVALID_FIELD "duplicate field selected: Id", quoted without the position preamble).
 */
function checkNoDuplicateFields(written: SelectItem[], resolved: ResolvedSelect[]): void {
  const seen = new Set<string>();
  resolved.forEach((item, index) => {
    if (item.kind !== "field") return;
    const key = [...item.path.steps.map((step) => step.field.name), item.path.field.name].join(".").toLowerCase();
    if (seen.has(key)) {
      const source = written[index];
      const name = source?.kind === "field" ? source.path.parts.join(".") : item.path.field.name;
      throw requestError("INVALID_FIELD", `duplicate field selected: ${name}`);
    }
    seen.add(key);
  });
}
