import { describeDuration } from "@/lib/format/describe-duration";
import { describePrice } from "@/lib/format/describe-price";
import { ExactDecimal } from "@/lib/money/exact-decimal";
import { formatAmount } from "@/lib/money/format-amount";
import { formatMoney } from "@/lib/money/format-money";
import type { PriceStructure } from "@/lib/schemas/price-structure";
import { deriveExternalId } from "@/server/salesforce/derive-external-id";
import type { QuoteSyncSnapshot } from "@/server/salesforce/quote-sync-snapshot";
import type { SequenceField, SequenceObject } from "@/server/salesforce/sequence-object-fields";

/**
 * One record the quote sync writes, before the graph wiring (owner, currency, parent links) is
 * added. `fields` holds only the package's fields for its object; dates are `YYYY-MM-DD`, datetimes
 * ISO 8601, amounts decimal strings exactly as priced (Salesforce keeps 4 decimals, 8 for unit
 * prices), and `null` clears a field a previous version had set.
 */
export type SyncRecord = {
  [O in SequenceObject]: {
    object: O;
    externalId: string;
    /** The graph node's referenceId: letters, digits and `_`, unique in the quote. */
    referenceId: string;
    /** The record in the words of the quote page, for error messages ("Phase 1, price “API calls”"). */
    label: string;
    /** For a price, discount or minimum: the external id of its phase. */
    phaseExternalId?: string;
    fields: Partial<Record<SequenceField<O>, string | number | boolean | null>>;
  };
}[SequenceObject];

/** Salesforce's Name fields hold at most 80 characters; the full text is in Title or Message. */
const name80 = (text: string) => (text.length <= 80 ? text : `${text.slice(0, 79)}…`);
const iso = (date: Date | null) => (date ? date.toISOString() : null);

function unitPrice(structure: PriceStructure): string | null {
  switch (structure.pricingType) {
    case "ONE_TIME":
    case "FIXED":
      return structure.price;
    case "LINEAR":
      return structure.pricePerUnit;
    case "PACKAGE":
      return structure.pricePerPackage;
    case "SEAT_BASED":
      return structure.tiers.length > 0 ? null : structure.pricePerSeat;
    case "GRADUATED":
    case "VOLUME":
      return null;
  }
}

function isPercentage(structure: PriceStructure): boolean {
  if (structure.pricingType === "LINEAR") return structure.isPricePercentage;
  if (structure.pricingType === "GRADUATED" || structure.pricingType === "VOLUME") {
    return structure.tiers.some((tier) => tier.isPricePercentage);
  }
  return false;
}

/**
 * The records a published quote version becomes in Salesforce, in the order a graph must write them:
 * the quote, its phases, then each phase's prices, discounts and minimums. Pure: the same snapshot
 * always gives the same records, with the same external ids.
 */
