import type { PackageMetadata } from "@/tools/local-salesforce/schema/read-package-metadata";
import { customObjectNames } from "@/tools/local-salesforce/schema/org-object-definitions";
import { demoRecords } from "@/tools/local-salesforce/seed/demo-records";
import { allocateKeyPrefixes, mintOrgId } from "@/tools/local-salesforce/store/mint-id";
import type { OrgSettings, OrgState } from "@/tools/local-salesforce/store/org-state";

/** Record numbers below this are reserved for the demo seed; new records never reuse them. */
const FIRST_FREE_RECORD_NUMBER = 1000;

export const SETTINGS_OBJECT = "Sequence_Settings__c";

/** An empty org, or the same org emptied: ids, prefixes, the record counter and tokens survive. */
export function emptyOrgState(
  metadata: PackageMetadata,
  settings: OrgSettings,
  previous: OrgState | undefined,
): OrgState {
  return {
    formatVersion: 1,
    orgId: previous?.orgId ?? mintOrgId(),
    keyPrefixes: allocateKeyPrefixes(customObjectNames(metadata), previous?.keyPrefixes ?? {}),
    nextRecordNumber: Math.max(previous?.nextRecordNumber ?? 0, FIRST_FREE_RECORD_NUMBER),
    settings,
    apiUsage: previous?.apiUsage ?? { day: "", count: 0 },
    records: {},
    deleted: {},
    oauth: previous?.oauth ?? { refreshTokens: [], accessTokens: [] },
  };
}

/**
 * Adds every demo record that is neither present nor deleted, so seeding is idempotent: a restart
 * keeps what the app changed, and a newer seed only adds what is new. The org default of the
 * Sequence settings always points at the configured app URL.
 */
export function seedDemoOrg(state: OrgState, appUrl: string): void {
  const settingsPrefix = state.keyPrefixes[SETTINGS_OBJECT];
  if (!settingsPrefix) throw new Error(`The package defines no ${SETTINGS_OBJECT}; the button cannot find the app`);
  for (const { type, record } of demoRecords({ orgId: state.orgId, settingsPrefix, appUrl })) {
    const id = String(record.Id);
    const table = (state.records[type] ??= {});
    if (!table[id] && !state.deleted[id]) table[id] = record;
    if (type === SETTINGS_OBJECT && table[id]) table[id] = { ...table[id], App_Base_URL__c: appUrl };
  }
}
