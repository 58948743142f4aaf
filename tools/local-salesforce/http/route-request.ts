import { handleDataApi } from "@/tools/local-salesforce/http/handle-data-api";
import {
  htmlReply,
  jsonReply,
  redirectReply,
  type HttpReply,
  type HttpRequestInfo,
} from "@/tools/local-salesforce/http/http-exchange";
import { authorizeEndpoint } from "@/tools/local-salesforce/oauth/authorize-endpoint";
import { identityEndpoint, revokeEndpoint, userinfoEndpoint } from "@/tools/local-salesforce/oauth/identity-endpoints";
import { tokenEndpoint } from "@/tools/local-salesforce/oauth/token-endpoint";
import { sessionUser } from "@/tools/local-salesforce/pages/browser-session";
import { html } from "@/tools/local-salesforce/pages/html";
import { loginPage, loginSubmit, logout, requireLogin } from "@/tools/local-salesforce/pages/login-pages";
import { opportunityListPage } from "@/tools/local-salesforce/pages/opportunity-list-page";
import { opportunityViewPage } from "@/tools/local-salesforce/pages/opportunity-view-page";
import { pageShell } from "@/tools/local-salesforce/pages/page-shell";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";

const OAUTH: Record<string, Partial<Record<string, (runtime: OrgRuntime, request: HttpRequestInfo) => HttpReply>>> = {
  "/services/oauth2/token": { POST: tokenEndpoint },
  "/services/oauth2/authorize": { GET: authorizeEndpoint, POST: authorizeEndpoint },
  "/services/oauth2/revoke": { GET: revokeEndpoint, POST: revokeEndpoint },
  "/services/oauth2/userinfo": { GET: userinfoEndpoint, POST: userinfoEndpoint },
};

/** One host serves it all, as a My Domain does: OAuth, the REST API, the identity URL and the pages. */
export function routeRequest(runtime: OrgRuntime, request: HttpRequestInfo): HttpReply {
  const path = request.url.pathname;
  const method = request.method;
  if (path === "/services/data" || path.startsWith("/services/data/")) return handleDataApi(runtime, request);
  if (path.startsWith("/services/oauth2/")) {
    const handler = OAUTH[path]?.[method];
    if (handler) return handler(runtime, request);
    return jsonReply(OAUTH[path] ? 405 : 404, {
      error: "not_found",
      error_description: `${method} ${path} is not an OAuth endpoint`,
    });
  }
  const identity = /^\/id\/(00D[A-Za-z0-9]{12,15})\/(005[A-Za-z0-9]{12,15})\/?$/.exec(path);
  if (identity && method === "GET") return identityEndpoint(runtime, request, String(identity[1]), String(identity[2]));
  if ((path === "/" || path === "/login") && method === "GET") return loginPage(runtime, request);
  if (path === "/login" && method === "POST") return loginSubmit(runtime, request);
  if (path === "/secur/logout.jsp") return logout(runtime, request);
  return lightningPage(runtime, request);
}

function lightningPage(runtime: OrgRuntime, request: HttpRequestInfo): HttpReply {
  const path = request.url.pathname.replace(/\/$/, "");
  const view = /^\/lightning\/r\/Opportunity\/([A-Za-z0-9]{15,18})\/view$/.exec(path);
  const known =
    path === "/lightning" || path === "/lightning/page/home" || path === "/lightning/o/Opportunity/list" || view;
  if (!known || request.method !== "GET") {
    const main = html`<h1>Page not found</h1>
      <p>The local org has no page at ${path}. <a href="/lightning/o/Opportunity/list">Opportunities</a></p>`;
    return htmlReply(404, pageShell({ title: "Page not found", user: sessionUser(runtime, request) ?? null, main }));
  }
  const user = sessionUser(runtime, request);
  if (!user) return requireLogin(request);
  if (view) return opportunityViewPage(runtime, user, String(view[1]));
  if (path === "/lightning/o/Opportunity/list") return opportunityListPage(runtime, user);
  return redirectReply("/lightning/o/Opportunity/list");
}
