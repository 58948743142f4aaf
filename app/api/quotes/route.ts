import { createQuoteBodySchema, listQuotesQuerySchema } from "@/lib/schemas/quote";
import { defineRoute } from "@/server/api/define-route";
import { createQuote } from "@/server/quotes/create-quote";
import { listQuotes } from "@/server/quotes/list-quotes";

export const GET = defineRoute({ query: listQuotesQuerySchema }, ({ db, actor, query }) =>
  listQuotes({ db, actor, query }),
);

export const POST = defineRoute({ body: createQuoteBodySchema, status: 201 }, ({ db, actor, body }) =>
  createQuote({ db, actor, body }),
);
