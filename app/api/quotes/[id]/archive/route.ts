import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { archiveQuote } from "@/server/quotes/archive-quote";

/** Sequence's spec archives with PUT; POST does the same, as the other lifecycle actions use it. */
export const PUT = defineRoute({ params: idParamsSchema }, ({ db, actor, params }) =>
  archiveQuote({ db, actor, id: params.id }),
);
export const POST = PUT;
