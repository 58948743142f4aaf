import "server-only";
import { ApiError } from "@/server/api/api-error";
import type { SalesforceConnection } from "@/server/launch/load-launch-context";
import type { LaunchAccountRecord } from "@/server/salesforce/read-opportunity-for-launch";
import { writeAccountCustomerId } from "@/server/salesforce/write-account-customer-id";

export type WriteBackResult = { status: "written" | "unchanged" | "failed"; message: string };

/**
 * Puts the customer id on the account in Salesforce (`Sequence_Customer_ID__c`), unless it is there
 * already. A failure does not undo the link on our side: the result says what happened, the next
 * launch of any of the account's opportunities sees the stale field and tries again.
 */
export async function writeBackCustomerId({
  connection,
  account,
  customer,
}: {
  connection: SalesforceConnection;
  account: LaunchAccountRecord;
  customer: { id: string; legalName: string };
}): Promise<WriteBackResult> {
  if (account.customerId?.trim().toLowerCase() === customer.id) {
    return {
      status: "unchanged",
      message: `Account ${account.name} already has Sequence Customer ID ${customer.id} in Salesforce.`,
    };
  }
  try {
    await writeAccountCustomerId({ connection, account, customerId: customer.id });
    return {
      status: "written",
      message: `Wrote Sequence Customer ID ${customer.id} to account ${account.name} in Salesforce.`,
    };
  } catch (error) {
    const reason = error instanceof ApiError ? error.message : "Salesforce did not accept the change.";
    if (!(error instanceof ApiError)) console.error("[launch] write-back failed", error);
    return {
      status: "failed",
      message: `Customer ${customer.legalName} is linked to account ${account.name} here, but its id could not be written to the account in Salesforce: ${reason} Sequence CPQ tries again the next time an opportunity of this account is opened.`,
    };
  }
}
