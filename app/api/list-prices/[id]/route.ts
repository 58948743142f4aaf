import { updateListPriceBodySchema } from "@/lib/schemas/list-price";
import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { getListPriceOrThrow } from "@/server/catalog/get-list-price-or-throw";
import { toListPrice } from "@/server/catalog/to-list-price";
import { updateListPrice } from "@/server/catalog/update-list-price";

export const GET = defineRoute({ params: idParamsSchema }, async ({ db, params }) =>
  toListPrice(await getListPriceOrThrow({ db, id: params.id })),
);

export const PUT = defineRoute(
  { authorize: assertAdmin, params: idParamsSchema, body: updateListPriceBodySchema },
  ({ db, actor, params, body }) => updateListPrice({ db, actor, id: params.id, body }),
);
