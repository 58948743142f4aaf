/**
 * A Salesforce error. `scope: "request"` means the body itself could not be used (a JSON parser
 * error, an unknown column): Salesforce then rejects the whole call, even a collection. Record
 * errors (a missing required field, a duplicate value) fail one record and are reported per record.
 */
export class SfError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly options: { fields?: string[]; status?: number; scope?: "request" | "record" } = {},
  ) {
    super(message);
  }

  get status(): number {
    return this.options.status ?? 400;
  }

  get scope(): "request" | "record" {
    return this.options.scope ?? "record";
  }

  /** The single-resource REST shape: `{message, errorCode, fields}` (fields left out when not given). */
  toRestError(): { message: string; errorCode: string; fields?: string[] } {
    return this.options.fields === undefined
      ? { message: this.message, errorCode: this.errorCode }
      : { message: this.message, errorCode: this.errorCode, fields: this.options.fields };
  }

  /** The sObject Collections and Tree shape, which names the code `statusCode` (reference §2.7). */
  toCollectionError(): { statusCode: string; message: string; fields: string[] } {
    return { statusCode: this.errorCode, message: this.message, fields: this.options.fields ?? [] };
  }
}

export function requestError(errorCode: string, message: string, status = 400): SfError {
  return new SfError(errorCode, message, { status, scope: "request" });
}

export const NOT_FOUND_MESSAGE = "The requested resource does not exist";

export function notFound(): SfError {
  return requestError("NOT_FOUND", NOT_FOUND_MESSAGE, 404);
}
