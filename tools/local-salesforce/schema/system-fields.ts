import { defineField, lookup, readOnly } from "@/tools/local-salesforce/schema/define-field";
import type { FieldDefinition } from "@/tools/local-salesforce/schema/object-definition";

/** Fields every sObject has, in the order Salesforce's describe lists them. */
export function systemFields(options: { owned: boolean; currency: boolean }): FieldDefinition[] {
  const fields = [
    defineField("Id", "Record ID", "id", { nillable: false, defaultedOnCreate: true }),
    defineField("IsDeleted", "Deleted", "boolean", readOnly()),
  ];
  if (options.owned) {
    fields.push(
      defineField("OwnerId", "Owner ID", "reference", {
        ...lookup("User", "Owner", null, null),
        nillable: false,
        defaultedOnCreate: true,
      }),
    );
  }
  if (options.currency) fields.push(currencyIsoCodeField());
  fields.push(
    defineField("CreatedDate", "Created Date", "datetime", readOnly({ nillable: false, defaultedOnCreate: true })),
    defineField("CreatedById", "Created By ID", "reference", {
      ...readOnly({ nillable: false, defaultedOnCreate: true }),
      ...lookup("User", "CreatedBy", null, null),
    }),
    defineField(
      "LastModifiedDate",
      "Last Modified Date",
      "datetime",
      readOnly({ nillable: false, defaultedOnCreate: true }),
    ),
    defineField("LastModifiedById", "Last Modified By ID", "reference", {
      ...readOnly({ nillable: false, defaultedOnCreate: true }),
      ...lookup("User", "LastModifiedBy", null, null),
    }),
    defineField(
      "SystemModstamp",
      "System Modstamp",
      "datetime",
      readOnly({ nillable: false, defaultedOnCreate: true }),
    ),
  );
  return fields;
}

/** Picklist values are filled from the org's active CurrencyType rows when the schema is viewed. */
export function currencyIsoCodeField(label = "Currency ISO Code"): FieldDefinition {
  return defineField("CurrencyIsoCode", label, "picklist", {
    length: 3,
    nillable: false,
    defaultedOnCreate: true,
    restrictedPicklist: true,
    multiCurrencyOnly: true,
  });
}
