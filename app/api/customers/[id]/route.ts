import { updateCustomerBodySchema } from "@/lib/schemas/customer";
import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { getCustomerOrThrow } from "@/server/customers/get-customer-or-throw";
import { updateCustomer } from "@/server/customers/update-customer";

export const GET = defineRoute({ params: idParamsSchema }, ({ db, params }) =>
  getCustomerOrThrow({ db, id: params.id }),
);

export const PUT = defineRoute(
  { authorize: assertAdmin, params: idParamsSchema, body: updateCustomerBodySchema },
  ({ db, actor, params, body }) => updateCustomer({ db, actor, id: params.id, body }),
);
