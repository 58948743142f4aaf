import { z } from "zod";

/** One Salesforce error, as single-record endpoints (and graph nodes) report it (reference §2.6). */
export const salesforceErrorSchema = z.object({
  errorCode: z.string().optional(),
  statusCode: z.string().optional(),
  message: z.string(),
  fields: z.array(z.string()).optional(),
});

const nodeResultSchema = z.object({
  body: z.unknown(),
  httpStatusCode: z.number().int(),
  referenceId: z.string(),
});

/** `POST /composite/graph`'s answer (reference §2.9): one result per graph, one per node inside. */
export const graphResponseSchema = z.object({
  graphs: z.array(
    z.object({
      graphId: z.string(),
      isSuccessful: z.boolean(),
      graphResponse: z.object({ compositeResponse: z.array(nodeResultSchema) }),
    }),
  ),
});

export type GraphResponse = z.infer<typeof graphResponseSchema>;
export type GraphResult = GraphResponse["graphs"][number];
export type NodeFailure = {
  referenceId: string;
  httpStatusCode: number;
  code: string;
  message: string;
  fields: string[];
};

/** Nodes that were only rolled back because another node of their graph failed. */
const ROLLED_BACK = /rolled back/i;

/**
 * Why a graph failed: the node that failed itself (not one of those Salesforce rolled back because of
 * it). When every node reports PROCESSING_HALTED (the request hit its limit of failed graphs before
 * running this one), that is the cause.
 */
export function graphFailureCause(graph: GraphResult): NodeFailure {
  const failures = graph.graphResponse.compositeResponse
    .filter((node) => node.httpStatusCode >= 400)
    .map((node): NodeFailure => {
      const parsed = z.array(salesforceErrorSchema).safeParse(node.body);
      const first = parsed.success ? parsed.data[0] : undefined;
      return {
        referenceId: node.referenceId,
        httpStatusCode: node.httpStatusCode,
        code: first?.errorCode ?? first?.statusCode ?? `ERROR_HTTP_${node.httpStatusCode}`,
        message: first?.message ?? JSON.stringify(node.body).slice(0, 500),
        fields: first?.fields ?? [],
      };
    });
  const cause =
    failures.find((failure) => !(failure.code === "PROCESSING_HALTED" && ROLLED_BACK.test(failure.message))) ??
    failures[0];
  return (
    cause ?? {
      referenceId: "",
      httpStatusCode: 400,
      code: "GRAPH_FAILED",
      message: `Salesforce reported graph ${graph.graphId} as failed without saying which node failed.`,
      fields: [],
    }
  );
}
