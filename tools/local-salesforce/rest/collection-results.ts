import { SfError } from "@/tools/local-salesforce/records/sf-error";
import type { RestContext } from "@/tools/local-salesforce/rest/rest-types";

export interface CollectionResult {
  id?: string;
  success: boolean;
  errors: Array<{ statusCode: string; message: string; fields: string[] }>;
  created?: boolean;
}

export interface CollectionItem {
  /** Reported with the result even when the item fails (updates and deletes know it). */
  knownId?: string;
  /** Rolled-back updates and upserts keep their id in the result; rolled-back inserts have none. */
  keepIdOnRollback: boolean;
  run: () => { id: string; created?: boolean };
}

/** sObject Collections' limit (reference §2.7); the code is the one Salesforce uses for record-count limits. */
export const COLLECTION_LIMIT = 200;

export function checkCollectionSize(count: number, limit = COLLECTION_LIMIT): void {
  if (count > limit) {
    throw new SfError(
      "EXCEEDED_ID_LIMIT",
      `record limit reached. cannot submit more than ${limit} records into this call`,
      {
        scope: "request",
      },
    );
  }
}

/**
 * Runs each item in its own savepoint and reports per record (HTTP 200 either way). With allOrNone
 * every change is rolled back as soon as one record fails; the failed records keep their errors
 * and the others report ALL_OR_NONE_OPERATION_ROLLED_BACK (reference §2.7, quoted responses).
 */
export function runCollection(ctx: RestContext, items: CollectionItem[], allOrNone: boolean): CollectionResult[] {
  const start = ctx.store.mark();
  const results = items.map((item): CollectionResult => {
    const mark = ctx.store.mark();
    try {
      const { id, created } = item.run();
      return created === undefined ? { id, success: true, errors: [] } : { id, success: true, errors: [], created };
    } catch (error) {
      if (!(error instanceof SfError)) throw error;
      ctx.store.rollbackTo(mark);
      const failure: CollectionResult = { success: false, errors: [error.toCollectionError()] };
      return item.knownId ? { id: item.knownId, ...failure } : failure;
    }
  });
  if (!allOrNone || results.every((result) => result.success)) return results;
  ctx.store.rollbackTo(start);
  ctx.access.forget();
  return results.map((result, index) => {
    if (!result.success) return result;
    const rolledBack: CollectionResult = {
      success: false,
      errors: [
        {
          statusCode: "ALL_OR_NONE_OPERATION_ROLLED_BACK",
          message: "Record rolled back because not all records were valid and the request was using AllOrNone header",
          fields: [],
        },
      ],
    };
    const keepId = items[index]?.keepIdOnRollback && result.created !== true;
    return keepId && result.id ? { id: result.id, ...rolledBack } : rolledBack;
  });
}
