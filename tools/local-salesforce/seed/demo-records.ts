import { applyDerivedFields } from "@/tools/local-salesforce/records/derived-fields";
import { demoAccounts, type DemoAddress } from "@/tools/local-salesforce/seed/demo-accounts";
import { demoCurrencies } from "@/tools/local-salesforce/seed/demo-currencies";
import { demoOpportunities } from "@/tools/local-salesforce/seed/demo-opportunities";
import { demoUser, demoUsers } from "@/tools/local-salesforce/seed/demo-users";
import { mintId } from "@/tools/local-salesforce/store/mint-id";
import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

export interface SeedRecord {
  type: string;
  record: StoredRecord;
}

const SEEDED_AT = "2026-01-05T09:00:00.000+0000";

/** Account ids by demo number: stable in every data folder, like the users'. */
export function demoAccountId(number: number): string {
  return mintId("001", number);
}

export function demoContactId(number: number): string {
  return mintId("003", number);
}

export function demoOpportunityId(number: number): string {
  return mintId("006", number);
}

/** The demo org's records, with the system fields a real org would have given them. */
export function demoRecords(options: { orgId: string; settingsPrefix: string; appUrl: string }): SeedRecord[] {
  const admin = demoUser("admin").id;
  const system = (id: string, extra: StoredRecord): StoredRecord => ({
    Id: id,
    IsDeleted: false,
    CreatedDate: SEEDED_AT,
    CreatedById: admin,
    LastModifiedDate: SEEDED_AT,
    LastModifiedById: admin,
    SystemModstamp: SEEDED_AT,
    ...extra,
  });
  const seed = (type: string, id: string, fields: StoredRecord) => ({
    type,
    record: applyDerivedFields(type, system(id, fields), fields),
  });

  const organization = seed("Organization", options.orgId, {
    Name: "Sequence CPQ Demo (local org)",
    OrganizationType: "Developer Edition",
    InstanceName: "LOCAL",
    IsSandbox: false,
    DefaultLocaleSidKey: "en_US",
    TimeZoneSidKey: "America/Los_Angeles",
    Country: "US",
    DefaultCurrencyIsoCode: "USD",
  });
  const users = demoUsers.map((user) =>
    seed("User", user.id, {
      Username: user.username,
      FirstName: user.firstName,
      LastName: user.lastName,
      Alias: `${user.firstName.charAt(0)}${user.lastName}`.slice(0, 8).toLowerCase(),
      Email: user.username,
      Title: user.title,
      IsActive: true,
      ManagerId: user.managerKey ? demoUser(user.managerKey).id : null,
      CurrencyIsoCode: user.currency,
      DefaultCurrencyIsoCode: user.currency,
      TimeZoneSidKey: "America/Los_Angeles",
      LocaleSidKey: "en_US",
      LanguageLocaleKey: "en_US",
    }),
  );
  const currencies = demoCurrencies.map((currency) =>
    seed("CurrencyType", mintId("02x", currency.number), {
      IsoCode: currency.isoCode,
      ConversionRate: currency.conversionRate,
      DecimalPlaces: currency.decimalPlaces,
      IsActive: currency.isActive,
      IsCorporate: currency.isCorporate,
    }),
  );
  const accounts = demoAccounts.flatMap((account) => {
    const owner = demoUser(account.owner).id;
    const billingContact = account.contacts.find((contact) => contact.isBillingContact);
    const contacts = account.contacts.map((contact) =>
      seed("Contact", demoContactId(contact.number), {
        OwnerId: owner,
        CurrencyIsoCode: account.currency,
        AccountId: demoAccountId(account.number),
        FirstName: contact.firstName,
        LastName: contact.lastName,
        Title: contact.title,
        Email: contact.email,
        ...address("Mailing", contact.address),
      }),
    );
    const accountRecord = seed("Account", demoAccountId(account.number), {
      OwnerId: owner,
      CurrencyIsoCode: account.currency,
      Name: account.name,
      Type: "Prospect",
      Industry: account.industry,
      Website: account.website,
      Sequence_Billing_Contact__c: billingContact ? demoContactId(billingContact.number) : null,
      ...address("Billing", account.billing),
    });
    return [accountRecord, ...contacts];
  });
  const opportunities = demoOpportunities.map((opportunity) =>
    seed("Opportunity", demoOpportunityId(opportunity.number), {
      OwnerId: demoUser(opportunity.owner).id,
      CurrencyIsoCode: opportunity.currency,
      Name: opportunity.name,
      AccountId: opportunity.account === null ? null : demoAccountId(opportunity.account),
      StageName: opportunity.stage,
      Amount: opportunity.amount,
      CloseDate: opportunity.closeDate,
      Type: "New Business",
    }),
  );
  const settings = seed("Sequence_Settings__c", mintId(options.settingsPrefix, 99), {
    Name: "Sequence Settings (Organization)",
    SetupOwnerId: options.orgId,
    App_Base_URL__c: options.appUrl,
  });
  return [organization, ...users, ...currencies, ...accounts, ...opportunities, settings];
}

function address(prefix: "Billing" | "Mailing", value: DemoAddress): StoredRecord {
  return {
    [`${prefix}Street`]: value.street,
    [`${prefix}City`]: value.city,
    [`${prefix}State`]: value.state,
    [`${prefix}PostalCode`]: value.postalCode,
    [`${prefix}Country`]: value.country,
  };
}
