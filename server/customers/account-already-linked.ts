import { ApiError } from "@/server/api/api-error";

/** Customers map 1:1 to Salesforce accounts; a second link is refused with the customer that holds it. */
export function accountAlreadyLinked(accountId: string, customerId?: string): ApiError {
  return ApiError.conflict(
    "salesforce_account_already_linked",
    `The Salesforce account ${accountId} is already linked to ${customerId ? `customer ${customerId}` : "another customer"}. ` +
      `A customer maps to exactly one account: use that customer, or unlink it first.`,
  );
}
