/** How hard and how often the sync tries; production defaults below, tests pass faster ones. */
export type SyncPolicy = {
  /** Failed attempts (network, timeouts, 5xx, row locks) before the sync stops and waits for an admin. */
  maxAttempts: number;
  /** First retry delay; pg-boss doubles it per attempt and adds up to as much again as jitter. */
  retryDelaySeconds: number;
  /** How long to wait when the org's API allowance is used up (plus up to as much again, as jitter). */
  rateLimitWaitSeconds: number;
  /** How long to wait before trying again when another attempt is writing the same record. */
  busyWaitSeconds: number;
  /** How long an attempt holds a record; longer than any request may take, so only a crash lets it lapse. */
  claimSeconds: number;
  /** Per request to Salesforce. */
  requestTimeoutMs: number;
  /** Jobs worked at once per process. */
  concurrency: number;
  pollingIntervalSeconds: number;
  /** A job still active after this long (its worker crashed) is failed and retried by pg-boss. */
  expireInSeconds: number;
  /** How often each worker process looks for quotes left waiting without a job. */
  sweepIntervalSeconds: number;
};

export const defaultSyncPolicy: SyncPolicy = {
  maxAttempts: 10,
  retryDelaySeconds: 5,
  rateLimitWaitSeconds: 15 * 60,
  busyWaitSeconds: 5,
  claimSeconds: 5 * 60,
  requestTimeoutMs: 60_000,
  concurrency: 2,
  pollingIntervalSeconds: 2,
  expireInSeconds: 10 * 60,
  sweepIntervalSeconds: 5 * 60,
};
