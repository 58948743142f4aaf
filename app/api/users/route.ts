import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { listUsers } from "@/server/users/list-users";

export const GET = defineRoute({ authorize: assertAdmin }, ({ db }) => listUsers({ db }));
