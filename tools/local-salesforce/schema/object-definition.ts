/** Describe-level field types the local org knows (the `type` Salesforce's describe reports). */
export type FieldType =
  | "id"
  | "string"
  | "textarea"
  | "boolean"
  | "currency"
  | "double"
  | "percent"
  | "int"
  | "date"
  | "datetime"
  | "email"
  | "phone"
  | "url"
  | "picklist"
  | "reference"
  | "address";

export interface PicklistValue {
  value: string;
  label: string;
  defaultValue: boolean;
}

export type DeleteConstraint = "SetNull" | "Restrict" | "Cascade";

export interface FieldDefinition {
  name: string;
  label: string;
  type: FieldType;
  custom: boolean;
  /** Characters for text types. */
  length: number;
  precision: number;
  scale: number;
  /** False for fields that must have a value (Salesforce's `nillable`). */
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  defaultedOnCreate: boolean;
  /** What a new record gets when the field is left out (checkbox and picklist defaults). */
  defaultValue: string | boolean | null;
  externalId: boolean;
  unique: boolean;
  caseSensitive: boolean;
  idLookup: boolean;
  nameField: boolean;
  filterable: boolean;
  sortable: boolean;
  picklistValues: PicklistValue[];
  restrictedPicklist: boolean;
  referenceTo: string[];
  /** Name used to traverse to the parent in SOQL and to set it by external id (Account, Quote__r). */
  relationshipName: string | null;
  /** Name of the child relationship on the parent (Contacts, Phases__r). */
  childRelationshipName: string | null;
  deleteConstraint: DeleteConstraint | null;
  /** Fields of a compound address field, in Salesforce's order. */
  compoundOf: AddressParts | null;
  compoundFieldName: string | null;
  inlineHelpText: string | null;
  /** Exists only while the org has multi-currency on (CurrencyIsoCode). */
  multiCurrencyOnly: boolean;
}

export interface AddressParts {
  street: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

/**
 * Record access: "private" (owner and the owner's managers), "public-read" (everyone reads, owner
 * edits), "public-read-write", Account's and Contact's own rules, "setup" (everyone reads, nobody
 * writes over the API) and "setting" (custom settings: everyone reads, admins write).
 */
export type SharingKind = "private" | "public-read" | "public-read-write" | "account" | "contact" | "setup" | "setting";

export interface ObjectDefinition {
  name: string;
  label: string;
  labelPlural: string;
  custom: boolean;
  customSetting: boolean;
  keyPrefix: string;
  fields: FieldDefinition[];
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  /** Exists only while the org has multi-currency on (CurrencyType). */
  multiCurrencyOnly: boolean;
  sharing: SharingKind;
}
