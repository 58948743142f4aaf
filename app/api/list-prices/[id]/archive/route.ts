import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { archiveListPrice } from "@/server/catalog/archive-list-price";

export const POST = defineRoute({ authorize: assertAdmin, params: idParamsSchema }, ({ db, actor, params }) =>
  archiveListPrice({ db, actor, id: params.id }),
);
