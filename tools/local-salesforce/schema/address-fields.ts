import { defineField, readOnly } from "@/tools/local-salesforce/schema/define-field";
import type { FieldDefinition } from "@/tools/local-salesforce/schema/object-definition";

/**
 * An address as Salesforce stores it: street (textarea), city, state, postal code and country, plus
 * the read-only compound field (BillingAddress) that SOQL returns as one object. Lengths as in the
 * standard Account and Contact objects.
 */
export function addressFields(prefix: "Billing" | "Shipping" | "Mailing", label: string): FieldDefinition[] {
  const compound = `${prefix}Address`;
  const parts = {
    street: `${prefix}Street`,
    city: `${prefix}City`,
    state: `${prefix}State`,
    postalCode: `${prefix}PostalCode`,
    country: `${prefix}Country`,
  };
  const part = { compoundFieldName: compound };
  return [
    defineField(parts.street, `${label} Street`, "textarea", { ...part, length: 255 }),
    defineField(parts.city, `${label} City`, "string", { ...part, length: 40 }),
    defineField(parts.state, `${label} State/Province`, "string", { ...part, length: 80 }),
    defineField(parts.postalCode, `${label} Zip/Postal Code`, "string", { ...part, length: 20 }),
    defineField(parts.country, `${label} Country`, "string", { ...part, length: 80 }),
    defineField(compound, `${label} Address`, "address", readOnly({ compoundOf: parts })),
  ];
}
