import type { FieldDefinition, FieldType } from "@/tools/local-salesforce/schema/object-definition";

const TEXT_TYPES: ReadonlySet<FieldType> = new Set(["string", "textarea", "email", "phone", "url", "picklist"]);

/** A field with Salesforce's usual defaults for its type; `overrides` states what differs. */
export function defineField(
  name: string,
  label: string,
  type: FieldType,
  overrides: Partial<FieldDefinition> = {},
): FieldDefinition {
  const readOnlyType = type === "id" || type === "address";
  const longText = type === "textarea" && (overrides.length ?? 255) > 255;
  return {
    name,
    label,
    type,
    custom: name.endsWith("__c"),
    length: defaultLength(type),
    precision: 0,
    scale: 0,
    nillable: true,
    createable: !readOnlyType,
    updateable: !readOnlyType,
    defaultedOnCreate: type === "boolean",
    defaultValue: type === "boolean" ? false : null,
    externalId: false,
    unique: false,
    caseSensitive: false,
    idLookup: type === "id",
    nameField: false,
    filterable: !longText && type !== "address",
    sortable: !longText && type !== "address",
    picklistValues: [],
    restrictedPicklist: false,
    referenceTo: [],
    relationshipName: null,
    childRelationshipName: null,
    deleteConstraint: null,
    compoundOf: null,
    compoundFieldName: null,
    inlineHelpText: null,
    multiCurrencyOnly: false,
    ...overrides,
  };
}

function defaultLength(type: FieldType): number {
  if (type === "id" || type === "reference") return 18;
  if (type === "email") return 80;
  if (type === "phone") return 40;
  if (TEXT_TYPES.has(type)) return 255;
  return 0;
}

export function readOnly(overrides: Partial<FieldDefinition> = {}): Partial<FieldDefinition> {
  return { createable: false, updateable: false, ...overrides };
}

export function picklist(values: readonly string[], restricted: boolean): Partial<FieldDefinition> {
  return {
    picklistValues: values.map((value) => ({ value, label: value, defaultValue: false })),
    restrictedPicklist: restricted,
  };
}

export function lookup(
  referenceTo: string,
  relationshipName: string,
  childRelationshipName: string | null,
  deleteConstraint: FieldDefinition["deleteConstraint"] = "SetNull",
): Partial<FieldDefinition> {
  return { referenceTo: [referenceTo], relationshipName, childRelationshipName, deleteConstraint };
}
