import { createProductBodySchema, listProductsQuerySchema } from "@/lib/schemas/product";
import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { createProduct } from "@/server/catalog/create-product";
import { listProducts } from "@/server/catalog/list-products";

export const GET = defineRoute({ query: listProductsQuerySchema }, ({ db, query }) => listProducts({ db, query }));

export const POST = defineRoute(
  { authorize: assertAdmin, body: createProductBodySchema, status: 201 },
  ({ db, actor, body }) => createProduct({ db, actor, body }),
);
