import { idParamsSchema } from "@/lib/schemas/primitives";
import { publishQuoteBodySchema } from "@/lib/schemas/quote";
import { defineRoute } from "@/server/api/define-route";
import { publishQuote } from "@/server/quotes/publish-quote";

export const POST = defineRoute(
  { params: idParamsSchema, body: publishQuoteBodySchema },
  ({ db, actor, params, body }) => publishQuote({ db, actor, id: params.id, body }),
);
