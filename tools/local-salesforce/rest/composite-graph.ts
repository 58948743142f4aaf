import { z } from "zod";
import { requestError } from "@/tools/local-salesforce/records/sf-error";
import { referencedIds, type ReferenceResults } from "@/tools/local-salesforce/rest/composite-references";
import {
  REFERENCE_ID,
  rolledBack,
  runSubrequest,
  splitDataUrl,
  subrequestSchema,
  type Dispatch,
  type Subrequest,
  type SubrequestResult,
} from "@/tools/local-salesforce/rest/composite-subrequest";
import { parseBody } from "@/tools/local-salesforce/rest/parse-body";
import { json, type RestContext, type RestResponse } from "@/tools/local-salesforce/rest/rest-types";

const graphSchema = z.object({
  graphs: z.array(z.object({ graphId: z.string(), compositeRequest: z.array(subrequestSchema).min(1) })).min(1),
});

/** Limits from `resources_composite_graph_limits.htm` (reference §2.9). */
const LIMITS = { graphs: 75, nodes: 500, nodeTypes: 15, depth: 15, failedGraphs: 14 };

/** The node URLs a graph accepts, with the methods each allows (reference §2.9). */
const NODE_ROUTES: Array<{ pattern: RegExp; methods: string[] }> = [
  { pattern: /^\/sobjects\/[A-Za-z0-9_]+$/, methods: ["POST"] },
  { pattern: /^\/sobjects\/[A-Za-z0-9_]+\/[^/]+$/, methods: ["GET", "PATCH", "DELETE"] },
  { pattern: /^\/sobjects\/[A-Za-z0-9_]+\/[A-Za-z0-9_]+\/[^/]+$/, methods: ["GET", "PATCH", "POST", "DELETE"] },
];

type Graph = z.infer<typeof graphSchema>["graphs"][number];

/**
 * POST /composite/graph: each graph succeeds or fails as a whole; a failed graph reports the failing
 * node's error and PROCESSING_HALTED for every other node; after 14 failed graphs the rest are not
 * run. HTTP 200 at the top. Limit and envelope errors use LIMIT_EXCEEDED and INVALID_INPUT (codes
 * not quoted by the reference; unconfirmed).
 */
export function compositeGraphEndpoint(ctx: RestContext, dispatch: Dispatch, body: unknown): RestResponse {
  const { graphs } = parseBody(graphSchema, body);
  checkGraphs(graphs);
  let failures = 0;
  const responses = graphs.map((graph) => {
    if (failures >= LIMITS.failedGraphs) {
      return result(
        graph,
        graph.compositeRequest.map((node) => rolledBack(node.referenceId)),
        false,
      );
    }
    const outcome = runGraph(ctx, dispatch, graph);
    if (!outcome.isSuccessful) failures++;
    return result(graph, outcome.nodes, outcome.isSuccessful);
  });
  return json(200, { graphs: responses });
}

function result(graph: Graph, nodes: SubrequestResult[], isSuccessful: boolean) {
  return { graphId: graph.graphId, graphResponse: { compositeResponse: nodes }, isSuccessful };
}

function runGraph(
  ctx: RestContext,
  dispatch: Dispatch,
  graph: Graph,
): { nodes: SubrequestResult[]; isSuccessful: boolean } {
  const start = ctx.store.mark();
  const references: ReferenceResults = new Map();
  const nodes: SubrequestResult[] = [];
  for (const [index, node] of graph.compositeRequest.entries()) {
    const outcome = runSubrequest(ctx, dispatch, node, references);
    if (outcome.httpStatusCode >= 400) {
      ctx.store.rollbackTo(start);
      ctx.access.forget();
      const before = nodes.map((done) => rolledBack(done.referenceId));
      const after = graph.compositeRequest.slice(index + 1).map((rest) => rolledBack(rest.referenceId));
      return { nodes: [...before, outcome, ...after], isSuccessful: false };
    }
    references.set(node.referenceId, outcome.body);
    nodes.push(outcome);
  }
  return { nodes, isSuccessful: true };
}

function checkGraphs(graphs: Graph[]): void {
  const nodes = graphs.flatMap((graph) => graph.compositeRequest);
  if (graphs.length > LIMITS.graphs)
    throw limit(`at most ${LIMITS.graphs} graphs per request; this one has ${graphs.length}`);
  if (nodes.length > LIMITS.nodes)
    throw limit(`at most ${LIMITS.nodes} nodes per request; this one has ${nodes.length}`);
  const types = new Set(nodes.map(nodeType));
  if (types.size > LIMITS.nodeTypes)
    throw limit(`at most ${LIMITS.nodeTypes} different node types per request; this one has ${types.size}`);
  const graphIds = new Set<string>();
  for (const graph of graphs) {
    if (!REFERENCE_ID.test(graph.graphId) || graph.graphId.length >= 40 || graphIds.has(graph.graphId)) {
      throw requestError("INVALID_INPUT", `Invalid or duplicate graphId '${graph.graphId}'.`);
    }
    graphIds.add(graph.graphId);
    checkNodes(graph);
  }
}

function checkNodes(graph: Graph): void {
  const depth = new Map<string, number>();
  for (const node of graph.compositeRequest) {
    if (!REFERENCE_ID.test(node.referenceId) || depth.has(node.referenceId)) {
      throw requestError(
        "INVALID_INPUT",
        `Invalid or duplicate referenceId '${node.referenceId}' in graph '${graph.graphId}'.`,
      );
    }
    const target = splitDataUrl(node.url.replace(/@\{[^}]*\}/g, "ref"));
    const route = target && NODE_ROUTES.find((candidate) => candidate.pattern.test(target.path));
    if (!target || Number(target.version) < 50 || !route?.methods.includes(node.method)) {
      throw requestError(
        "INVALID_INPUT",
        `Graph '${graph.graphId}' node '${node.referenceId}': ${node.method} ${node.url} is not an sObject resource a graph can use (API 50.0 or later).`,
      );
    }
    const parents = referencedIds({ url: node.url, body: node.body }).map((id) => depth.get(id) ?? 0);
    const level = 1 + Math.max(0, ...parents);
    if (level > LIMITS.depth)
      throw limit(`graphs can be at most ${LIMITS.depth} nodes deep; '${graph.graphId}' is deeper`);
    depth.set(node.referenceId, level);
  }
}

function nodeType(node: Subrequest): string {
  const target = splitDataUrl(node.url);
  return `${node.method} ${target?.version ?? ""} ${target?.path.split("/")[2] ?? ""}`;
}

function limit(message: string) {
  return requestError("LIMIT_EXCEEDED", `Composite graph limit: ${message}.`);
}
