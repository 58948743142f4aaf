import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { acceptQuote } from "@/server/quotes/accept-quote";

export const POST = defineRoute({ params: idParamsSchema }, ({ db, actor, params }) =>
  acceptQuote({ db, actor, id: params.id }),
);
