import { createListPriceBodySchema, listListPricesQuerySchema } from "@/lib/schemas/list-price";
import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { createListPrice } from "@/server/catalog/create-list-price";
import { listListPrices } from "@/server/catalog/list-list-prices";

export const GET = defineRoute({ query: listListPricesQuerySchema }, ({ db, query }) => listListPrices({ db, query }));

export const POST = defineRoute(
  { authorize: assertAdmin, body: createListPriceBodySchema, status: 201 },
  ({ db, actor, body }) => createListPrice({ db, actor, body }),
);
