/**
 * The package's objects and the fields the quote sync writes on each (salesforce/README.md), exactly
 * as named there. The mapper can only set these, and the connection check compares them against what
 * the org's describe says is installed and writable, so the two cannot drift apart.
 */
export const sequenceObjectFields = {
  Sequence_Quote__c: [
    "Name",
    "OwnerId",
    "CurrencyIsoCode",
    "Opportunity__c",
    "Account__c",
    "Title__c",
    "Quote_Number__c",
    "Status__c",
    "Deal_Type__c",
    "Version__c",
    "Published_At__c",
    "Expires_At__c",
    "Accepted_At__c",
    "Executed_At__c",
    "Archived_At__c",
    "Start_Date__c",
    "End_Date__c",
    "Total_Contract_Value__c",
    "Annual_Recurring_Revenue__c",
    "Discount_Total__c",
    "Quote_URL__c",
    "Last_Synced_At__c",
  ],
  Sequence_Phase__c: [
    "Name",
    "OwnerId",
    "CurrencyIsoCode",
    "Quote__c",
    "Phase_Number__c",
    "Start_Date__c",
    "End_Date__c",
    "Duration__c",
    "Total__c",
    "Discount_Total__c",
    "Minimum_True_Up__c",
    "Annual_Recurring_Revenue__c",
  ],
  Sequence_Price__c: [
    "Name",
    "OwnerId",
    "CurrencyIsoCode",
    "Quote__c",
    "Phase__c",
    "Line_Number__c",
    "Product_Id__c",
    "Pricing_Model__c",
    "Billing_Frequency__c",
    "Billing_Type__c",
    "Unit_Price__c",
    "Package_Size__c",
    "Quantity__c",
    "Is_Price_Percentage__c",
    "Tiers__c",
    "Total__c",
  ],
  Sequence_Discount__c: [
    "Name",
    "OwnerId",
    "CurrencyIsoCode",
    "Quote__c",
    "Phase__c",
    "Discount_Type__c",
    "Percentage__c",
    "Amount__c",
    "Message__c",
    "Applies_To__c",
  ],
  Sequence_Minimum__c: ["Name", "OwnerId", "CurrencyIsoCode", "Quote__c", "Phase__c", "Amount__c", "Applies_To__c"],
} as const;

/** Every object is upserted on this external id (our UUID), so a retried write never duplicates. */
export const EXTERNAL_ID_FIELD = "Sequence_Id__c";

export type SequenceObject = keyof typeof sequenceObjectFields;
export type SequenceChildObject = Exclude<SequenceObject, "Sequence_Quote__c">;
export type SequenceField<O extends SequenceObject> = (typeof sequenceObjectFields)[O][number];

export const sequenceChildObjects: readonly SequenceChildObject[] = [
  "Sequence_Phase__c",
  "Sequence_Price__c",
  "Sequence_Discount__c",
  "Sequence_Minimum__c",
];
