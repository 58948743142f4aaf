import type { SyncRecord } from "@/server/salesforce/map-quote-records";
import type { SyncChunk, SyncDelete } from "@/server/salesforce/plan-quote-sync";
import { EXTERNAL_ID_FIELD } from "@/server/salesforce/sequence-object-fields";

export type GraphNode = {
  method: "GET" | "PATCH" | "DELETE";
  url: string;
  referenceId: string;
  body?: Record<string, unknown>;
};

export type GraphRequestBody = { graphs: { graphId: string; compositeRequest: GraphNode[] }[] };

/**
 * Where the owner (and the account) of the records comes from. The first request reads them in its
 * own first node (the opportunity's owner and account; without an opportunity, the linked account's
 * owner) and later nodes reference it; later requests carry the values the first one read.
 */
export type OwnerSource =
  | { kind: "read"; object: "Opportunity" | "Account"; id: string }
  | { kind: "known"; ownerId: string; accountId: string | null };

/** The referenceId of the node that reads the owner. */
export const OWNER_REFERENCE = "owner";
/** The id of the graph that writes the records (deletions may get graphs of their own). */
export const MAIN_GRAPH_ID = "quote";

/**
 * The body of one `POST /composite/graph` for a chunk of a quote's sync: upserts on `Sequence_Id__c`
 * (PATCH on the external-id URL), each record with `OwnerId` and `CurrencyIsoCode`; children linked
 * to the quote and their phase by reference when the parent is written in the same request, else by
 * the parent's external id (`Quote__r: {Sequence_Id__c: …}`). Deletions are DELETE nodes in the same
 * graph, so the quote and the children it lost change together; with `separateDeletes`, each
 * deletion is a graph of its own instead (one that finds its record already gone then fails alone).
 */
export function toGraphRequestBody({
  chunk,
  quoteId,
  currency,
  opportunityId,
  accountId,
  apiVersion,
  owner,
  separateDeletes = false,
}: {
  chunk: SyncChunk;
  quoteId: string;
  currency: string;
  opportunityId: string | null;
  accountId: string | null;
  apiVersion: string;
  owner: OwnerSource;
  separateDeletes?: boolean;
}): GraphRequestBody {
  const base = `/services/data/v${apiVersion}/sobjects`;
  const nodes: GraphNode[] = [];
  if (owner.kind === "read" && chunk.records.length > 0) {
    const fields = owner.object === "Opportunity" ? "OwnerId,AccountId" : "OwnerId";
    nodes.push({
      method: "GET",
      url: `${base}/${owner.object}/${owner.id}?fields=${fields}`,
      referenceId: OWNER_REFERENCE,
    });
  }
  const ownerId = owner.kind === "read" ? `@{${OWNER_REFERENCE}.OwnerId}` : owner.ownerId;
  const account =
    accountId ??
    (owner.kind === "known"
      ? owner.accountId
      : owner.object === "Opportunity"
        ? `@{${OWNER_REFERENCE}.AccountId}`
        : owner.id);
  const written = new Set(chunk.records.map((record) => record.externalId));
  const quoteLink = written.has(quoteId) ? { Quote__c: "@{quote.id}" } : { Quote__r: { [EXTERNAL_ID_FIELD]: quoteId } };
  const phaseReference = new Map(
    chunk.records.filter((record) => record.object === "Sequence_Phase__c").map((r) => [r.externalId, r.referenceId]),
  );
  const links = (record: SyncRecord): Record<string, unknown> => {
    if (record.object === "Sequence_Quote__c") return { Opportunity__c: opportunityId, Account__c: account };
    if (record.object === "Sequence_Phase__c" || !record.phaseExternalId) return quoteLink;
    const phase = phaseReference.get(record.phaseExternalId);
    return {
      ...quoteLink,
      ...(phase ? { Phase__c: `@{${phase}.id}` } : { Phase__r: { [EXTERNAL_ID_FIELD]: record.phaseExternalId } }),
    };
  };
  for (const record of chunk.records) {
    nodes.push({
      method: "PATCH",
      url: `${base}/${record.object}/${EXTERNAL_ID_FIELD}/${record.externalId}`,
      referenceId: record.referenceId,
      body: { ...record.fields, ...links(record), OwnerId: ownerId, CurrencyIsoCode: currency },
    });
  }
  const deleteNode = (remove: SyncDelete): GraphNode => ({
    method: "DELETE",
    url: `${base}/${remove.object}/${EXTERNAL_ID_FIELD}/${remove.externalId}`,
    referenceId: remove.referenceId,
  });
  if (!separateDeletes) {
    return { graphs: [{ graphId: MAIN_GRAPH_ID, compositeRequest: [...nodes, ...chunk.deletes.map(deleteNode)] }] };
  }
  return {
    graphs: [
      ...(nodes.length > 0 ? [{ graphId: MAIN_GRAPH_ID, compositeRequest: nodes }] : []),
      ...chunk.deletes.map((remove) => ({ graphId: remove.referenceId, compositeRequest: [deleteNode(remove)] })),
    ],
  };
}
