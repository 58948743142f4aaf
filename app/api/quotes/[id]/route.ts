import { idParamsSchema } from "@/lib/schemas/primitives";
import { updateQuoteBodySchema } from "@/lib/schemas/quote";
import { defineRoute } from "@/server/api/define-route";
import { getQuote } from "@/server/quotes/get-quote";
import { updateQuote } from "@/server/quotes/update-quote";

export const GET = defineRoute({ params: idParamsSchema }, ({ db, actor, params }) =>
  getQuote({ db, actor, id: params.id }),
);

export const PUT = defineRoute({ params: idParamsSchema, body: updateQuoteBodySchema }, ({ db, actor, params, body }) =>
  updateQuote({ db, actor, id: params.id, body }),
);
