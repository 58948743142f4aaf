import { launchParamsSchema } from "@/lib/schemas/launch";
import { defineRoute } from "@/server/api/define-route";
import { createCustomerFromAccount } from "@/server/launch/create-customer-from-account";

/** Creates the customer from the opportunity's account: 201 when created, 200 with the customer it already has. */
export const POST = defineRoute({ params: launchParamsSchema }, async ({ db, actor, params }) => {
  const { created, result } = await createCustomerFromAccount({ db, actor, opportunityId: params.id });
  return Response.json(result, { status: created ? 201 : 200 });
});
