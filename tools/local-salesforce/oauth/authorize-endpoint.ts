import {
  formFields,
  htmlReply,
  redirectReply,
  type HttpReply,
  type HttpRequestInfo,
} from "@/tools/local-salesforce/http/http-exchange";
import { sessionUser, startSession } from "@/tools/local-salesforce/pages/browser-session";
import { html } from "@/tools/local-salesforce/pages/html";
import { pageShell } from "@/tools/local-salesforce/pages/page-shell";
import { userPicker } from "@/tools/local-salesforce/pages/user-picker";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";
import { demoUserByUsername } from "@/tools/local-salesforce/seed/demo-users";

const ALLOWED_SCOPES = new Set([
  "api",
  "id",
  "web",
  "refresh_token",
  "offline_access",
  "openid",
  "full",
  "profile",
  "email",
  "address",
  "phone",
]);
const PARAMETERS = [
  "response_type",
  "client_id",
  "redirect_uri",
  "state",
  "scope",
  "code_challenge",
  "code_challenge_method",
  "prompt",
];

/**
 * /services/oauth2/authorize, web-server flow with PKCE. A bad client id or an unregistered
 * redirect URI gets an error page (Salesforce never redirects to an unknown URI); other problems
 * go back to the app as `error` and `error_description`. A browser already signed in to the org
 * gets its code at once, as with an admin-approved, pre-authorized connected app; otherwise the
 * user picks a demo user. The code challenge is required and must be S256 (jsforce omits the
 * method, which Salesforce then takes as S256).
 */
export function authorizeEndpoint(runtime: OrgRuntime, request: HttpRequestInfo): HttpReply {
  const params = request.method === "POST" ? formFields(request) : request.url.searchParams;
  const app = runtime.connectedApp;
  if (params.get("client_id") !== app.clientId) return errorPage("invalid_client_id", "client identifier invalid");
  const redirectUri = params.get("redirect_uri") ?? "";
  if (!app.callbackUrls.includes(redirectUri))
    return errorPage("redirect_uri_mismatch", "redirect_uri must match configuration");
  const back = (query: Record<string, string>) => redirectReply(withQuery(redirectUri, { ...query, ...state(params) }));
  if (params.get("response_type") !== "code") {
    return back({ error: "unsupported_response_type", error_description: "response type not supported" });
  }
  const challenge = params.get("code_challenge") ?? "";
  if (!challenge) return back({ error: "invalid_request", error_description: "missing required code challenge" });
  const method = params.get("code_challenge_method");
  if ((method && method !== "S256") || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) {
    return back({ error: "invalid_request", error_description: "invalid code challenge or method; use S256" });
  }
  const scopes = (params.get("scope") ?? "").split(/\s+/).filter(Boolean);
  if (scopes.some((scope) => !ALLOWED_SCOPES.has(scope))) {
    return back({ error: "invalid_scope", error_description: "the requested scope is not allowed" });
  }
  const scope = scopes.length > 0 ? scopes.join(" ") : app.defaultScope;
  const prompt = params.get("prompt") ?? "";
  const chosen = request.method === "POST" ? demoUserByUsername(params.get("username") ?? "") : undefined;
  const signedIn = prompt.includes("login") ? undefined : sessionUser(runtime, request);
  const user = chosen ?? signedIn;
  if (!user) {
    if (prompt.includes("none")) return back({ error: "login_required", error_description: "user is not logged in" });
    return picker(params);
  }
  const code = runtime.tokens.issueCode(
    { userId: user.id, clientId: app.clientId, redirectUri, codeChallenge: challenge, scope },
    runtime.now().getTime(),
  );
  const cookie: Record<string, string> = chosen ? { "Set-Cookie": startSession(runtime, chosen) } : {};
  return redirectReply(withQuery(redirectUri, { code, ...state(params) }), cookie);
}

function state(params: URLSearchParams): Record<string, string> {
  const value = params.get("state");
  return value === null ? {} : { state: value };
}

function withQuery(url: string, query: Record<string, string>): string {
  return `${url}${url.includes("?") ? "&" : "?"}${new URLSearchParams(query).toString()}`;
}

function picker(params: URLSearchParams): HttpReply {
  const hidden = Object.fromEntries(
    PARAMETERS.flatMap((name) => (params.has(name) ? [[name, params.get(name) ?? ""]] : [])),
  );
  const main = html`<h1>Log in to Local Salesforce</h1>
    <p>
      An app (connected app) is asking to use Salesforce as you. It is pre-authorized: choosing a user signs you in and
      continues.
    </p>
    ${userPicker("/services/oauth2/authorize", hidden)}`;
  return htmlReply(200, pageShell({ title: "Log in", user: null, main }));
}

function errorPage(error: string, description: string): HttpReply {
  const main = html`<h1>Remote access error</h1>
    <p role="alert">error=${error}&amp;error_description=${description}</p>`;
  return htmlReply(400, pageShell({ title: "Remote access error", user: null, main }));
}
