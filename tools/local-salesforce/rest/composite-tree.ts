import { z } from "zod";
import { deserializeRecord } from "@/tools/local-salesforce/records/deserialize-record";
import { createRecord } from "@/tools/local-salesforce/records/save-record";
import { notFound, requestError, SfError } from "@/tools/local-salesforce/records/sf-error";
import { parseBody } from "@/tools/local-salesforce/rest/parse-body";
import { REFERENCE_ID } from "@/tools/local-salesforce/rest/composite-subrequest";
import { json, type RestContext, type RestResponse } from "@/tools/local-salesforce/rest/rest-types";
import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { ChildRelationship } from "@/tools/local-salesforce/schema/schema-view";

const treeRecordSchema = z.looseObject({
  attributes: z.looseObject({ type: z.string(), referenceId: z.string() }),
});
const treeSchema = z.object({ records: z.array(treeRecordSchema).min(1) });

type TreeRecord = z.infer<typeof treeRecordSchema>;

/** Limits from `resources_composite_sobject_tree.htm` (reference §2.10). */
const LIMITS = { records: 200, types: 5, levels: 5 };

interface Node {
  record: TreeRecord;
  object: ObjectDefinition;
  level: number;
  parent: Node | null;
  relationship: ChildRelationship | null;
  fields: Record<string, unknown>;
  id?: string;
}

/**
 * POST /composite/tree/X: nested records created parents first, level by level. One failure fails
 * the request: everything is rolled back and the response lists only the failing references
 * (HTTP 400, `statusCode` in errors); success is HTTP 201 with every referenceId and id.
 */
export function compositeTreeEndpoint(ctx: RestContext, type: string, body: unknown): RestResponse {
  const root = ctx.schema.object(type);
  if (!root) throw notFound();
  const { records } = parseBody(treeSchema, body);
  const nodes = flatten(ctx, records, root);
  const failures: Array<{ referenceId: string; errors: unknown[] }> = [];
  const start = ctx.store.mark();
  for (const node of [...nodes].sort((a, b) => a.level - b.level)) {
    if (node.parent && !node.parent.id) continue;
    try {
      const input = deserializeRecord(ctx.schema, node.object, node.fields);
      if (node.parent && node.relationship) input.values.set(node.relationship.field, String(node.parent.id));
      node.id = createRecord(ctx, input);
    } catch (error) {
      if (!(error instanceof SfError)) throw error;
      failures.push({ referenceId: node.record.attributes.referenceId, errors: [error.toCollectionError()] });
    }
  }
  if (failures.length > 0) {
    ctx.store.rollbackTo(start);
    ctx.access.forget();
    return json(400, { hasErrors: true, results: failures });
  }
  const created = [...nodes].sort((a, b) => a.level - b.level);
  return json(201, {
    hasErrors: false,
    results: created.map((node) => ({ referenceId: node.record.attributes.referenceId, id: node.id })),
  });
}

function flatten(ctx: RestContext, records: TreeRecord[], root: ObjectDefinition): Node[] {
  const nodes: Node[] = [];
  const visit = (
    record: TreeRecord,
    object: ObjectDefinition,
    level: number,
    parent: Node | null,
    relationship: ChildRelationship | null,
  ) => {
    if (record.attributes.type.toLowerCase() !== object.name.toLowerCase()) {
      throw requestError(
        "INVALID_TYPE",
        `Record ${record.attributes.referenceId} has type ${record.attributes.type}; expected ${object.name}`,
      );
    }
    const node: Node = { record, object, level, parent, relationship, fields: {} };
    nodes.push(node);
    for (const [key, value] of Object.entries(record)) {
      const child = key === "attributes" ? undefined : ctx.schema.childRelationship(object, key);
      if (!child) {
        if (key !== "attributes") node.fields[key] = value;
        continue;
      }
      const nested = parseBody(treeSchema, value).records;
      for (const childRecord of nested) visit(childRecord, child.childObject, level + 1, node, child);
    }
  };
  for (const record of records) visit(record, root, 1, null, null);
  checkLimits(nodes);
  return nodes;
}

function checkLimits(nodes: Node[]): void {
  const types = new Set(nodes.map((node) => node.object.name));
  const levels = Math.max(...nodes.map((node) => node.level));
  if (nodes.length > LIMITS.records || types.size > LIMITS.types || levels > LIMITS.levels) {
    throw requestError(
      "LIMIT_EXCEEDED",
      `An sObject tree request can hold ${LIMITS.records} records of ${LIMITS.types} types in ${LIMITS.levels} levels; this one has ${nodes.length} records of ${types.size} types in ${levels} levels.`,
    );
  }
  const seen = new Set<string>();
  for (const node of nodes) {
    const referenceId = node.record.attributes.referenceId;
    if (!REFERENCE_ID.test(referenceId) || seen.has(referenceId)) {
      throw requestError("INVALID_INPUT", `Invalid or duplicate referenceId '${referenceId}'.`);
    }
    seen.add(referenceId);
  }
}
