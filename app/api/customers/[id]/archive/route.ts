import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { archiveCustomer } from "@/server/customers/archive-customer";

export const POST = defineRoute({ authorize: assertAdmin, params: idParamsSchema }, ({ db, actor, params }) =>
  archiveCustomer({ db, actor, id: params.id }),
);
