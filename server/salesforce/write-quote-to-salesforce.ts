import "server-only";
import type { Connection } from "jsforce";
import { z } from "zod";
import { graphFailureCause, graphResponseSchema, type NodeFailure } from "@/server/salesforce/graph-response";
import { classifyCode } from "@/server/salesforce/classify-salesforce-failure";
import { mapQuoteRecords } from "@/server/salesforce/map-quote-records";
import { planQuoteSync, type SyncChunk, type SyncDelete } from "@/server/salesforce/plan-quote-sync";
import { postComposite } from "@/server/salesforce/post-composite";
import type { QuoteSyncSnapshot } from "@/server/salesforce/quote-sync-snapshot";
import { SalesforceFailure } from "@/server/salesforce/salesforce-failure";
import type { SequenceChildObject } from "@/server/salesforce/sequence-object-fields";
import {
  MAIN_GRAPH_ID,
  OWNER_REFERENCE,
  toGraphRequestBody,
  type OwnerSource,
} from "@/server/salesforce/to-graph-request-body";

/** What a failed DELETE node says when its record is already gone (a retry after a write that did land). */
const GONE = new Set(["NOT_FOUND", "ENTITY_IS_DELETED"]);
/** A request holds at most 75 graphs (reference §2.9); one is the main graph. */
const MAX_DELETE_GRAPHS = 74;

const ownerSchema = z.object({ OwnerId: z.string(), AccountId: z.string().nullish() });
const upsertSchema = z.object({ id: z.string() });

/** What may now exist in Salesforce, whatever happens next: the next sync deletes from it. */
export type SyncProgress = {
  calls: number;
  /** Children a request wrote, or may have written (it failed without an answer). */
  maybeWritten: Map<SequenceChildObject, Set<string>>;
};

export type QuoteWriteResult = {
  salesforceId: string;
  childIds: Record<SequenceChildObject, string[]>;
  /** Removed children whose deletion failed for another reason than being gone already. */
  undeleted: SyncDelete[];
  undeletedFailure?: SalesforceFailure;
};

/**
 * Writes a quote's newest published state to Salesforce: one `/composite/graph` call for up to 499
 * records (and one more per 500 beyond), upserting on `Sequence_Id__c`, reading the opportunity's
 * owner and account in the same call, and deleting the children the quote no longer has. A deletion
 * whose record is already gone (the previous attempt landed but its answer was lost) is not an error:
 * the request is sent again with each deletion in a graph of its own, so the gone ones fail alone.
 * Throws a SalesforceFailure for anything else.
 */
