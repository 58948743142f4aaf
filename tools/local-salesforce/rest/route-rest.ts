import { notFound, requestError, SfError } from "@/tools/local-salesforce/records/sf-error";
import { versionResources } from "@/tools/local-salesforce/rest/api-versions";
import { collectionDelete, collectionRetrieve } from "@/tools/local-salesforce/rest/collections-read-delete";
import { collectionCreate, collectionUpdate, collectionUpsert } from "@/tools/local-salesforce/rest/collections-write";
import { compositeEndpoint } from "@/tools/local-salesforce/rest/composite-endpoint";
import { compositeGraphEndpoint } from "@/tools/local-salesforce/rest/composite-graph";
import { compositeTreeEndpoint } from "@/tools/local-salesforce/rest/composite-tree";
import { describeEndpoint, describeGlobal, sobjectBasicInfo } from "@/tools/local-salesforce/rest/describe-endpoints";
import { limitsEndpoint } from "@/tools/local-salesforce/rest/limits-endpoint";
import { queryEndpoint, queryMoreEndpoint } from "@/tools/local-salesforce/rest/query-endpoint";
import { json, type RestContext, type RestRequest, type RestResponse } from "@/tools/local-salesforce/rest/rest-types";
import {
  createByNullIdEndpoint,
  externalIdEndpoint,
  isNullIdUrl,
} from "@/tools/local-salesforce/rest/sobject-external-id";
import {
  createEndpoint,
  deleteEndpoint,
  retrieveEndpoint,
  updateEndpoint,
} from "@/tools/local-salesforce/rest/sobject-rows";

type Handler = (ctx: RestContext, request: RestRequest, segments: string[]) => RestResponse;

interface Route {
  pattern: RegExp;
  methods: Partial<Record<string, Handler>>;
  /** What a 405 lists, when it is not HEAD plus the methods above. */
  allowed?: string[];
}

// A record's URL, and /sobjects/X/Id (Salesforce's messages; jsforce #667 quotes the second).
const ROW_METHODS = ["HEAD", "GET", "PATCH", "DELETE"];
const NULL_ID_METHODS = ["GET", "HEAD", "POST"];

const fields = (request: RestRequest) => request.query.get("fields");
const at = (segments: string[], index: number) => String(segments[index]);

