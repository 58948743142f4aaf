import type { SyncRecord } from "@/server/salesforce/map-quote-records";
import { sequenceChildObjects, type SequenceChildObject } from "@/server/salesforce/sequence-object-fields";

/** A child record the new version no longer has, to delete from Salesforce by its external id. */
export type SyncDelete = { object: SequenceChildObject; externalId: string; referenceId: string };

/** What one graph request writes: the first also reads the owner (one more node) and writes the quote. */
export type SyncChunk = { first: boolean; records: SyncRecord[]; deletes: SyncDelete[] };

/** Salesforce's limit on the nodes of one composite graph request (reference §2.9). */
export const MAX_GRAPH_NODES = 500;

const shortNames: Record<SequenceChildObject, string> = {
  Sequence_Phase__c: "phase",
  Sequence_Price__c: "price",
  Sequence_Discount__c: "discount",
  Sequence_Minimum__c: "minimum",
};

/**
 * Splits a quote's records and the deletions of the children it no longer has into graph requests of
 * at most `maxNodes` nodes: one request for up to 499 records (the owner read takes a node), then
 * one more per 500. Deletions go last, after everything they could be confused with is written.
 * Also returns the external ids of the children written, which the next sync deletes from.
 */
export function planQuoteSync({
  records,
  previousChildIds,
  maxNodes = MAX_GRAPH_NODES,
}: {
  records: SyncRecord[];
  previousChildIds: Partial<Record<string, string[]>>;
  maxNodes?: number;
}): { chunks: SyncChunk[]; childIds: Record<SequenceChildObject, string[]> } {
  const childIds = Object.fromEntries(sequenceChildObjects.map((object) => [object, [] as string[]])) as Record<
    SequenceChildObject,
    string[]
  >;
  for (const record of records) {
    if (record.object !== "Sequence_Quote__c") childIds[record.object].push(record.externalId);
  }
  const deletes: SyncDelete[] = sequenceChildObjects.flatMap((object) => {
    const keep = new Set(childIds[object].map((id) => id.toLowerCase()));
    return (previousChildIds[object] ?? [])
      .filter((id) => !keep.has(id.toLowerCase()))
      .map((externalId, index) => ({ object, externalId, referenceId: `delete_${shortNames[object]}_${index}` }));
  });

  const chunks: SyncChunk[] = [{ first: true, records: [], deletes: [] }];
  let room = maxNodes - 1;
  const current = () => chunks[chunks.length - 1] as SyncChunk;
  const makeRoom = () => {
    if (room > 0) return;
    chunks.push({ first: false, records: [], deletes: [] });
    room = maxNodes;
  };
  for (const record of records) {
    makeRoom();
    current().records.push(record);
    room--;
  }
  for (const remove of deletes) {
    makeRoom();
    current().deletes.push(remove);
    room--;
  }
  return { chunks, childIds };
}
