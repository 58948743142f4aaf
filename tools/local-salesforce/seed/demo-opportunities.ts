import type { DemoUser } from "@/tools/local-salesforce/seed/demo-users";
import type { OPPORTUNITY_STAGES } from "@/tools/local-salesforce/schema/standard-objects";

export interface DemoOpportunity {
  number: number;
  name: string;
  /** The demo account's number, or null for an opportunity without an account. */
  account: number | null;
  owner: DemoUser["key"];
  stage: (typeof OPPORTUNITY_STAGES)[number];
  currency: string;
  amount: number | null;
  closeDate: string;
}

export const demoOpportunities: readonly DemoOpportunity[] = [
  opportunity(51, "Acme Corporation - Platform renewal", 11, "rep1", "Negotiation/Review", "USD", 120000, "2026-12-15"),
  opportunity(52, "Acme Corporation - Usage expansion", 11, "rep1", "Prospecting", "USD", null, "2027-02-26"),
  opportunity(53, "Acme Corporation - Pilot", 11, "rep1", "Closed Won", "USD", 15000, "2026-09-30"),
  opportunity(
    54,
    "Nordwind GmbH - Annual subscription",
    12,
    "rep1",
    "Proposal/Price Quote",
    "EUR",
    48000,
    "2027-01-29",
  ),
  opportunity(55, "Pinecrest Outfitters - Starter plan", 13, "rep1", "Qualification", "USD", 9600, "2027-01-15"),
  opportunity(56, "Lumière SAS - Ramp deal", 14, "rep1", "Value Proposition", "EUR", 72000, "2027-03-31"),
  opportunity(57, "Orbital Freight Ltd - Logistics API", 15, "rep1", "Needs Analysis", "GBP", 36000, "2027-02-12"),
  opportunity(58, "New logo - No account yet", null, "rep1", "Prospecting", "USD", null, "2027-04-30"),
  opportunity(
    61,
    "Bright Harbour Ltd - Enterprise plan",
    16,
    "rep2",
    "Proposal/Price Quote",
    "GBP",
    54000,
    "2027-01-22",
  ),
  opportunity(62, "Bright Harbour Ltd - Upsell", 16, "rep2", "Closed Lost", "GBP", 12000, "2026-08-31"),
  opportunity(
    63,
    "Sakura Systems KK - Seats and usage",
    17,
    "rep2",
    "Negotiation/Review",
    "JPY",
    3600000,
    "2026-12-18",
  ),
];

function opportunity(
  number: number,
  name: string,
  account: number | null,
  owner: DemoUser["key"],
  stage: DemoOpportunity["stage"],
  currency: string,
  amount: number | null,
  closeDate: string,
): DemoOpportunity {
  return { number, name, account, owner, stage, currency, amount, closeDate };
}