/** The resources of /services/data/vXX.X this org implements; anything else is 404 NOT_FOUND. */
const routes: Route[] = [
  {
    pattern: /^\/?$/,
    methods: { GET: (ctx) => json(200, versionResources(ctx.version, identityUrl(ctx))) },
  },
  { pattern: /^\/sobjects\/?$/, methods: { GET: (ctx) => describeGlobal(ctx) } },
  {
    pattern: /^\/sobjects\/([^/]+)\/?$/,
    methods: {
      GET: (ctx, _request, s) => sobjectBasicInfo(ctx, at(s, 1)),
      POST: (ctx, request, s) => createEndpoint(ctx, at(s, 1), request.body),
    },
  },
  {
    pattern: /^\/sobjects\/([^/]+)\/describe\/?$/,
    methods: { GET: (ctx, _request, s) => describeEndpoint(ctx, at(s, 1)) },
  },
  {
    pattern: /^\/sobjects\/([^/]+)\/([^/]+)\/?$/,
    allowed: ROW_METHODS,
    methods: {
      GET: (ctx, request, s) => retrieveEndpoint(ctx, at(s, 1), at(s, 2), fields(request)),
      PATCH: (ctx, request, s) =>
        isNullIdUrl(ctx, at(s, 1), at(s, 2))
          ? notAllowed("PATCH", NULL_ID_METHODS)
          : updateEndpoint(ctx, at(s, 1), at(s, 2), request.body),
      DELETE: (ctx, _request, s) =>
        isNullIdUrl(ctx, at(s, 1), at(s, 2))
          ? notAllowed("DELETE", NULL_ID_METHODS)
          : deleteEndpoint(ctx, at(s, 1), at(s, 2)),
      POST: (ctx, request, s) =>
        isNullIdUrl(ctx, at(s, 1), at(s, 2))
          ? createByNullIdEndpoint(ctx, at(s, 1), request.body)
          : notAllowed("POST", ROW_METHODS),
    },
  },
  {
    pattern: /^\/sobjects\/([^/]+)\/([^/]+)\/([^/]+)\/?$/,
    methods: Object.fromEntries(
      ["GET", "PATCH", "DELETE"].map((method) => [
        method,
        (ctx: RestContext, request: RestRequest, s: string[]) =>
          externalIdEndpoint(ctx, method, at(s, 1), at(s, 2), at(s, 3), request.body, request.query),
      ]),
    ),
  },
  { pattern: /^\/query\/?$/, methods: { GET: (ctx, request) => query(ctx, request, false) } },
  { pattern: /^\/queryAll\/?$/, methods: { GET: (ctx, request) => query(ctx, request, true) } },
  { pattern: /^\/query\/([^/]+)$/, methods: { GET: (ctx, request, s) => queryMore(ctx, request, at(s, 1), false) } },
  { pattern: /^\/queryAll\/([^/]+)$/, methods: { GET: (ctx, request, s) => queryMore(ctx, request, at(s, 1), true) } },
  { pattern: /^\/limits\/?$/, methods: { GET: (ctx) => limitsEndpoint(ctx) } },
  { pattern: /^\/composite\/?$/, methods: { POST: (ctx, request) => compositeEndpoint(ctx, routeRest, request.body) } },
  {
    pattern: /^\/composite\/graph\/?$/,
    methods: { POST: (ctx, request) => compositeGraphEndpoint(ctx, routeRest, request.body) },
  },
  {
    pattern: /^\/composite\/tree\/([^/]+)\/?$/,
    methods: { POST: (ctx, request, s) => compositeTreeEndpoint(ctx, at(s, 1), request.body) },
  },
  {
    pattern: /^\/composite\/sobjects\/?$/,
    methods: {
      POST: (ctx, request) => collectionCreate(ctx, request.body),
      PATCH: (ctx, request) => collectionUpdate(ctx, request.body),
      DELETE: (ctx, request) => collectionDelete(ctx, request.query),
    },
  },
  {
    pattern: /^\/composite\/sobjects\/([^/]+)\/?$/,
    methods: {
      GET: (ctx, request, s) => collectionRetrieve(ctx, at(s, 1), "GET", request.query, request.body),
      POST: (ctx, request, s) => collectionRetrieve(ctx, at(s, 1), "POST", request.query, request.body),
    },
  },
  {
    pattern: /^\/composite\/sobjects\/([^/]+)\/([^/]+)\/?$/,
    methods: { PATCH: (ctx, request, s) => collectionUpsert(ctx, at(s, 1), at(s, 2), request.body) },
  },
];

/** Routes one REST call; Salesforce errors become their JSON error arrays. */
export function routeRest(ctx: RestContext, request: RestRequest): RestResponse {
  try {
    for (const route of routes) {
      const match = route.pattern.exec(request.path);
      if (!match) continue;
      // HEAD is GET without the body, wherever GET is served (Salesforce lists it on every resource).
      const head = request.method === "HEAD";
      const handler = route.methods[head ? "GET" : request.method];
      if (!handler) notAllowed(request.method, route.allowed ?? ["HEAD", ...Object.keys(route.methods)]);
      const response = handler(ctx, request, [...match]);
      return head ? { status: response.status, ...(response.headers ? { headers: response.headers } : {}) } : response;
    }
    throw notFound();
  } catch (error) {
    if (!(error instanceof SfError)) throw error;
    return json(error.status, [error.toRestError()]);
  }
}

function notAllowed(method: string, allowed: string[]): never {
  throw requestError(
    "METHOD_NOT_ALLOWED",
    `HTTP Method '${method}' not allowed. Allowed are ${allowed.join(",")}`,
    405,
  );
}

function query(ctx: RestContext, request: RestRequest, includeDeleted: boolean): RestResponse {
  return queryEndpoint(ctx, request.query.get("q"), includeDeleted, request.headers["sforce-query-options"]);
}

function queryMore(ctx: RestContext, request: RestRequest, locator: string, includeDeleted: boolean): RestResponse {
  return queryMoreEndpoint(ctx, locator, includeDeleted, request.headers["sforce-query-options"]);
}

function identityUrl(ctx: RestContext): string {
  return `${ctx.runtime.publicUrl}/id/${ctx.runtime.state.orgId}/${ctx.user.id}`;
}
