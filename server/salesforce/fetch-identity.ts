import "server-only";
import { z } from "zod";

/** The fields of Salesforce's identity service we use (GET on the `id` URL of a token response). */
const identitySchema = z.object({
  user_id: z.string(),
  organization_id: z.string(),
  username: z.string(),
  display_name: z.string().optional(),
  email: z.string().optional(),
});

export type SalesforceIdentity = {
  userId: string;
  orgId: string;
  username: string;
  name: string;
  email: string | undefined;
};

/** Who a token belongs to. */
export async function fetchIdentity({
  identityUrl,
  accessToken,
}: {
  identityUrl: string;
  accessToken: string;
}): Promise<SalesforceIdentity> {
  const url = new URL(identityUrl);
  url.searchParams.set("format", "json");
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/json" },
  });
  if (!response.ok) {
    throw new Error(
      `Salesforce's identity service answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
    );
  }
  const identity = identitySchema.parse(await response.json());
  return {
    userId: identity.user_id,
    orgId: identity.organization_id,
    username: identity.username,
    name: identity.display_name ?? identity.username,
    email: identity.email,
  };
}
