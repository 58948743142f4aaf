import { z } from "zod";

/**
 * Everything the local org keeps between restarts, in one JSON file in its data folder. Parsed with
 * zod when read, so a hand-edited or truncated file is reported instead of half-loaded.
 */

export const fieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const storedRecordSchema = z.record(z.string(), fieldValueSchema);

const refreshTokenSchema = z.object({
  token: z.string(),
  userId: z.string(),
  clientId: z.string(),
  scope: z.string(),
  issuedAt: z.number(),
});

const accessTokenSchema = z.object({
  token: z.string(),
  userId: z.string(),
  clientId: z.string(),
  scope: z.string(),
  issuedAt: z.number(),
  expiresAt: z.number(),
  refreshToken: z.string().nullable(),
});

export const orgSettingsSchema = z.object({
  multiCurrency: z.boolean(),
  apiRequestLimit: z.number().int().min(0),
});

export const orgStateSchema = z.object({
  formatVersion: z.literal(1),
  orgId: z.string().regex(/^00D[a-zA-Z0-9]{15}$/),
  keyPrefixes: z.record(z.string(), z.string().regex(/^a[0-9A-Za-z]{2}$/)),
  nextRecordNumber: z.number().int().min(1),
  settings: orgSettingsSchema,
  apiUsage: z.object({ day: z.string(), count: z.number().int().min(0) }),
  /** Live records by sObject type, then by 18-character id. */
  records: z.record(z.string(), z.record(z.string(), storedRecordSchema)),
  /** Deleted records by id (the recycle bin): queryAll sees them, writes get ENTITY_IS_DELETED. */
  deleted: z.record(z.string(), z.object({ type: z.string(), record: storedRecordSchema })),
  oauth: z.object({ refreshTokens: z.array(refreshTokenSchema), accessTokens: z.array(accessTokenSchema) }),
});

export type FieldValue = z.infer<typeof fieldValueSchema>;
export type StoredRecord = z.infer<typeof storedRecordSchema>;
export type OrgState = z.infer<typeof orgStateSchema>;
export type OrgSettings = z.infer<typeof orgSettingsSchema>;
export type StoredRefreshToken = z.infer<typeof refreshTokenSchema>;
export type StoredAccessToken = z.infer<typeof accessTokenSchema>;
