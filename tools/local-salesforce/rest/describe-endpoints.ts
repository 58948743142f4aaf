import { notFound } from "@/tools/local-salesforce/records/sf-error";
import { describeGlobalEntry, describeSObject } from "@/tools/local-salesforce/rest/describe-sobject";
import { json, type RestContext, type RestResponse } from "@/tools/local-salesforce/rest/rest-types";

/** GET /sobjects */
export function describeGlobal(ctx: RestContext): RestResponse {
  return json(200, {
    encoding: "UTF-8",
    maxBatchSize: 200,
    sobjects: ctx.schema.objects().map((object) => describeGlobalEntry(ctx.version, object)),
  });
}

/** GET /sobjects/X: the object's summary; this org keeps no recently viewed items. */
export function sobjectBasicInfo(ctx: RestContext, type: string): RestResponse {
  const object = ctx.schema.object(type);
  if (!object) throw notFound();
  return json(200, { objectDescribe: describeGlobalEntry(ctx.version, object), recentItems: [] });
}

/** GET /sobjects/X/describe */
export function describeEndpoint(ctx: RestContext, type: string): RestResponse {
  const object = ctx.schema.object(type);
  if (!object) throw notFound();
  return json(200, describeSObject(ctx.schema, ctx.version, object));
}
