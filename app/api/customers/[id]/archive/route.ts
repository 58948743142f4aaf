import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { archiveCustomer } from "@/server/customers/archive-customer";

export const POST = defineRoute({ params: idParamsSchema }, ({ db, actor, params }) =>
  archiveCustomer({ db, actor, id: params.id }),
);
