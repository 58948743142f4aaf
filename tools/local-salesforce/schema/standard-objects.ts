import { addressFields } from "@/tools/local-salesforce/schema/address-fields";
import { defineField, lookup, picklist, readOnly } from "@/tools/local-salesforce/schema/define-field";
import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import { systemFields } from "@/tools/local-salesforce/schema/system-fields";

/**
 * The standard CRM objects the app reads and writes, with the fields it touches (and a few a rep
 * expects on the page). Lengths, required fields and picklists follow Salesforce's standard objects;
 * the package adds its custom fields on top (Account.Sequence_Customer_ID__c, ...).
 */

export const OPPORTUNITY_STAGES = [
  "Prospecting",
  "Qualification",
  "Needs Analysis",
  "Value Proposition",
  "Id. Decision Makers",
  "Perception Analysis",
  "Proposal/Price Quote",
  "Negotiation/Review",
  "Closed Won",
  "Closed Lost",
] as const;

const standard = { custom: false, customSetting: false, createable: true, updateable: true, deletable: true };
const owned = { owned: true, currency: true };

export function standardCrmObjects(): ObjectDefinition[] {
  return [account(), contact(), opportunity()];
}

function account(): ObjectDefinition {
  return {
    ...standard,
    name: "Account",
    label: "Account",
    labelPlural: "Accounts",
    keyPrefix: "001",
    multiCurrencyOnly: false,
    sharing: "account",
    fields: [
      ...systemFields(owned),
      defineField("Name", "Account Name", "string", { nillable: false, nameField: true, idLookup: true }),
      defineField("AccountNumber", "Account Number", "string", { length: 40 }),
      defineField("Type", "Account Type", "picklist", picklist(["Prospect", "Customer - Direct", "Partner"], false)),
      defineField(
        "Industry",
        "Industry",
        "picklist",
        picklist(["Technology", "Retail", "Logistics", "Finance"], false),
      ),
      defineField("Phone", "Account Phone", "phone"),
      defineField("Website", "Website", "url"),
      defineField("Description", "Account Description", "textarea", { length: 32000 }),
      defineField("ParentId", "Parent Account ID", "reference", lookup("Account", "Parent", "ChildAccounts")),
      ...addressFields("Billing", "Billing"),
      ...addressFields("Shipping", "Shipping"),
    ],
  };
}

function contact(): ObjectDefinition {
  return {
    ...standard,
    name: "Contact",
    label: "Contact",
    labelPlural: "Contacts",
    keyPrefix: "003",
    multiCurrencyOnly: false,
    sharing: "contact",
    fields: [
      ...systemFields(owned),
      defineField("AccountId", "Account ID", "reference", lookup("Account", "Account", "Contacts", "Cascade")),
      defineField("FirstName", "First Name", "string", { length: 40 }),
      defineField("LastName", "Last Name", "string", { length: 80, nillable: false }),
      defineField("Name", "Full Name", "string", readOnly({ length: 121, nameField: true })),
      defineField("Title", "Title", "string", { length: 128 }),
      defineField("Email", "Email", "email", { idLookup: true }),
      defineField("Phone", "Business Phone", "phone"),
      ...addressFields("Mailing", "Mailing"),
    ],
  };
}

function opportunity(): ObjectDefinition {
  return {
    ...standard,
    name: "Opportunity",
    label: "Opportunity",
    labelPlural: "Opportunities",
    keyPrefix: "006",
    multiCurrencyOnly: false,
    sharing: "private",
    fields: [
      ...systemFields(owned),
      defineField("AccountId", "Account ID", "reference", lookup("Account", "Account", "Opportunities", "Cascade")),
      defineField("Name", "Name", "string", { length: 120, nillable: false, nameField: true }),
      defineField("Description", "Description", "textarea", { length: 32000 }),
      // Salesforce refuses a stage that is not one of the org's OpportunityStage values.
      defineField("StageName", "Stage", "picklist", { ...picklist(OPPORTUNITY_STAGES, true), nillable: false }),
      defineField("Amount", "Amount", "currency", { precision: 18, scale: 2 }),
      defineField("Probability", "Probability (%)", "percent", { precision: 3, scale: 0, defaultedOnCreate: true }),
      defineField("CloseDate", "Close Date", "date", { nillable: false }),
      defineField("Type", "Opportunity Type", "picklist", picklist(["New Business", "Existing Business"], false)),
      defineField("NextStep", "Next Step", "string"),
      defineField("IsClosed", "Closed", "boolean", readOnly()),
      defineField("IsWon", "Won", "boolean", readOnly()),
    ],
  };
}
