import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { duplicateQuote } from "@/server/quotes/duplicate-quote";

export const POST = defineRoute({ params: idParamsSchema, status: 201 }, ({ db, actor, params }) =>
  duplicateQuote({ db, actor, id: params.id }),
);
