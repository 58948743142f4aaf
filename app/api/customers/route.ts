import { createCustomerBodySchema, listCustomersQuerySchema } from "@/lib/schemas/customer";
import { defineRoute } from "@/server/api/define-route";
import { assertAdmin } from "@/server/users/assert-admin";
import { createCustomer } from "@/server/customers/create-customer";
import { listCustomers } from "@/server/customers/list-customers";

export const GET = defineRoute({ query: listCustomersQuerySchema }, ({ db, query }) => listCustomers({ db, query }));

export const POST = defineRoute(
  { authorize: assertAdmin, body: createCustomerBodySchema, status: 201 },
  ({ db, actor, body }) => createCustomer({ db, actor, body }),
);
