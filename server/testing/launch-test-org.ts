import { sealData } from "iron-session";
import { vi } from "vitest";
import { beginSignIn } from "@/server/auth/begin-sign-in";
import { completeSignIn } from "@/server/auth/complete-sign-in";
import { getAppSecrets } from "@/server/auth/get-app-secrets";
import { SESSION_COOKIE, SESSION_TTL_SECONDS } from "@/server/auth/session-options";
import type { Database } from "@/server/db/database";
import { demoUser } from "@/tools/local-salesforce/seed/demo-users";
import { ADA, startTestOrg, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

const APP_URL = "http://localhost:3000";

/**
 * A local Salesforce org on a free port, with the app configured to sign in against it. Call it in
 * the test file's first beforeAll: the app reads its configuration once, on first use.
 */
export async function startLaunchTestOrg(): Promise<TestOrg> {
  const org = await startTestOrg({ appUrl: APP_URL });
  vi.stubEnv("APP_BASE_URL", APP_URL);
  vi.stubEnv("SALESFORCE_LOGIN_URL", org.url);
  vi.stubEnv("SALESFORCE_CLIENT_ID", org.clientId);
  vi.stubEnv("SALESFORCE_CLIENT_SECRET", org.clientSecret);
  return org;
}

/**
 * Signs a demo user in through the app's real OAuth web-server flow (PKCE) against the org, as the
 * browser would: the app's authorize URL, the org's user picker, the callback. The user is saved
 * with an access and a refresh token; returns the session cookie and the sealed session.
 */
export async function signInThroughOrg({
  db,
  org,
  username,
}: {
  db: Database;
  org: TestOrg;
  username: string;
}): Promise<{ userId: string; cookie: string; sealed: string }> {
  const { redirectUrl, flowCookie } = await beginSignIn({ returnTo: "/launch" });
  const form = new URLSearchParams(new URL(redirectUrl).searchParams);
  form.set("username", username);
  const picked = await fetch(`${org.url}/services/oauth2/authorize`, {
    method: "POST",
    body: form,
    redirect: "manual",
  });
  const location = picked.headers.get("location");
  if (!location) throw new Error(`the org did not redirect back (${picked.status})`);
  const { session } = await completeSignIn({ db, callbackUrl: new URL(location), flowCookie });
  if (!session) throw new Error("the sign-in gave no session");
  const sealed = await sealData(session, { password: getAppSecrets().sessionSecret, ttl: SESSION_TTL_SECONDS });
  return { userId: session.userId, cookie: `${SESSION_COOKIE}=${sealed}`, sealed };
}

type AddressFields = { street: string; city: string; state: string | null; postalCode: string | null; country: string };

const address = (prefix: "Billing" | "Mailing", value: AddressFields) => ({
  [`${prefix}Street`]: value.street,
  [`${prefix}City`]: value.city,
  [`${prefix}State`]: value.state,
  [`${prefix}PostalCode`]: value.postalCode,
  [`${prefix}Country`]: value.country,
});

/**
 * An account with a billing contact and one opportunity, made by the org's admin, so a test has
 * records no other test touches. Owners default to Rita (the first rep).
 */
export async function createTestOpportunity(
  org: TestOrg,
  {
    name,
    accountOwnerId = demoUser("rep1").id,
    opportunityOwnerId = demoUser("rep1").id,
    customerId = null,
    billing = { street: "1 Main Street", city: "Springfield", state: "IL", postalCode: "62701", country: "US" },
  }: {
    name: string;
    accountOwnerId?: string;
    opportunityOwnerId?: string;
    customerId?: string | null;
    billing?: AddressFields;
  },
): Promise<{ accountId: string; contactId: string; opportunityId: string }> {
  const token = await org.token(ADA);
  const create = async (type: string, body: object) => {
    const response = await org.api(token, "POST", `/sobjects/${type}`, body);
    if (response.status !== 201) throw new Error(`creating ${type} failed: ${JSON.stringify(response.body)}`);
    return (response.body as { id: string }).id;
  };
  const accountId = await create("Account", {
    Name: name,
    OwnerId: accountOwnerId,
    CurrencyIsoCode: "USD",
    Sequence_Customer_ID__c: customerId,
    ...address("Billing", billing),
  });
  const contactId = await create("Contact", {
    AccountId: accountId,
    OwnerId: accountOwnerId,
    FirstName: "Billie",
    LastName: `Payer ${name}`,
    Email: "billing@example.com",
    ...address("Mailing", billing),
  });
  await setAccountFields(org, accountId, { Sequence_Billing_Contact__c: contactId });
  const opportunityId = await create("Opportunity", {
    Name: `${name} - Deal`,
    AccountId: accountId,
    OwnerId: opportunityOwnerId,
    StageName: "Prospecting",
    CloseDate: "2027-03-01",
    CurrencyIsoCode: "USD",
    Amount: 1000,
  });
  return { accountId, contactId, opportunityId };
}

/** Changes an account as the org's admin (what someone editing it in Salesforce would do). */
export async function setAccountFields(org: TestOrg, accountId: string, fields: object): Promise<void> {
  const response = await org.api(await org.token(ADA), "PATCH", `/sobjects/Account/${accountId}`, fields);
  if (response.status !== 204) throw new Error(`updating the account failed: ${JSON.stringify(response.body)}`);
}

/** An account's Sequence Customer ID as the org's admin sees it. */
export async function readAccountCustomerId(org: TestOrg, accountId: string): Promise<string | null> {
  const response = await org.api(
    await org.token(ADA),
    "GET",
    `/sobjects/Account/${accountId}?fields=Sequence_Customer_ID__c`,
  );
  return (response.body as { Sequence_Customer_ID__c: string | null }).Sequence_Customer_ID__c;
}
