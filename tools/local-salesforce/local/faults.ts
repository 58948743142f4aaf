import { randomUUID } from "node:crypto";
import { z } from "zod";

export const faultSchema = z.strictObject({
  /** GET, POST, … or * for any method. */
  method: z
    .string()
    .default("*")
    .transform((method) => method.toUpperCase()),
  /** The request path (no query string); `*` matches any run of characters, `/` included. */
  path: z.string().startsWith("/"),
  /** error: answer with status and errorCode; drop: close the connection unanswered; delay: answer late. */
  action: z.enum(["error", "drop", "delay"]).default("error"),
  status: z.number().int().min(400).max(599).optional(),
  errorCode: z.string().min(1).optional(),
  message: z.string().optional(),
  /** Wait this long first (any action). */
  delayMs: z.number().int().min(0).max(60_000).default(0),
  /** Fire for the next N matching requests, then disappear; unlimited when absent. */
  times: z.number().int().min(1).optional(),
  /** Fire for this share of matching requests, spread evenly: 0.5 fires on the 1st, 3rd, 5th… */
  fraction: z.number().gt(0).max(1).default(1),
});

export type FaultRequest = z.input<typeof faultSchema>;
export type Fault = z.output<typeof faultSchema> & { id: string; matched: number; fired: number };

/** Salesforce's usual status for each error code a test is likely to inject (reference §2.6). */
const defaults: Record<string, { status: number; message: string }> = {
  UNABLE_TO_LOCK_ROW: { status: 400, message: "unable to obtain exclusive access to this record or 1 records" },
  REQUEST_LIMIT_EXCEEDED: { status: 403, message: "TotalRequests Limit exceeded." },
  SERVER_UNAVAILABLE: { status: 503, message: "Server is temporarily unavailable" },
  UNKNOWN_EXCEPTION: {
    status: 500,
    message:
      "An unexpected error occurred. Please include this ErrorId if you contact support: 1987654321-12345 (-1234567890)",
  },
};

export function faultResponse(fault: Fault): { status: number; errorCode: string; message: string } {
  const errorCode = fault.errorCode ?? (fault.status && fault.status < 500 ? "INVALID_REQUEST" : "UNKNOWN_EXCEPTION");
  const known = defaults[errorCode];
  return {
    status: fault.status ?? known?.status ?? 500,
    errorCode,
    message: fault.message ?? known?.message ?? `Injected fault ${errorCode}`,
  };
}

/** Faults registered through POST /__local/faults, applied to matching requests in order. */
export class Faults {
  private faults: Fault[] = [];

  add(request: z.output<typeof faultSchema>): Fault {
    const fault = { ...request, id: randomUUID(), matched: 0, fired: 0 };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return [...this.faults];
  }

  clear(): void {
    this.faults = [];
  }

  /** The fault to apply to this request, if any; counts the match and retires exhausted faults. */
  take(method: string, path: string): Fault | undefined {
    for (const fault of this.faults) {
      if ((fault.method !== "*" && fault.method !== method) || !globMatches(fault.path, path)) continue;
      fault.matched++;
      if (Math.ceil(fault.matched * fault.fraction) <= Math.ceil((fault.matched - 1) * fault.fraction)) continue;
      fault.fired++;
      if (fault.times !== undefined && fault.fired >= fault.times) {
        this.faults = this.faults.filter((candidate) => candidate !== fault);
      }
      return fault;
    }
    return undefined;
  }
}

function globMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`).test(path);
}
