import { z } from "zod";

/** The sealed, short-lived cookie that carries the OAuth state and PKCE verifier to the callback. */
export const OAUTH_FLOW_COOKIE = "cpq_oauth";
export const OAUTH_FLOW_TTL_SECONDS = 10 * 60;

/**
 * Like the session cookie it must survive a Salesforce iframe (SameSite=None; Secure; Partitioned),
 * and only the callback under /auth needs it. Deleting it takes the same attributes with maxAge 0:
 * a partitioned cookie is only removed by a partitioned one.
 */
export const oauthFlowCookieOptions = {
  httpOnly: true,
  secure: true,
  sameSite: "none",
  partitioned: true,
  path: "/auth",
  maxAge: OAUTH_FLOW_TTL_SECONDS,
} as const;

export const oauthFlowSchema = z.object({
  state: z.string().min(16),
  codeVerifier: z.string().min(43),
  returnTo: z.string(),
  purpose: z.enum(["sign-in", "connect-integration"]),
});

export type OAuthFlow = z.infer<typeof oauthFlowSchema>;
