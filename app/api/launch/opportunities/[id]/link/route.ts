import { launchParamsSchema, linkCustomerBodySchema } from "@/lib/schemas/launch";
import { defineRoute } from "@/server/api/define-route";
import { linkExistingCustomer } from "@/server/launch/link-existing-customer";

/** Links an existing customer to the opportunity's account (and repairs a half-broken link). */
export const POST = defineRoute(
  { params: launchParamsSchema, body: linkCustomerBodySchema },
  ({ db, actor, params, body }) =>
    linkExistingCustomer({ db, actor, opportunityId: params.id, customerId: body.customerId }),
);
