import type { FieldDefinition, ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";

export interface ChildRelationship {
  childObject: ObjectDefinition;
  field: FieldDefinition;
  relationshipName: string;
  cascadeDelete: boolean;
  restrictedDelete: boolean;
}

const CURRENCY_PICKLISTS = new Set(["CurrencyIsoCode", "DefaultCurrencyIsoCode", "IsoCode"]);

/**
 * The org's schema as one user sees it at one moment: multi-currency decides whether CurrencyIsoCode
 * and CurrencyType exist, and the active currencies fill the currency picklists. Names are matched
 * case-insensitively, as Salesforce does.
 */
export class SchemaView {
  private readonly objectsByName = new Map<string, ObjectDefinition>();
  private readonly objectsByPrefix = new Map<string, ObjectDefinition>();
  private readonly fieldsByName = new Map<ObjectDefinition, Map<string, FieldDefinition>>();
  private readonly fieldsByRelationship = new Map<ObjectDefinition, Map<string, FieldDefinition>>();
  private readonly children = new Map<ObjectDefinition, ChildRelationship[]>();

  constructor(
    definitions: readonly ObjectDefinition[],
    readonly multiCurrency: boolean,
    currencies: readonly string[],
  ) {
    const visible = definitions
      .filter((object) => multiCurrency || !object.multiCurrencyOnly)
      .map((object) => ({
        ...object,
        fields: object.fields
          .filter((field) => multiCurrency || !field.multiCurrencyOnly)
          .map((field) => (CURRENCY_PICKLISTS.has(field.name) ? withCurrencies(field, currencies) : field)),
      }));
    for (const object of visible) {
      this.objectsByName.set(object.name.toLowerCase(), object);
      this.objectsByPrefix.set(object.keyPrefix, object);
      this.fieldsByName.set(object, new Map(object.fields.map((field) => [field.name.toLowerCase(), field])));
      const relationships = object.fields.filter((field) => field.relationshipName);
      this.fieldsByRelationship.set(
        object,
        new Map(relationships.map((field) => [String(field.relationshipName).toLowerCase(), field])),
      );
      this.children.set(object, []);
    }
    for (const childObject of visible) {
      for (const field of childObject.fields) {
        const parent = field.referenceTo.length === 1 ? this.object(String(field.referenceTo[0])) : undefined;
        if (!parent || !field.childRelationshipName) continue;
        this.children.get(parent)?.push({
          childObject,
          field,
          relationshipName: field.childRelationshipName,
          cascadeDelete: field.deleteConstraint === "Cascade",
          restrictedDelete: field.deleteConstraint === "Restrict",
        });
      }
    }
  }

  objects(): ObjectDefinition[] {
    return [...this.objectsByName.values()];
  }

  object(name: string): ObjectDefinition | undefined {
    return this.objectsByName.get(name.toLowerCase());
  }

  objectByPrefix(prefix: string): ObjectDefinition | undefined {
    return this.objectsByPrefix.get(prefix);
  }

  field(object: ObjectDefinition, name: string): FieldDefinition | undefined {
    return this.fieldsByName.get(object)?.get(name.toLowerCase());
  }

  /** The reference field behind a parent relationship name (Account, Owner, Quote__r). */
  relationshipField(object: ObjectDefinition, relationshipName: string): FieldDefinition | undefined {
    return this.fieldsByRelationship.get(object)?.get(relationshipName.toLowerCase());
  }

  childRelationships(object: ObjectDefinition): ChildRelationship[] {
    return this.children.get(object) ?? [];
  }

  childRelationship(object: ObjectDefinition, name: string): ChildRelationship | undefined {
    const lower = name.toLowerCase();
    return this.childRelationships(object).find((child) => child.relationshipName.toLowerCase() === lower);
  }
}

function withCurrencies(field: FieldDefinition, currencies: readonly string[]): FieldDefinition {
  return {
    ...field,
    picklistValues: currencies.map((code) => ({ value: code, label: code, defaultValue: false })),
  };
}
