import "server-only";
import type { Connection } from "jsforce";
import { z } from "zod";
import { ApiError } from "@/server/api/api-error";
import { toSalesforceApiError } from "@/server/salesforce/to-salesforce-api-error";

export type SalesforceAddress = {
  street: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string | null;
};

export type LaunchContactRecord = { id: string; name: string; email: string | null; mailing: SalesforceAddress };

export type LaunchAccountRecord = {
  id: string;
  name: string;
  currency: string | null;
  website: string | null;
  /** `Sequence_Customer_ID__c`: the customer this account says it is linked to. */
  customerId: string | null;
  /** `Sequence_Billing_Contact__c`, even when the contact itself is hidden from the user. */
  billingContactId: string | null;
  billingContact: LaunchContactRecord | null;
  billing: SalesforceAddress;
};

export type LaunchOpportunityRecord = {
  id: string;
  name: string;
  stageName: string;
  closeDate: string | null;
  /** Salesforce sends currency fields as JSON numbers; kept as the decimal text it printed. */
  amount: string | null;
  currency: string | null;
  accountId: string | null;
  /** Null when the opportunity has no account, or has one the user cannot see. */
  account: LaunchAccountRecord | null;
};

const text = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

const contactSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  Email: text,
  MailingStreet: text,
  MailingCity: text,
  MailingState: text,
  MailingPostalCode: text,
  MailingCountry: text,
});
const accountSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  CurrencyIsoCode: text,
  Website: text,
  Sequence_Customer_ID__c: text,
  Sequence_Billing_Contact__c: text,
  Sequence_Billing_Contact__r: contactSchema.nullish(),
  BillingStreet: text,
  BillingCity: text,
  BillingState: text,
  BillingPostalCode: text,
  BillingCountry: text,
});
const opportunitySchema = z.object({
  Id: z.string(),
  Name: z.string(),
  StageName: z.string(),
  CloseDate: text,
  Amount: z.number().nullish(),
  CurrencyIsoCode: text,
  AccountId: text,
  Account: accountSchema.nullish(),
});

/** The query selects exactly what the schemas above read, so the two cannot drift apart. */
const fields = [
  ...Object.keys(opportunitySchema.shape).filter((field) => field !== "Account"),
  ...Object.keys(accountSchema.shape)
    .filter((field) => field !== "Sequence_Billing_Contact__r")
    .map((field) => `Account.${field}`),
  ...Object.keys(contactSchema.shape).map((field) => `Account.Sequence_Billing_Contact__r.${field}`),
].join(", ");

/**
 * The opportunity, its account and the account's billing contact, as the connection's user sees
 * them, in ONE query through parent relationships: every Salesforce API call counts against the
 * org's daily allowance. Null when Salesforce returns no row, which is how it answers for a record
 * the user may not see (or one that does not exist): sharing decides, not us.
 */
export async function readOpportunityForLaunch({
  connection,
  opportunityId,
}: {
  connection: Connection;
  opportunityId: string;
}): Promise<LaunchOpportunityRecord | null> {
  if (!/^[a-zA-Z0-9]{18}$/.test(opportunityId)) throw new Error(`not an 18-character record id: ${opportunityId}`);
  let records: unknown[];
  try {
    records = (await connection.query(`SELECT ${fields} FROM Opportunity WHERE Id = '${opportunityId}' LIMIT 1`))
      .records;
  } catch (error) {
    throw toSalesforceApiError(error, { action: "read this opportunity" });
  }
  if (records.length === 0) return null;
  const parsed = opportunitySchema.safeParse(records[0]);
  if (!parsed.success) {
    throw new ApiError(
      502,
      "SalesforceError",
      "salesforce_unexpected_response",
      `Salesforce answered the opportunity query in a shape Sequence CPQ does not expect (${parsed.error.issues
        .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
        .join("; ")}). Nothing was changed; show this message to your Salesforce admin.`,
    );
  }
  const row = parsed.data;
  const account = row.Account;
  const contact = account?.Sequence_Billing_Contact__r;
  return {
    id: row.Id,
    name: row.Name,
    stageName: row.StageName,
    closeDate: row.CloseDate,
    amount: row.Amount === null || row.Amount === undefined ? null : String(row.Amount),
    currency: row.CurrencyIsoCode,
    accountId: row.AccountId,
    account: account
      ? {
          id: account.Id,
          name: account.Name,
          currency: account.CurrencyIsoCode,
          website: account.Website,
          customerId: account.Sequence_Customer_ID__c,
          billingContactId: account.Sequence_Billing_Contact__c,
          billingContact: contact
            ? {
                id: contact.Id,
                name: contact.Name,
                email: contact.Email,
                mailing: {
                  street: contact.MailingStreet,
                  city: contact.MailingCity,
                  state: contact.MailingState,
                  postalCode: contact.MailingPostalCode,
                  country: contact.MailingCountry,
                },
              }
            : null,
          billing: {
            street: account.BillingStreet,
            city: account.BillingCity,
            state: account.BillingState,
            postalCode: account.BillingPostalCode,
            country: account.BillingCountry,
          },
        }
      : null,
  };
}