export async function writeQuoteToSalesforce({
  connection,
  snapshot,
  previousChildIds,
  apiVersion,
  timeoutMs,
  syncedAt,
  progress,
  onRequest,
}: {
  connection: Connection;
  snapshot: QuoteSyncSnapshot;
  previousChildIds: Partial<Record<string, string[]>>;
  apiVersion: string;
  timeoutMs: number;
  syncedAt: Date;
  progress: SyncProgress;
  /** Called before every request (to keep the attempt's claim fresh). */
  onRequest: () => Promise<void>;
}): Promise<QuoteWriteResult> {
  const records = mapQuoteRecords(snapshot, syncedAt);
  const labels = new Map(records.map((record) => [record.referenceId, record.label]));
  const { chunks, childIds } = planQuoteSync({ records, previousChildIds });
  let owner: OwnerSource = snapshot.opportunityId
    ? { kind: "read", object: "Opportunity", id: snapshot.opportunityId }
    : { kind: "read", object: "Account", id: snapshot.accountId ?? "" };
  let salesforceId: string | undefined;
  const undeleted: SyncDelete[] = [];
  let undeletedFailure: SalesforceFailure | undefined;

  const post = async (chunk: SyncChunk, separateDeletes: boolean) => {
    await onRequest();
    const body = toGraphRequestBody({
      chunk,
      quoteId: snapshot.quoteId,
      currency: snapshot.currency,
      opportunityId: snapshot.opportunityId,
      accountId: snapshot.accountId,
      apiVersion,
      owner,
      separateDeletes,
    });
    for (const record of chunk.records) {
      if (record.object !== "Sequence_Quote__c") addTo(progress.maybeWritten, record.object, record.externalId);
    }
    progress.calls++;
    const response = await postComposite({
      connection,
      path: "/composite/graph",
      body,
      schema: graphResponseSchema,
      timeoutMs,
    });
    return response.graphs;
  };

  for (const chunk of chunks) {
    let graphs = await post(chunk, false);
    let main = graphs.find((graph) => graph.graphId === MAIN_GRAPH_ID);
    if (main && !main.isSuccessful) {
      const cause = graphFailureCause(main);
      const gone = chunk.deletes.some((remove) => remove.referenceId === cause.referenceId) && GONE.has(cause.code);
      if (!gone) {
        // The graph was rolled back as a whole: none of its records were written.
        for (const record of chunk.records) {
          if (record.object !== "Sequence_Quote__c")
            progress.maybeWritten.get(record.object)?.delete(record.externalId);
        }
        throw toFailure(cause, labels, owner);
      }
      let pending = chunk.deletes;
      let records = chunk.records;
      main = undefined;
      while (records.length > 0 || pending.length > 0) {
        graphs = await post({ ...chunk, records, deletes: pending.slice(0, MAX_DELETE_GRAPHS) }, true);
        const next = pending.slice(MAX_DELETE_GRAPHS);
        if (records.length > 0) {
          main = graphs.find((graph) => graph.graphId === MAIN_GRAPH_ID);
          if (!main?.isSuccessful) throw toFailure(main ? graphFailureCause(main) : missingMain(), labels, owner);
        }
        for (const remove of pending.slice(0, MAX_DELETE_GRAPHS)) {
          const graph = graphs.find((candidate) => candidate.graphId === remove.referenceId);
          if (!graph || graph.isSuccessful) continue;
          const cause = graphFailureCause(graph);
          if (GONE.has(cause.code)) continue;
          if (cause.code === "PROCESSING_HALTED") next.push(remove);
          else {
            undeleted.push(remove);
            undeletedFailure ??= toFailure(cause, labels, owner);
          }
        }
        records = [];
        pending = next;
      }
    }
    if (chunk.first) {
      if (!main) throw toFailure(missingMain(), labels, owner);
      const nodes = new Map(main.graphResponse.compositeResponse.map((node) => [node.referenceId, node.body]));
      const read = ownerSchema.parse(nodes.get(OWNER_REFERENCE));
      owner = { kind: "known", ownerId: read.OwnerId, accountId: snapshot.accountId ?? read.AccountId ?? null };
      salesforceId = upsertSchema.parse(nodes.get("quote")).id;
    }
  }
  if (!salesforceId) throw new Error("the quote record was not written");
  return { salesforceId, childIds, undeleted, ...(undeletedFailure ? { undeletedFailure } : {}) };
}

function addTo(map: Map<SequenceChildObject, Set<string>>, object: SequenceChildObject, id: string): void {
  const set = map.get(object) ?? new Set<string>();
  set.add(id);
  map.set(object, set);
}

function missingMain(): NodeFailure {
  return {
    referenceId: "",
    httpStatusCode: 500,
    code: "UNEXPECTED_RESPONSE",
    message: `Salesforce's answer has no result for graph "${MAIN_GRAPH_ID}".`,
    fields: [],
  };
}

/** A failed node as a SalesforceFailure, its message saying which record, in the quote page's words. */
function toFailure(cause: NodeFailure, labels: Map<string, string>, owner: OwnerSource): SalesforceFailure {
  if (cause.referenceId === OWNER_REFERENCE && owner.kind === "read") {
    const what = owner.object === "Opportunity" ? "opportunity" : "account";
    return new SalesforceFailure(
      cause.code,
      `The quote's ${what} ${owner.id} could not be read in Salesforce (${cause.code}: ${cause.message}); it may have been deleted, or the integration user cannot see it.`,
      classifyCode(cause.code),
      `The ${what}`,
      cause.fields,
    );
  }
  if (cause.code === "PROCESSING_HALTED" && cause.message.includes(`${OWNER_REFERENCE}.AccountId`)) {
    return new SalesforceFailure(
      "OPPORTUNITY_WITHOUT_ACCOUNT",
      "The quote's opportunity has no account in Salesforce, so the quote cannot be filed under one. Set the opportunity's account, or link the customer to an account, then retry.",
      "permanent",
      "The opportunity",
    );
  }
  const label = labels.get(cause.referenceId);
  return new SalesforceFailure(
    cause.code,
    cause.message,
    classifyCode(cause.code),
    label ?? (cause.referenceId || undefined),
    cause.fields,
  );
}
