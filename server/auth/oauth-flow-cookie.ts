import { z } from "zod";

/** The sealed, short-lived cookie that carries the OAuth state and PKCE verifier to the callback. */
export const OAUTH_FLOW_COOKIE = "cpq_oauth";
export const OAUTH_FLOW_TTL_SECONDS = 10 * 60;

export const oauthFlowSchema = z.object({
  state: z.string().min(16),
  codeVerifier: z.string().min(43),
  returnTo: z.string(),
  purpose: z.enum(["sign-in", "connect-integration"]),
});

export type OAuthFlow = z.infer<typeof oauthFlowSchema>;
