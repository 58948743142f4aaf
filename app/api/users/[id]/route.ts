import { idParamsSchema } from "@/lib/schemas/primitives";
import { updateUserBodySchema } from "@/lib/schemas/user";
import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { updateUserRole } from "@/server/users/update-user-role";

export const PATCH = defineRoute(
  { authorize: assertAdmin, params: idParamsSchema, body: updateUserBodySchema },
  ({ db, actor, params, body }) => updateUserRole({ db, actor, id: params.id, body }),
);
