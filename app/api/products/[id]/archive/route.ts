import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { archiveProduct } from "@/server/catalog/archive-product";

export const POST = defineRoute({ params: idParamsSchema }, ({ db, actor, params }) =>
  archiveProduct({ db, actor, id: params.id }),
);