export function mapQuoteRecords(snapshot: QuoteSyncSnapshot, syncedAt: Date): SyncRecord[] {
  const { content, priced, currency, quoteId } = snapshot;
  const discountTotal = priced.phases.reduce((sum, phase) => sum.plus(phase.discountTotal), new ExactDecimal(0));
  const lastPhase = priced.phases.at(-1);
  const records: SyncRecord[] = [
    {
      object: "Sequence_Quote__c",
      externalId: quoteId,
      referenceId: "quote",
      label: `Quote ${snapshot.quoteNumber}`,
      fields: {
        Name: name80(snapshot.quoteNumber),
        Title__c: snapshot.title,
        Quote_Number__c: snapshot.quoteNumber,
        Status__c: snapshot.status,
        Deal_Type__c: snapshot.dealType,
        Version__c: snapshot.versionNumber,
        Published_At__c: iso(snapshot.publishedAt),
        // The quote is open to acceptance through its last day.
        Expires_At__c: snapshot.expiresAt ? `${snapshot.expiresAt}T23:59:59.000Z` : null,
        Accepted_At__c: iso(snapshot.acceptedAt),
        Executed_At__c: iso(snapshot.executedAt),
        Archived_At__c: iso(snapshot.archivedAt),
        Start_Date__c: priced.phases[0]?.startDate ?? null,
        End_Date__c: lastPhase && !lastPhase.openEnded ? lastPhase.endDate : null,
        Total_Contract_Value__c: priced.totalContractValue,
        Annual_Recurring_Revenue__c: priced.arr,
        Discount_Total__c: formatAmount(discountTotal, currency),
        Quote_URL__c: snapshot.quoteUrl,
        Last_Synced_At__c: syncedAt.toISOString(),
      },
    },
  ];
  const children: SyncRecord[] = [];
  content.phases.forEach((phase, p) => {
    const pricedPhase = priced.phases[p];
    if (!pricedPhase) throw new Error(`phase ${p} of quote ${quoteId} was not priced`);
    const phaseExternalId = deriveExternalId(quoteId, { kind: "phase", phase: p });
    const phaseLabel = `Phase ${p + 1}${phase.name ? ` “${phase.name}”` : ""}`;
    records.push({
      object: "Sequence_Phase__c",
      externalId: phaseExternalId,
      referenceId: `phase${p}`,
      label: phaseLabel,
      fields: {
        Name: name80(phase.name ?? `Phase ${p + 1}`),
        Phase_Number__c: p + 1,
        Start_Date__c: pricedPhase.startDate,
        End_Date__c: pricedPhase.openEnded ? null : pricedPhase.endDate,
        Duration__c: describeDuration(phase.duration),
        Total__c: pricedPhase.total,
        Discount_Total__c: pricedPhase.discountTotal,
        Minimum_True_Up__c: pricedPhase.minimumTrueUp,
        Annual_Recurring_Revenue__c: pricedPhase.arr,
      },
    });
    const occurrences = new Map<string, number>();
    const namesByKey = new Map<string, string[]>();
    phase.prices.forEach((price, i) => {
      const occurrence = occurrences.get(price.priceKey) ?? 0;
      occurrences.set(price.priceKey, occurrence + 1);
      namesByKey.set(price.priceKey, [...(namesByKey.get(price.priceKey) ?? []), price.name]);
      const line = pricedPhase.lines[i];
      const tiers = describePrice({ ...price, currency }).tiers;
      children.push({
        object: "Sequence_Price__c",
        externalId: deriveExternalId(quoteId, {
          kind: "price",
          phase: p,
          temporaryId: price.priceKey,
          occurrence,
        }),
        referenceId: `price${p}_${i}`,
        label: `${phaseLabel}, price ${i + 1} “${price.name}”`,
        phaseExternalId,
        fields: {
          Name: name80(price.name),
          Line_Number__c: i + 1,
          Product_Id__c: price.productId,
          Pricing_Model__c: price.structure.pricingType,
          Billing_Frequency__c: price.billingFrequency,
          Billing_Type__c: line?.billingType ?? price.billingType,
          Unit_Price__c: unitPrice(price.structure),
          Package_Size__c: price.structure.pricingType === "PACKAGE" ? price.structure.packageSize : null,
          Quantity__c: line?.quantity ?? null,
          Is_Price_Percentage__c: isPercentage(price.structure),
          Tiers__c:
            tiers.length > 0
              ? tiers.map((tier) => `${tier.range}: ${tier.rate}${tier.fee ? ` + ${tier.fee} fee` : ""}`).join("\n")
              : null,
          Total__c: line?.total ?? null,
        },
      });
    });
    const appliesTo = (keys: string[], everything: string) =>
      keys.length === 0 ? everything : [...new Set(keys.flatMap((key) => namesByKey.get(key) ?? []))].join(", ");
    phase.discounts.forEach((discount, i) => {
      const fallbackName =
        discount.type === "PERCENTAGE"
          ? `${discount.amount} % off`
          : `${formatMoney(discount.amount, currency, "en-US")} off per billing period`;
      children.push({
        object: "Sequence_Discount__c",
        externalId: deriveExternalId(quoteId, { kind: "discount", phase: p, index: i }),
        referenceId: `discount${p}_${i}`,
        label: `${phaseLabel}, discount ${i + 1}`,
        phaseExternalId,
        fields: {
          Name: name80(discount.message.trim() || fallbackName),
          Discount_Type__c: discount.type,
          Percentage__c: discount.type === "PERCENTAGE" ? discount.amount : null,
          Amount__c: discount.type === "NOMINAL" ? discount.amount : null,
          Message__c: discount.message || null,
          Applies_To__c: appliesTo(discount.restrictToPrices, "All prices in the phase"),
        },
      });
    });
    phase.minimums.forEach((minimum, i) => {
      children.push({
        object: "Sequence_Minimum__c",
        externalId: deriveExternalId(quoteId, { kind: "minimum", phase: p, index: i }),
        referenceId: `minimum${p}_${i}`,
        label: `${phaseLabel}, minimum ${i + 1}`,
        phaseExternalId,
        fields: {
          Name: name80(`Minimum ${formatMoney(minimum.amount, currency, "en-US")}`),
          Amount__c: minimum.amount,
          Applies_To__c: appliesTo(minimum.restrictToPrices, "All recurring prices in the phase"),
        },
      });
    });
  });
  // Phases first, so every child's phase is written (and can be referenced) before the child.
  return [...records, ...children];
}
