/**
 * A failed call to Salesforce, classified: `transient` failures (network, timeouts, 5xx, row locks)
 * are retried with backoff; `rateLimited` ones (the org's API allowance is used up) wait longer; the
 * rest are permanent until someone fixes the cause, and carry Salesforce's own code and message.
 */
export class SalesforceFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: "transient" | "rate_limited" | "permanent",
    /** The record Salesforce refused, in the quote page's words, when it named one. */
    readonly record?: string,
    readonly fields: string[] = [],
    /**
     * The request got no answer (a timeout, a dropped connection): Salesforce may still be carrying it
     * out, so no other write of the same record should start until it would have timed out too.
     */
    readonly outcomeUnknown = false,
  ) {
    super(message);
    this.name = "SalesforceFailure";
  }
}
