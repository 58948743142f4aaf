import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { z } from "zod";
import type { ResolvedLocalOrgOptions } from "@/tools/local-salesforce/local-org-options";
import { JsonFile } from "@/tools/local-salesforce/store/state-file";

const connectedAppFileSchema = z.object({ clientId: z.string().min(1), clientSecret: z.string().min(1) });

export interface ConnectedApp {
  clientId: string;
  clientSecret: string;
  callbackUrls: string[];
  /** Scopes granted when the authorize request names none (the connected app's selected scopes). */
  defaultScope: string;
}

/**
 * The connected app the app signs in with. Credentials given as options win; otherwise they are
 * generated on first start, in Salesforce's shapes (a 3MVG9… consumer key, a 64-hex-digit secret),
 * and kept in the data folder so the app's configuration stays valid across restarts.
 */
export function loadConnectedApp(options: ResolvedLocalOrgOptions): ConnectedApp {
  const file = new JsonFile(join(options.dataDir, "connected-app.json"), connectedAppFileSchema);
  let stored = file.read();
  if (!stored) {
    stored = {
      clientId: `3MVG9${randomBytes(60).toString("base64url").slice(0, 80)}`,
      clientSecret: randomBytes(32).toString("hex").toUpperCase(),
    };
    file.write(stored);
  }
  return {
    clientId: options.clientId ?? stored.clientId,
    clientSecret: options.clientSecret ?? stored.clientSecret,
    callbackUrls: options.callbackUrls ?? [`${options.appUrl}/auth/callback`],
    defaultScope: "api id web refresh_token openid",
  };
}
