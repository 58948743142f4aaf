import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { archiveProduct } from "@/server/catalog/archive-product";

export const POST = defineRoute({ authorize: assertAdmin, params: idParamsSchema }, ({ db, actor, params }) =>
  archiveProduct({ db, actor, id: params.id }),
);
