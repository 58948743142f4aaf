import { describeField } from "@/tools/local-salesforce/rest/describe-field";
import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { SchemaView } from "@/tools/local-salesforce/schema/schema-view";

function urls(version: string, object: ObjectDefinition): Record<string, string> {
  const base = `/services/data/v${version}/sobjects/${object.name}`;
  return {
    rowTemplate: `${base}/{ID}`,
    defaultValues: `${base}/defaultValues?recordTypeId&fields`,
    describe: `${base}/describe`,
    sobject: base,
  };
}

/** One entry of describeGlobal (`GET /sobjects`), also the `objectDescribe` of `GET /sobjects/X`. */
export function describeGlobalEntry(version: string, object: ObjectDefinition): Record<string, unknown> {
  return {
    activateable: false,
    associateEntityType: null,
    associateParentEntity: null,
    createable: object.createable,
    custom: object.custom,
    customSetting: object.customSetting,
    deepCloneable: false,
    deletable: object.deletable,
    deprecatedAndHidden: false,
    feedEnabled: false,
    hasSubtypes: false,
    isInterface: false,
    isSubtype: false,
    keyPrefix: object.keyPrefix,
    label: object.label,
    labelPlural: object.labelPlural,
    layoutable: !object.customSetting,
    mergeable: object.name === "Account" || object.name === "Contact",
    mruEnabled: !object.customSetting,
    name: object.name,
    queryable: true,
    replicateable: true,
    retrieveable: true,
    searchable: !object.customSetting,
    triggerable: true,
    undeletable: object.deletable,
    updateable: object.updateable,
    urls: urls(version, object),
  };
}

/** `GET /sobjects/X/describe`: the object, its fields and the relationships that point at it. */
export function describeSObject(
  schema: SchemaView,
  version: string,
  object: ObjectDefinition,
): Record<string, unknown> {
  return {
    ...describeGlobalEntry(version, object),
    actionOverrides: [],
    childRelationships: schema.childRelationships(object).map((child) => ({
      cascadeDelete: child.cascadeDelete,
      childSObject: child.childObject.name,
      deprecatedAndHidden: false,
      field: child.field.name,
      junctionIdListNames: [],
      junctionReferenceTo: [],
      relationshipName: child.relationshipName,
      restrictedDelete: child.restrictedDelete,
    })),
    compactLayoutQueryable: true,
    defaultImplementation: null,
    extendedBy: null,
    extendsInterfaces: null,
    fields: object.fields.map(describeField),
    implementedBy: null,
    implementsInterfaces: null,
    listviewable: null,
    lookupLayoutable: null,
    namedLayoutInfos: [],
    networkScopeFieldName: null,
    recordTypeInfos: [],
    searchLayoutable: !object.customSetting,
    sobjectDescribeOption: "FULL",
    supportedScopes: [
      { label: `All ${object.labelPlural.toLowerCase()}`, name: "everything" },
      { label: `My ${object.labelPlural.toLowerCase()}`, name: "mine" },
    ],
  };
}
