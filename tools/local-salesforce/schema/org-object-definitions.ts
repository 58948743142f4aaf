import { customFieldDefinition } from "@/tools/local-salesforce/schema/custom-field-definition";
import { defineField, readOnly } from "@/tools/local-salesforce/schema/define-field";
import type { FieldDefinition, ObjectDefinition, SharingKind } from "@/tools/local-salesforce/schema/object-definition";
import type { PackageMetadata, PackageObjectMetadata } from "@/tools/local-salesforce/schema/read-package-metadata";
import { setupObjects } from "@/tools/local-salesforce/schema/setup-objects";
import { standardCrmObjects } from "@/tools/local-salesforce/schema/standard-objects";
import { systemFields } from "@/tools/local-salesforce/schema/system-fields";

/** A custom object's organization-wide default, from its metadata (master-detail objects are not modelled). */
function sharingOf(name: string, sharingModel: string | undefined): SharingKind {
  switch (sharingModel ?? "ReadWrite") {
    case "Private":
      return "private";
    case "Read":
      return "public-read";
    case "ReadWrite":
      return "public-read-write";
    default:
      throw new Error(`${name}: the local org does not model the sharing model ${sharingModel}`);
  }
}

/** Every object of the org: the standard ones plus the package's, with the package's custom fields. */
export function orgObjectDefinitions(
  metadata: PackageMetadata,
  keyPrefixFor: (objectName: string) => string,
): ObjectDefinition[] {
  const objects = [...standardCrmObjects(), ...setupObjects()];
  for (const packaged of metadata.objects) {
    const customFields = packaged.fields.map(customFieldDefinition);
    const standard = objects.find((object) => object.name === packaged.name);
    if (standard) {
      standard.fields.push(...customFields);
    } else if (packaged.name.endsWith("__c")) {
      objects.push(customObject(packaged, keyPrefixFor(packaged.name), customFields));
    } else {
      throw new Error(`The package changes ${packaged.name}, a standard object the local org does not model`);
    }
  }
  return objects;
}

/** The custom objects of the package, which get org-specific key prefixes. */
export function customObjectNames(metadata: PackageMetadata): string[] {
  return metadata.objects.map((object) => object.name).filter((name) => name.endsWith("__c"));
}

function customObject(
  packaged: PackageObjectMetadata,
  keyPrefix: string,
  customFields: FieldDefinition[],
): ObjectDefinition {
  const xml = packaged.object;
  if (!xml) throw new Error(`${packaged.name} has fields but no ${packaged.name}.object-meta.xml`);
  const base = {
    name: packaged.name,
    label: xml.label,
    labelPlural: xml.pluralLabel ?? xml.label,
    custom: true,
    keyPrefix,
    createable: true,
    updateable: true,
    deletable: true,
    multiCurrencyOnly: false,
  };
  if (xml.customSettingsType) {
    const settingFields = [
      ...systemFields({ owned: false, currency: false }),
      defineField("Name", "Name", "string", { length: 38, nameField: true }),
      defineField("SetupOwnerId", "Location", "reference", {
        nillable: false,
        unique: true,
        referenceTo: ["Organization", "User"],
        relationshipName: "SetupOwner",
      }),
    ];
    return { ...base, customSetting: true, sharing: "setting", fields: [...settingFields, ...customFields] };
  }
  const isDetail = packaged.fields.some((field) => field.type === "MasterDetail");
  const nameField =
    xml.nameField?.type === "AutoNumber"
      ? defineField("Name", xml.nameField.label, "string", readOnly({ length: 30, nameField: true, idLookup: true }))
      : defineField("Name", xml.nameField?.label ?? "Name", "string", {
          length: 80,
          nillable: false,
          nameField: true,
          idLookup: true,
        });
  return {
    ...base,
    customSetting: false,
    sharing: sharingOf(packaged.name, xml.sharingModel),
    fields: [...systemFields({ owned: !isDetail, currency: true }), nameField, ...customFields],
  };
}
