/**
 * Where a person opens a record in Salesforce (Lightning). `{instanceUrl}/lightning/r/…` works on
 * My Domain instance URLs, which redirect to the org's Lightning host, and on the local org.
 */
export function salesforceRecordUrl(instanceUrl: string, objectName: string, id: string): string {
  return `${instanceUrl.replace(/\/+$/, "")}/lightning/r/${objectName}/${id}/view`;
}
