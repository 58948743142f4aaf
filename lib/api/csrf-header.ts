/**
 * The header our UI sends on every API call. The session cookie is SameSite=None (it must work inside
 * a Salesforce iframe), so the API only lets a session change data when this header is present: a
 * cross-site form or script cannot set it.
 */
export const csrfHeader = { name: "x-requested-with", value: "sequence-cpq" } as const;
