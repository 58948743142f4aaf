/** The local Salesforce org under test (set by playwright.config.ts). */
export const orgUrl = process.env.E2E_ORG_URL ?? "http://127.0.0.1:4110";
