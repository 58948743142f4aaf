import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { getQuoteSalesforceSync } from "@/server/salesforce/get-quote-salesforce-sync";
import { retryQuoteSync } from "@/server/salesforce/retry-quote-sync";

export const GET = defineRoute({ params: idParamsSchema }, ({ db, actor, params }) =>
  getQuoteSalesforceSync({ db, actor, id: params.id }),
);

export const POST = defineRoute({ params: idParamsSchema }, ({ db, actor, params }) =>
  retryQuoteSync({ db, actor, id: params.id }),
);
