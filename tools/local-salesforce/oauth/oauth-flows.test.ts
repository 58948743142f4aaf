import { Connection, OAuth2 } from "jsforce";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADA,
  API_VERSION,
  firstError,
  RITA,
  startTestOrg,
  type TestOrg,
} from "@/tools/local-salesforce/testing/test-org";

let org: TestOrg;

beforeAll(async () => {
  org = await startTestOrg({ appUrl: "http://localhost:3999" });
});
afterAll(() => org.stop());

function oauth2(options: { redirectUri?: string } = {}) {
  return new OAuth2({
    loginUrl: org.url,
    clientId: org.clientId,
    clientSecret: org.clientSecret,
    redirectUri: options.redirectUri ?? String(org.callbackUrls[0]),
    useVerifier: true,
  });
}

/** Follows the authorize URL as a browser would: pick a demo user on the page, get redirected back. */
async function authorize(
  url: string,
  username = RITA,
  cookie?: string,
): Promise<{ location: string; cookie?: string; page?: string }> {
  const first = await fetch(url, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
  if (first.status === 302) return { location: String(first.headers.get("location")) };
  const page = await first.text();
  const form = new URLSearchParams(new URL(url).searchParams);
  form.set("username", username);
  const chosen = await fetch(`${org.url}/services/oauth2/authorize`, {
    method: "POST",
    body: form,
    redirect: "manual",
  });
  const setCookie = String(chosen.headers.get("set-cookie") ?? "").split(";")[0];
  return { location: String(chosen.headers.get("location")), cookie: setCookie, page };
}

function codeOf(location: string): string {
  return String(new URL(location).searchParams.get("code"));
}

async function token(fields: Record<string, string>) {
  const response = await fetch(`${org.url}/services/oauth2/token`, {
    method: "POST",
    body: new URLSearchParams(fields),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

describe("OAuth web-server flow with PKCE", () => {
  it("picks a demo user, redirects back with code and state, and exchanges the code with the verifier", async () => {
    const client = oauth2();
    const url = client.getAuthorizationUrl({ scope: "api id refresh_token", state: "xyz" });
    const { location, cookie, page } = await authorize(url);
    expect(page).toContain('<button class="button" type="submit" name="username" value="rita.rep@sequence-demo.test">');
    expect(location.startsWith("http://localhost:3999/auth/callback?code=")).toBe(true);
    expect(new URL(location).searchParams.get("state")).toBe("xyz");

    const conn = new Connection({ oauth2: client, version: API_VERSION });
    const user = await conn.authorize(codeOf(location));
    expect(user.organizationId).toBe(org.orgId);
    expect(conn.refreshToken).toMatch(/^5Aep861/);
    expect(conn.instanceUrl).toBe(org.url);
    const result = await conn.query("SELECT Name FROM Opportunity");
    expect(result.totalSize).toBe(8);

    // The browser now has an org session: like a pre-authorized connected app, no picker again.
    const again = await authorize(oauth2().getAuthorizationUrl({ scope: "api", state: "2" }), RITA, cookie);
    expect(again.page).toBeUndefined();
    expect(again.location).toMatch(/\?code=/);
    // prompt=login asks again even with a session.
    const forced = await fetch(`${oauth2().getAuthorizationUrl({ scope: "api" })}&prompt=login`, {
      redirect: "manual",
      headers: { Cookie: String(cookie) },
    });
    expect(forced.status).toBe(200);
  });

  it("refuses a wrong verifier, a reused code and a different redirect URI", async () => {
    const client = oauth2();
    const url = client.getAuthorizationUrl({ scope: "api refresh_token" });
    const code = codeOf((await authorize(url)).location);
    const stranger = new Connection({ oauth2: oauth2(), version: API_VERSION });
    await expect(stranger.authorize(code)).rejects.toMatchObject({
      name: "invalid_grant",
      message: "invalid code verifier",
    });
    // That attempt used the code up: even the right verifier now fails.
    await expect(new Connection({ oauth2: client, version: API_VERSION }).authorize(code)).rejects.toMatchObject({
      name: "invalid_grant",
      message: "invalid authorization code",
    });

    const second = oauth2();
    const secondCode = codeOf((await authorize(second.getAuthorizationUrl({ scope: "api" }))).location);
    const mismatch = await token({
      grant_type: "authorization_code",
      code: secondCode,
      client_id: org.clientId,
      client_secret: org.clientSecret,
      redirect_uri: "http://localhost:3999/other",
      code_verifier: String(second.codeVerifier),
    });
    expect(mismatch).toEqual({
      status: 400,
      body: { error: "redirect_uri_mismatch", error_description: "redirect_uri must match configuration" },
    });
  });

  it("shows an error page for an unregistered callback or client, and sends PKCE errors back to the app", async () => {
    const evil = await fetch(oauth2({ redirectUri: "http://evil.example/cb" }).getAuthorizationUrl({}), {
      redirect: "manual",
    });
    expect(evil.status).toBe(400);
    expect(evil.headers.get("location")).toBeNull();
    expect(await evil.text()).toContain("redirect_uri_mismatch");

    const unknownClient = await fetch(
      `${org.url}/services/oauth2/authorize?response_type=code&client_id=nope&redirect_uri=x`,
      {
        redirect: "manual",
      },
    );
    expect(await unknownClient.text()).toContain("invalid_client_id");

    const noChallenge = new URL(`${org.url}/services/oauth2/authorize`);
    noChallenge.search = new URLSearchParams({
      response_type: "code",
      client_id: org.clientId,
      redirect_uri: String(org.callbackUrls[0]),
      state: "s",
    }).toString();
    const missing = await fetch(noChallenge, { redirect: "manual" });
    const back = new URL(String(missing.headers.get("location")));
    expect(Object.fromEntries(back.searchParams)).toEqual({
      error: "invalid_request",
      error_description: "missing required code challenge",
      state: "s",
    });
    noChallenge.searchParams.set("code_challenge", "a".repeat(43));
    noChallenge.searchParams.set("code_challenge_method", "plain");
    const plain = await fetch(noChallenge, { redirect: "manual" });
    expect(new URL(String(plain.headers.get("location"))).searchParams.get("error")).toBe("invalid_request");
  });
});

describe("tokens", () => {
  it("refreshes an expired access token (jsforce does it on the 401) and revokes", async () => {
    const client = oauth2();
    const conn = new Connection({ oauth2: client, version: API_VERSION });
    await conn.authorize(
      codeOf((await authorize(client.getAuthorizationUrl({ scope: "api refresh_token" }))).location),
    );
    const oldToken = String(conn.accessToken);
    await org.local("/__local/expire-access-tokens", "POST");

    const expired = await org.api(oldToken, "GET", "/limits");
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual([{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }]);

    let refreshed = "";
    conn.on("refresh", (accessToken: string) => {
      refreshed = accessToken;
    });
    expect((await conn.query("SELECT Id FROM Account")).totalSize).toBeGreaterThan(0);
    expect(refreshed).not.toBe("");
    expect(refreshed).not.toBe(oldToken);

    // Revoking the refresh token revokes the access tokens issued from it.
    await client.revokeToken(String(conn.refreshToken));
    expect((await org.api(refreshed, "GET", "/limits")).status).toBe(401);
    await expect(client.refreshToken(String(conn.refreshToken))).rejects.toMatchObject({
      name: "invalid_grant",
      message: "expired access/refresh token",
    });
    const unknown = await fetch(`${org.url}/services/oauth2/revoke`, {
      method: "POST",
      body: new URLSearchParams({ token: "nope" }),
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: "invalid_token", error_description: "invalid token" });
  });

  it("expires access tokens after the configured lifetime", async () => {
    await org.local("/__local/settings", "POST", { accessTokenTtlSeconds: 1 });
    const short = await org.token(RITA);
    expect((await org.api(short, "GET", "/limits")).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await org.api(short, "GET", "/limits")).status).toBe(401);
    await org.local("/__local/settings", "POST", { accessTokenTtlSeconds: 7200 });
  });

  it("answers the password and client-credentials grants, and their errors", async () => {
    const base = { client_id: org.clientId, client_secret: org.clientSecret };
    const password = await token({ ...base, grant_type: "password", username: RITA, password: "password" });
    expect(password.status).toBe(200);
    expect(Object.keys(password.body)).toEqual([
      "access_token",
      "signature",
      "scope",
      "instance_url",
      "id",
      "token_type",
      "issued_at",
    ]);
    expect(password.body.issued_at).toMatch(/^\d{13}$/);
    expect(await token({ ...base, grant_type: "password", username: RITA, password: "wrong" })).toEqual({
      status: 400,
      body: { error: "invalid_grant", error_description: "authentication failure" },
    });
    await expect(org.connect("nobody@sequence-demo.test")).rejects.toMatchObject({ name: "invalid_grant" });

    const service = await token({ ...base, grant_type: "client_credentials" });
    const identity = await fetch(`${service.body.id}?format=json`, {
      headers: { Authorization: `Bearer ${service.body.access_token}` },
    });
    expect(await identity.json()).toMatchObject({ username: ADA });
    expect(service.body.refresh_token).toBeUndefined();

    expect((await token({ ...base, grant_type: "urn:ietf:params:oauth:grant-type:device_code" })).body).toEqual({
      error: "unsupported_grant_type",
      error_description: "grant type not supported",
    });
    expect((await token({ ...base, client_id: "nope", grant_type: "password" })).body.error).toBe("invalid_client_id");
    expect((await token({ ...base, client_secret: "nope", grant_type: "client_credentials" })).body).toEqual({
      error: "invalid_client",
      error_description: "invalid client credentials",
    });
    expect(
      (
        await token({
          ...base,
          grant_type: "authorization_code",
          code: "made-up",
          redirect_uri: String(org.callbackUrls[0]),
        })
      ).body.error,
    ).toBe("invalid_grant");
  });

  it("serves userinfo and the identity URL to a valid token only", async () => {
    const access = await org.token(RITA);
    const userinfo = await fetch(`${org.url}/services/oauth2/userinfo`, {
      headers: { Authorization: `Bearer ${access}` },
    });
    expect(await userinfo.json()).toMatchObject({ preferred_username: RITA, organization_id: org.orgId, email: RITA });
    const bad = await fetch(`${org.url}/services/oauth2/userinfo`, { headers: { Authorization: "Bearer nope" } });
    expect(bad.status).toBe(403);
    expect(await bad.text()).toBe("Bad_OAuth_Token");

    const users = (await org.local("/__local/users")).body as Array<{ id: string; username: string }>;
    const rita = users.find((user) => user.username === RITA);
    const identity = await fetch(
      `${org.url}/id/${org.orgId}/${rita?.id}?format=json&oauth_token=${encodeURIComponent(access)}`,
    );
    expect(await identity.json()).toMatchObject({ user_id: rita?.id, username: RITA, display_name: "Rita Reyes" });
    const someoneElse = users.find((user) => user.username === ADA);
    const forbidden = await fetch(`${org.url}/id/${org.orgId}/${someoneElse?.id}`, {
      headers: { Authorization: `Bearer ${access}` },
    });
    expect(forbidden.status).toBe(403);
  });

  it("rejects API calls with a revoked access token", async () => {
    const access = await org.token(RITA);
    const revoke = await fetch(`${org.url}/services/oauth2/revoke`, {
      method: "POST",
      body: new URLSearchParams({ token: access }),
    });
    expect(revoke.status).toBe(200);
    expect(firstError((await org.api(access, "GET", "/limits")).body).errorCode).toBe("INVALID_SESSION_ID");
  });

  it("lets only a token granted the api (or full) scope call the REST API", async () => {
    const client = oauth2();
    const conn = new Connection({ oauth2: client, version: API_VERSION });
    await conn.authorize(codeOf((await authorize(client.getAuthorizationUrl({ scope: "id refresh_token" }))).location));
    const refused = await org.api(conn.accessToken ?? "", "GET", "/limits");
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual([
      { message: "This session is not valid for use with the REST API", errorCode: "INVALID_SESSION_ID" },
    ]);
    // The identity URL needs no api scope.
    const identity = await fetch(`${String(conn.userInfo?.url)}?format=json`, {
      headers: { Authorization: `Bearer ${conn.accessToken}` },
    });
    expect(identity.status).toBe(200);
  });
});
