import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { executeQuote } from "@/server/quotes/execute-quote";

export const POST = defineRoute({ params: idParamsSchema }, ({ db, actor, params }) =>
  executeQuote({ db, actor, id: params.id }),
);
