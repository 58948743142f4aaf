import { randomBytes } from "node:crypto";
import type { OrgState, StoredAccessToken, StoredRefreshToken } from "@/tools/local-salesforce/store/org-state";

export interface AuthorizationCode {
  userId: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scope: string;
  expiresAt: number;
}

/** Salesforce authorization codes are valid for 15 minutes and once. */
const CODE_TTL_MS = 15 * 60 * 1000;

/**
 * Access and refresh tokens (kept in the org file, so a restarted org still honours them) and the
 * short-lived authorization codes and browser sessions (kept in memory). Token shapes follow
 * Salesforce's: an access token starts with the org id and "!", a refresh token with "5Aep861".
 */
export class TokenStore {
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly browserSessions = new Map<string, string>();

  constructor(
    private readonly state: () => OrgState,
    private readonly changed: () => void,
  ) {}

  issueAccessToken(
    grant: { userId: string; clientId: string; scope: string; refreshToken: string | null },
    ttlMs: number,
    now: number,
  ): StoredAccessToken {
    const oauth = this.state().oauth;
    oauth.accessTokens = oauth.accessTokens.filter((token) => token.expiresAt > now);
    const token: StoredAccessToken = {
      ...grant,
      token: `${this.state().orgId.slice(0, 15)}!${randomBytes(48).toString("base64url")}`,
      issuedAt: now,
      expiresAt: now + ttlMs,
    };
    oauth.accessTokens.push(token);
    this.changed();
    return token;
  }

  issueRefreshToken(grant: { userId: string; clientId: string; scope: string }, now: number): StoredRefreshToken {
    const token: StoredRefreshToken = {
      ...grant,
      token: `5Aep861${randomBytes(60).toString("base64url")}`,
      issuedAt: now,
    };
    this.state().oauth.refreshTokens.push(token);
    this.changed();
    return token;
  }

  /** A live access token, or undefined when unknown, revoked or expired. */
  accessToken(token: string, now: number): StoredAccessToken | undefined {
    return this.state().oauth.accessTokens.find((candidate) => candidate.token === token && candidate.expiresAt > now);
  }

  refreshToken(token: string): StoredRefreshToken | undefined {
    return this.state().oauth.refreshTokens.find((candidate) => candidate.token === token);
  }

  /** Revoking a refresh token also revokes the access tokens issued from it (Salesforce's revoke endpoint). */
  revoke(token: string): boolean {
    const oauth = this.state().oauth;
    const before = oauth.accessTokens.length + oauth.refreshTokens.length;
    oauth.refreshTokens = oauth.refreshTokens.filter((candidate) => candidate.token !== token);
    oauth.accessTokens = oauth.accessTokens.filter(
      (candidate) => candidate.token !== token && candidate.refreshToken !== token,
    );
    const revoked = oauth.accessTokens.length + oauth.refreshTokens.length < before;
    if (revoked) this.changed();
    return revoked;
  }

  /** Test hook: every access token issued so far expires now (refresh tokens stay valid). */
  expireAccessTokens(now: number): void {
    for (const token of this.state().oauth.accessTokens) token.expiresAt = Math.min(token.expiresAt, now);
    this.changed();
  }

  issueCode(grant: Omit<AuthorizationCode, "expiresAt">, now: number): string {
    const code = `aPrx${randomBytes(36).toString("base64url")}`;
    this.codes.set(code, { ...grant, expiresAt: now + CODE_TTL_MS });
    return code;
  }

  /** Codes are single use: a second exchange finds nothing. */
  consumeCode(code: string, now: number): AuthorizationCode | undefined {
    const found = this.codes.get(code);
    this.codes.delete(code);
    return found && found.expiresAt > now ? found : undefined;
  }

  startBrowserSession(userId: string): string {
    const sid = randomBytes(32).toString("base64url");
    this.browserSessions.set(sid, userId);
    return sid;
  }

  browserSessionUser(sid: string | undefined): string | undefined {
    return sid ? this.browserSessions.get(sid) : undefined;
  }

  endBrowserSession(sid: string | undefined): void {
    if (sid) this.browserSessions.delete(sid);
  }
}
