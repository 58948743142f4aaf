import "server-only";
import type { Connection } from "jsforce";
import { ApiError } from "@/server/api/api-error";
import { toSalesforceApiError } from "@/server/salesforce/to-salesforce-api-error";

/**
 * Writes our customer id to the account's `Sequence_Customer_ID__c` with the connection's user (one
 * API call), so Salesforce's sharing decides whether this rep may change the account. Throws an
 * ApiError that says what to do when Salesforce refuses.
 */
export async function writeAccountCustomerId({
  connection,
  account,
  customerId,
}: {
  connection: Connection;
  account: { id: string; name: string };
  customerId: string;
}): Promise<void> {
  try {
    await connection.sobject("Account").update({ Id: account.id, Sequence_Customer_ID__c: customerId });
  } catch (error) {
    // The field is unique: another account still carries this customer's id from an earlier link.
    if ((error as { errorCode?: unknown }).errorCode === "DUPLICATE_VALUE") {
      throw ApiError.conflict(
        "salesforce_duplicate_customer_id",
        `Another Salesforce account already has Sequence Customer ID ${customerId}, so it could not be set on account ${account.name}. Clear the field on the other account in Salesforce; ${account.name} is the account linked to the customer.`,
      );
    }
    throw toSalesforceApiError(error, {
      action: `write the customer id to account ${account.name}`,
      insufficientAccess: `You can't edit account ${account.name} in Salesforce, so its Sequence Customer ID could not be set. Ask the account's owner (or your Salesforce admin) for edit access, or ask them to open this opportunity and click Create Sequence Quote.`,
    });
  }
}
