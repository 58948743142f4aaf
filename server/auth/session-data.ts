import { z } from "zod";

/** What the session cookie carries: who signed in. Roles are read from the database on every request. */
export const sessionDataSchema = z.object({
  userId: z.uuid(),
  salesforceUserId: z.string(),
  salesforceOrgId: z.string(),
  signedInAt: z.string(),
  /** "canvas" when the session came from a verified Canvas signed request. */
  via: z.enum(["oauth", "canvas"]).default("oauth"),
});

export type SessionData = z.infer<typeof sessionDataSchema>;
