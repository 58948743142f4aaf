import { defineField, lookup, readOnly } from "@/tools/local-salesforce/schema/define-field";
import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import { currencyIsoCodeField, systemFields } from "@/tools/local-salesforce/schema/system-fields";

/**
 * Setup objects the app reads: who is signed in (User), the org (Organization) and its currencies
 * (CurrencyType). The local org offers them read-only over the REST API: users come from the demo
 * seed, and nothing the app does changes them.
 */

const readOnlyObject = { custom: false, customSetting: false, createable: false, updateable: false, deletable: false };

export function setupObjects(): ObjectDefinition[] {
  return [user(), organization(), currencyType()];
}

function user(): ObjectDefinition {
  return {
    ...readOnlyObject,
    name: "User",
    label: "User",
    labelPlural: "Users",
    keyPrefix: "005",
    multiCurrencyOnly: false,
    sharing: "setup",
    fields: [
      ...systemFields({ owned: false, currency: false }),
      defineField("Username", "Username", "string", readOnly({ length: 80, unique: true, idLookup: true })),
      defineField("FirstName", "First Name", "string", readOnly({ length: 40 })),
      defineField("LastName", "Last Name", "string", readOnly({ length: 80 })),
      defineField("Name", "Full Name", "string", readOnly({ length: 121, nameField: true })),
      defineField("Alias", "Alias", "string", readOnly({ length: 8 })),
      defineField("Email", "Email", "email", readOnly({ length: 128 })),
      defineField("Title", "Title", "string", readOnly({ length: 80 })),
      defineField("IsActive", "Active", "boolean", readOnly()),
      defineField("ManagerId", "Manager ID", "reference", { ...readOnly(), ...lookup("User", "Manager", null, null) }),
      { ...currencyIsoCodeField("User Currency"), ...readOnly() },
      {
        ...currencyIsoCodeField("Default Currency ISO Code"),
        ...readOnly({ name: "DefaultCurrencyIsoCode", multiCurrencyOnly: false }),
      },
      defineField("TimeZoneSidKey", "Time Zone", "picklist", readOnly({ length: 40 })),
      defineField("LocaleSidKey", "Locale", "picklist", readOnly({ length: 40 })),
      defineField("LanguageLocaleKey", "Language", "picklist", readOnly({ length: 40 })),
    ],
  };
}

function organization(): ObjectDefinition {
  return {
    ...readOnlyObject,
    name: "Organization",
    label: "Organization",
    labelPlural: "Organizations",
    keyPrefix: "00D",
    multiCurrencyOnly: false,
    sharing: "setup",
    fields: [
      ...systemFields({ owned: false, currency: false }),
      defineField("Name", "Name", "string", readOnly({ length: 80, nameField: true })),
      defineField("OrganizationType", "Edition", "picklist", readOnly({ length: 40 })),
      defineField("InstanceName", "Instance Name", "string", readOnly({ length: 5 })),
      defineField("IsSandbox", "Is Sandbox", "boolean", readOnly()),
      defineField("DefaultLocaleSidKey", "Locale", "picklist", readOnly({ length: 40 })),
      defineField("TimeZoneSidKey", "Default Time Zone", "picklist", readOnly({ length: 40 })),
      defineField("Country", "Country", "string", readOnly({ length: 80 })),
      // Organization keeps its corporate currency field in single-currency orgs too.
      defineField("DefaultCurrencyIsoCode", "Currency ISO Code", "picklist", readOnly({ length: 3 })),
    ],
  };
}

function currencyType(): ObjectDefinition {
  return {
    ...readOnlyObject,
    name: "CurrencyType",
    label: "Currency Type",
    labelPlural: "Currency Types",
    // Not in the reference's prefix table (unconfirmed); describe reports it, nothing relies on it.
    keyPrefix: "02x",
    multiCurrencyOnly: true,
    sharing: "setup",
    fields: [
      ...systemFields({ owned: false, currency: false }),
      defineField("IsoCode", "Currency ISO Code", "picklist", readOnly({ length: 3, idLookup: true })),
      defineField("ConversionRate", "Conversion Rate", "double", readOnly({ precision: 18, scale: 6 })),
      defineField("DecimalPlaces", "Decimal Places", "int", readOnly()),
      defineField("IsActive", "Active", "boolean", readOnly()),
      defineField("IsCorporate", "Corporate", "boolean", readOnly()),
    ],
  };
}
