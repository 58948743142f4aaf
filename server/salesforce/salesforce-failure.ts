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
  ) {
    super(message);
    this.name = "SalesforceFailure";
  }
}
