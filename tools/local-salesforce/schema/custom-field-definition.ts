import { defineField } from "@/tools/local-salesforce/schema/define-field";
import type { FieldDefinition, FieldType } from "@/tools/local-salesforce/schema/object-definition";
import type { CustomFieldXml } from "@/tools/local-salesforce/schema/package-metadata-schemas";

const describeType: Record<CustomFieldXml["type"], FieldType> = {
  Text: "string",
  TextArea: "textarea",
  LongTextArea: "textarea",
  Number: "double",
  Currency: "currency",
  Percent: "percent",
  Date: "date",
  DateTime: "datetime",
  Checkbox: "boolean",
  Email: "email",
  Phone: "phone",
  Url: "url",
  Picklist: "picklist",
  Lookup: "reference",
  MasterDetail: "reference",
  AutoNumber: "string",
};

/** The describe-level definition of a custom field, as Salesforce derives it from the field's metadata. */
export function customFieldDefinition(xml: CustomFieldXml): FieldDefinition {
  const type = describeType[xml.type];
  const reference = xml.type === "Lookup" || xml.type === "MasterDetail";
  if (reference && (!xml.referenceTo || !xml.relationshipName)) {
    throw new Error(`${xml.fullName}: a ${xml.type} field needs referenceTo and relationshipName`);
  }
  const overrides: Partial<FieldDefinition> = {
    inlineHelpText: xml.inlineHelpText ?? null,
    nillable: !(xml.required ?? false) && xml.type !== "MasterDetail" && xml.type !== "Checkbox",
    externalId: xml.externalId ?? false,
    unique: xml.unique ?? false,
    caseSensitive: xml.caseSensitive ?? false,
    idLookup: xml.externalId ?? false,
  };
  if (xml.type === "Checkbox") overrides.defaultValue = xml.defaultValue === "true";
  if (xml.type === "TextArea") overrides.length = 255;
  else if (xml.length !== undefined) overrides.length = xml.length;
  if (["Number", "Currency", "Percent"].includes(xml.type)) {
    overrides.precision = xml.precision ?? 18;
    overrides.scale = xml.scale ?? 0;
  }
  if (xml.type === "AutoNumber") Object.assign(overrides, { createable: false, updateable: false, length: 30 });
  if (xml.type === "Picklist") {
    overrides.picklistValues = (xml.valueSet?.valueSetDefinition.value ?? []).map((value) => ({
      value: value.fullName,
      label: value.label,
      defaultValue: value.default ?? false,
    }));
    overrides.restrictedPicklist = xml.valueSet?.restricted ?? false;
    const preselected = overrides.picklistValues.find((value) => value.defaultValue);
    if (preselected) Object.assign(overrides, { defaultValue: preselected.value, defaultedOnCreate: true });
  }
  if (reference) {
    Object.assign(overrides, {
      referenceTo: [xml.referenceTo],
      relationshipName: xml.fullName.replace(/__c$/, "__r"),
      childRelationshipName: `${xml.relationshipName}__r`,
      deleteConstraint: xml.type === "MasterDetail" ? "Cascade" : (xml.deleteConstraint ?? "SetNull"),
    });
  }
  return defineField(xml.fullName, xml.label, type, overrides);
}
