import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

/** Default probability per stage, as in a new org's OpportunityStage setup. */
const stageProbability: Record<string, number> = {
  Prospecting: 10,
  Qualification: 10,
  "Needs Analysis": 20,
  "Value Proposition": 50,
  "Id. Decision Makers": 60,
  "Perception Analysis": 70,
  "Proposal/Price Quote": 75,
  "Negotiation/Review": 90,
  "Closed Won": 100,
  "Closed Lost": 0,
};

/**
 * Fields Salesforce computes on save: full names, and an opportunity's closed/won flags and (when the
 * stage changes without one) its probability. `written` is what the request itself set.
 */
export function applyDerivedFields(type: string, record: StoredRecord, written: StoredRecord): StoredRecord {
  if (type === "Contact" || type === "User") {
    const name = [record.FirstName, record.LastName].filter((part) => typeof part === "string" && part).join(" ");
    return { ...record, Name: name };
  }
  if (type === "Opportunity") {
    const stage = String(record.StageName ?? "");
    const derived: StoredRecord = { IsClosed: stage.startsWith("Closed "), IsWon: stage === "Closed Won" };
    if ("StageName" in written && !("Probability" in written)) derived.Probability = stageProbability[stage] ?? null;
    return { ...record, ...derived };
  }
  return record;
}
