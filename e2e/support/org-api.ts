import { createHmac } from "node:crypto";
import { orgUrl } from "@/e2e/support/urls";

const connectedApp = async () =>
  (await (await fetch(`${orgUrl}/__local/connected-app`)).json()) as { clientId: string; clientSecret: string };

/** A demo user's token (password grant). */
async function tokenFor(
  username: string,
): Promise<{ accessToken: string; instanceUrl: string; orgId: string; userId: string }> {
  const app = await connectedApp();
  const response = await fetch(`${orgUrl}/services/oauth2/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "password",
      client_id: app.clientId,
      client_secret: app.clientSecret,
      username,
      password: "password",
    }),
  });
  const token = (await response.json()) as { access_token: string; instance_url: string; id: string };
  const [orgId = "", userId = ""] = token.id.split("/").slice(-2);
  return { accessToken: token.access_token, instanceUrl: token.instance_url, orgId, userId };
}

/** Changes an account as the org's admin would in Salesforce. */
export async function setAccountFields(accountId: string, fields: object): Promise<void> {
  const { accessToken, instanceUrl } = await tokenFor("ada.admin@sequence-demo.test");
  const response = await fetch(`${instanceUrl}/services/data/v62.0/sobjects/Account/${accountId}`, {
    method: "PATCH",
    headers: { Authorization: `Bearer ${accessToken}`, "Content-Type": "application/json" },
    body: JSON.stringify(fields),
  });
  if (response.status !== 204) throw new Error(`updating account ${accountId} failed: ${await response.text()}`);
}

/** An account's Sequence Customer ID, as Salesforce holds it. */
export async function accountCustomerId(accountId: string): Promise<string | null> {
  const { accessToken, instanceUrl } = await tokenFor("ada.admin@sequence-demo.test");
  const response = await fetch(
    `${instanceUrl}/services/data/v62.0/sobjects/Account/${accountId}?fields=Sequence_Customer_ID__c`,
    { headers: { Authorization: `Bearer ${accessToken}` } },
  );
  return ((await response.json()) as { Sequence_Customer_ID__c: string | null }).Sequence_Customer_ID__c;
}

/**
 * The signed request Salesforce would POST to the canvas URL for this user on an opportunity page:
 * the CanvasRequest envelope, HMAC-SHA256 signed with the connected app's consumer secret.
 */
export async function canvasSignedRequest({
  username,
  name,
  opportunityId,
}: {
  username: string;
  name: string;
  opportunityId: string;
}): Promise<string> {
  const [{ clientSecret }, token] = await Promise.all([connectedApp(), tokenFor(username)]);
  const envelope = {
    algorithm: "HMACSHA256",
    userId: token.userId,
    issuedAt: null,
    client: { oauthToken: token.accessToken, instanceUrl: token.instanceUrl, targetOrigin: orgUrl },
    context: {
      user: { userId: token.userId, userName: username, fullName: name },
      organization: { organizationId: token.orgId, multicurrencyEnabled: true },
      environment: { displayLocation: "Aura", parameters: { opportunityId } },
    },
  };
  const encoded = Buffer.from(JSON.stringify(envelope)).toString("base64");
  return `${createHmac("sha256", clientSecret).update(encoded).digest("base64")}.${encoded}`;
}
