import "server-only";
import type { LaunchLinkResult } from "@/lib/schemas/launch";
import { ApiError } from "@/server/api/api-error";
import type { Actor } from "@/server/auth/actor";
import { createCustomer } from "@/server/customers/create-customer";
import { findCustomerBySalesforceAccount } from "@/server/customers/find-customer-by-salesforce-account";
import type { Database } from "@/server/db/database";
import { finishLink } from "@/server/launch/finish-link";
import { linkAccountCustomer } from "@/server/launch/link-account-customer";
import { loadLaunchContext } from "@/server/launch/load-launch-context";
import { mapAccountToCustomer } from "@/server/launch/map-account-to-customer";
import { requireLaunchAccount } from "@/server/launch/require-launch-account";
import { resolveCustomerLink } from "@/server/launch/resolve-customer-link";

/**
 * `POST /api/launch/opportunities/{id}/customer`: creates the customer from the opportunity's account
 * and links them, then writes the customer id to the account in Salesforce. Never a second customer
 * for one account: an account already linked (or naming one of our customers) answers with that
 * customer, and when two launches race, the unique index on the account id lets one insert win and
 * the other answers with the winner.
 */
export async function createCustomerFromAccount({
  db,
  actor,
  opportunityId,
}: {
  db: Database;
  actor: Actor;
  opportunityId: string;
}): Promise<{ created: boolean; result: LaunchLinkResult }> {
  const context = await loadLaunchContext({ db, actor, opportunityId });
  const account = requireLaunchAccount(context);
  // A customer the account is linked to, or one its Sequence Customer ID names that lost our side
  // of the link, is the account's customer: link it again rather than create a second one.
  const resolved = await resolveCustomerLink({ db, account });
  if (resolved.status === "linked") {
    const existing = resolved.customer;
    return {
      created: false,
      result: await linkAccountCustomer({
        db,
        context,
        account,
        customer: existing,
        notice: (linkedNow) =>
          linkedNow
            ? `Account ${account.name} names customer ${existing.legalName}; linked them again instead of creating another customer.`
            : `Account ${account.name} is already linked to customer ${existing.legalName}; no new customer was created.`,
      }),
    };
  }

  const mapping = mapAccountToCustomer({ account, instanceUrl: context.instanceUrl });
  if (!mapping.ready) {
    throw new ApiError(
      422,
      "ValidationError",
      "salesforce_account_incomplete",
      `The customer can't be created from account ${account.name} until this is fixed in Salesforce: ${mapping.problems.map((problem) => problem.message).join("; ")}. Nothing was created.`,
      mapping.problems.map((problem) => ({
        path: `${problem.record.type}.${problem.field ?? ""}`.replace(/\.$/, ""),
        message: problem.message,
      })),
    );
  }

  let outcome: "created" | "already_linked" = "created";
  let notice = `Created customer ${account.name} from the Salesforce account, with its billing address and billing contact.`;
  try {
    await createCustomer({ db, actor: context.actor, body: mapping.body });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "salesforce_account_already_linked") throw error;
    outcome = "already_linked";
    notice = `Another launch created the customer for account ${account.name} a moment ago; using it.`;
  }
  const customer = await findCustomerBySalesforceAccount({ db, accountId: account.id });
  if (!customer) throw new Error(`no customer is linked to account ${account.id} after creating one`);
  return {
    created: outcome === "created",
    result: await finishLink({ context, account, customer, outcome, notice }),
  };
}
