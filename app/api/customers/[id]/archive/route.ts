import { idParamsSchema } from "@/lib/schemas/primitives";
import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { archiveCustomer } from "@/server/customers/archive-customer";

/** 2024-07-30 archives with POST; PUT does the same, as the 2024-05-09 spec (still accepted) archives. */
export const POST = defineRoute({ authorize: assertAdmin, params: idParamsSchema }, ({ db, actor, params }) =>
  archiveCustomer({ db, actor, id: params.id }),
);
export const PUT = POST;
