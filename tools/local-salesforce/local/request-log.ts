export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  /** When the request arrived (ISO 8601). */
  time: string;
  durationMs: number;
  /** Whether Salesforce would count it against DailyApiRequests (see RequestLog). */
  apiCall: boolean;
  userId: string | null;
  fault: string | null;
}

const MAX_ENTRIES = 10_000;

/**
 * Every request the org answered, except the test endpoints under /__local. An API call is a
 * request to the versioned REST API (/services/data/vXX.X/…) that got past authentication and the
 * daily limit: one per HTTP request, so a composite, graph, tree or collection request counts once
 * however many records it carries (reference §2.8–2.11). The version list, OAuth, the identity URL,
 * userinfo and the pages are not API calls. A fault answered in Salesforce's place counts as the
 * call it replaced; a dropped connection does not.
 */
export class RequestLog {
  private entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  clear(): void {
    this.entries = [];
  }

  snapshot(): { apiCalls: number; requests: RequestLogEntry[] } {
    return { apiCalls: this.entries.filter((entry) => entry.apiCall).length, requests: [...this.entries] };
  }
}
