import { z } from "zod";

/**
 * The parts of SFDX source files (Metadata API XML) the local org reads, validated once when the
 * package is loaded. Elements the org does not use (trackHistory, searchLayouts, ...) are ignored.
 */

const xmlBoolean = z.enum(["true", "false"]).transform((value) => value === "true");
const xmlInteger = z.string().regex(/^\d+$/, { error: "must be a whole number" }).transform(Number);
/** An element written as `<x />` parses to an empty string. */
const emptyAsObject = (value: unknown) => (value === "" ? {} : value);

export const customFieldTypes = [
  "Text",
  "TextArea",
  "LongTextArea",
  "Number",
  "Currency",
  "Percent",
  "Date",
  "DateTime",
  "Checkbox",
  "Email",
  "Phone",
  "Url",
  "Picklist",
  "Lookup",
  "MasterDetail",
  "AutoNumber",
] as const;

export const customFieldXmlSchema = z.looseObject({
  fullName: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*__c$/, { error: "must be a custom field API name (…__c)" }),
  label: z.string().min(1).max(40),
  type: z.enum(customFieldTypes),
  description: z.string().optional(),
  inlineHelpText: z.string().max(510).optional(),
  length: xmlInteger.optional(),
  precision: xmlInteger.optional(),
  scale: xmlInteger.optional(),
  visibleLines: xmlInteger.optional(),
  required: xmlBoolean.optional(),
  externalId: xmlBoolean.optional(),
  unique: xmlBoolean.optional(),
  caseSensitive: xmlBoolean.optional(),
  defaultValue: z.string().optional(),
  referenceTo: z.string().optional(),
  relationshipName: z.string().optional(),
  relationshipLabel: z.string().optional(),
  deleteConstraint: z.enum(["SetNull", "Restrict", "Cascade"]).optional(),
  valueSet: z
    .looseObject({
      restricted: xmlBoolean.optional(),
      valueSetDefinition: z.looseObject({
        value: z.array(z.looseObject({ fullName: z.string(), label: z.string(), default: xmlBoolean.optional() })),
      }),
    })
    .optional(),
});

export const customObjectXmlSchema = z.looseObject({
  label: z.string().min(1),
  pluralLabel: z.string().optional(),
  description: z.string().optional(),
  customSettingsType: z.enum(["Hierarchy", "List"]).optional(),
  deploymentStatus: z.enum(["Deployed", "InDevelopment"]).optional(),
  sharingModel: z.enum(["Private", "Read", "ReadWrite", "ControlledByParent", "FullAccess"]).optional(),
  nameField: z.looseObject({ label: z.string(), type: z.enum(["Text", "AutoNumber"]) }).optional(),
});

export const webLinkXmlSchema = z.looseObject({
  fullName: z.string(),
  availability: z.enum(["online", "offline"]),
  displayType: z.enum(["link", "button", "massActionButton"]),
  encodingKey: z.string(),
  linkType: z.enum(["url", "sControl", "javascript", "page", "flow"]),
  masterLabel: z.string(),
  openType: z.enum(["newWindow", "sidebar", "noSidebar", "replace", "onClickJavaScript"]),
  protected: xmlBoolean,
  url: z.string().optional(),
  description: z.string().optional(),
});

const layoutItemSchema = z.looseObject({
  field: z.string().optional(),
  behavior: z.enum(["Edit", "Required", "Readonly"]).optional(),
});

export const layoutXmlSchema = z.looseObject({
  customButtons: z.array(z.string()).default([]),
  layoutSections: z.array(
    z.looseObject({
      label: z.string(),
      style: z.string(),
      layoutColumns: z.array(
        z.preprocess(emptyAsObject, z.looseObject({ layoutItems: z.array(layoutItemSchema).default([]) })),
      ),
    }),
  ),
  relatedLists: z
    .array(z.looseObject({ relatedList: z.string(), fields: z.array(z.string()).default([]) }))
    .default([]),
});

export type CustomFieldXml = z.infer<typeof customFieldXmlSchema>;
export type CustomObjectXml = z.infer<typeof customObjectXmlSchema>;
export type WebLinkXml = z.infer<typeof webLinkXmlSchema>;
export type LayoutXml = z.infer<typeof layoutXmlSchema>;
