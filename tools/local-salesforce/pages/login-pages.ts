import {
  formFields,
  htmlReply,
  redirectReply,
  type HttpReply,
  type HttpRequestInfo,
} from "@/tools/local-salesforce/http/http-exchange";
import { endSession, sessionUser, startSession } from "@/tools/local-salesforce/pages/browser-session";
import { html } from "@/tools/local-salesforce/pages/html";
import { pageShell } from "@/tools/local-salesforce/pages/page-shell";
import { userPicker } from "@/tools/local-salesforce/pages/user-picker";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";
import { demoUserByUsername } from "@/tools/local-salesforce/seed/demo-users";

const HOME = "/lightning/o/Opportunity/list";

/** Only paths of this org may follow a login (no open redirect). */
function safeStart(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : HOME;
}

/** GET / and /login: the demo-user picker, or straight on when the browser is signed in already. */
export function loginPage(runtime: OrgRuntime, request: HttpRequestInfo, problem?: string): HttpReply {
  const startUrl = safeStart(request.url.searchParams.get("startURL"));
  if (!problem && sessionUser(runtime, request)) return redirectReply(startUrl);
  const main = html`<h1>Log in to Local Salesforce</h1>
    ${problem ? html`<p role="alert">${problem}</p>` : ""} ${userPicker("/login", { startURL: startUrl })}`;
  return htmlReply(problem ? 400 : 200, pageShell({ title: "Log in", user: null, main }));
}

/** POST /login: signs the chosen demo user in and continues to startURL. */
export function loginSubmit(runtime: OrgRuntime, request: HttpRequestInfo): HttpReply {
  const form = formFields(request);
  const user = demoUserByUsername(form.get("username") ?? "");
  if (!user) return loginPage(runtime, request, "Choose one of the demo users.");
  return redirectReply(safeStart(form.get("startURL")), { "Set-Cookie": startSession(runtime, user) });
}

/** /secur/logout.jsp, Salesforce's logout path. */
export function logout(runtime: OrgRuntime, request: HttpRequestInfo): HttpReply {
  return redirectReply("/", { "Set-Cookie": endSession(runtime, request) });
}

/** Pages need a session: without one, go to the login page and come back. */
export function requireLogin(request: HttpRequestInfo): HttpReply {
  return redirectReply(`/?startURL=${encodeURIComponent(request.url.pathname + request.url.search)}`);
}
