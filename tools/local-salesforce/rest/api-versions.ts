/** The REST API versions this org answers, with Salesforce's release names (GET /services/data). */
const RELEASES: ReadonlyArray<[string, string]> = [
  ["50.0", "Winter '21"],
  ["51.0", "Spring '21"],
  ["52.0", "Summer '21"],
  ["53.0", "Winter '22"],
  ["54.0", "Spring '22"],
  ["55.0", "Summer '22"],
  ["56.0", "Winter '23"],
  ["57.0", "Spring '23"],
  ["58.0", "Summer '23"],
  ["59.0", "Winter '24"],
  ["60.0", "Spring '24"],
  ["61.0", "Summer '24"],
  ["62.0", "Winter '25"],
  ["63.0", "Spring '25"],
  ["64.0", "Summer '25"],
];

export function isSupportedVersion(version: string): boolean {
  return RELEASES.some(([candidate]) => candidate === version);
}

export function apiVersionList(): Array<{ label: string; url: string; version: string }> {
  return RELEASES.map(([version, label]) => ({ label, url: `/services/data/v${version}`, version }));
}

/** The resources under /services/data/vXX.X that this org implements. */
export function versionResources(version: string, identityUrl: string): Record<string, string> {
  const base = `/services/data/v${version}`;
  return {
    limits: `${base}/limits`,
    sobjects: `${base}/sobjects`,
    query: `${base}/query`,
    queryAll: `${base}/queryAll`,
    composite: `${base}/composite`,
    identity: identityUrl,
  };
}
