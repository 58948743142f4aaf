/** A request as the handlers see it: body read, cookies parsed. */
export interface HttpRequestInfo {
  method: string;
  url: URL;
  headers: Record<string, string | undefined>;
  body: Buffer;
  cookies: Record<string, string>;
}

/** A handler's answer; the server writes it (or a fault replaces it). */
export interface HttpReply {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
  /** Set when the request was a REST API call (for the request log). */
  apiCall?: boolean;
  userId?: string | null;
}

const JSON_TYPE = "application/json;charset=UTF-8";

export function jsonReply(status: number, body: unknown, headers: Record<string, string | string[]> = {}): HttpReply {
  return {
    status,
    headers: { "Content-Type": JSON_TYPE, ...headers },
    body: body === undefined ? "" : JSON.stringify(body),
  };
}

export function htmlReply(status: number, html: string, headers: Record<string, string | string[]> = {}): HttpReply {
  return { status, headers: { "Content-Type": "text/html;charset=UTF-8", ...headers }, body: html };
}

export function textReply(status: number, text: string): HttpReply {
  return { status, headers: { "Content-Type": "text/plain;charset=UTF-8" }, body: text };
}

export function redirectReply(location: string, headers: Record<string, string | string[]> = {}): HttpReply {
  return { status: 302, headers: { Location: location, ...headers }, body: "" };
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return cookies;
}

/** Form fields of an application/x-www-form-urlencoded body (the token and revoke endpoints). */
export function formFields(request: HttpRequestInfo): URLSearchParams {
  const type = request.headers["content-type"] ?? "";
  return type.includes("application/x-www-form-urlencoded")
    ? new URLSearchParams(request.body.toString("utf8"))
    : new URLSearchParams();
}
