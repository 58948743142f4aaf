import { idParamsSchema } from "@/lib/schemas/primitives";
import { updateProductBodySchema } from "@/lib/schemas/product";
import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { getProductOrThrow } from "@/server/catalog/get-product-or-throw";
import { toProduct } from "@/server/catalog/to-product";
import { updateProduct } from "@/server/catalog/update-product";

export const GET = defineRoute({ params: idParamsSchema }, async ({ db, params }) =>
  toProduct(await getProductOrThrow({ db, id: params.id })),
);

export const PUT = defineRoute(
  { authorize: assertAdmin, params: idParamsSchema, body: updateProductBodySchema },
  ({ db, actor, params, body }) => updateProduct({ db, actor, id: params.id, body }),
);
