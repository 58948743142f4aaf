import { v5 as uuidv5 } from "uuid";

/** Our namespace for name-based (v5) UUIDs of records that have no id of their own in Salesforce's eyes. */
const NAMESPACE = "7c1f3b52-4e0a-4d8e-9a51-2f6b8c0d9e13";

/**
 * The `Sequence_Id__c` of a quote's child record in Salesforce. Published versions copy their rows,
 * so row ids change with every version; this id instead follows the record's place in the quote
 * (phase position; a price's temporaryId and which occurrence of it; a discount's or minimum's
 * position), so republishing updates the same Salesforce records rather than recreating them, and
 * the same input always gives the same id.
 */
export function deriveExternalId(
  quoteId: string,
  child:
    | { kind: "phase"; phase: number }
    | { kind: "price"; phase: number; temporaryId: string; occurrence: number }
    | { kind: "discount" | "minimum"; phase: number; index: number },
): string {
  const path =
    child.kind === "phase"
      ? `phase:${child.phase}`
      : child.kind === "price"
        ? `phase:${child.phase}:price:${child.temporaryId}:${child.occurrence}`
        : `phase:${child.phase}:${child.kind}:${child.index}`;
  return uuidv5(`${quoteId.toLowerCase()}:${path}`, NAMESPACE);
}
