import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { revertQuoteDraft } from "@/server/quotes/revert-quote-draft";

export const DELETE = defineRoute({ params: idParamsSchema }, ({ db, actor, params }) =>
  revertQuoteDraft({ db, actor, id: params.id }),
);
