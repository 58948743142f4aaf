import { and, eq, inArray } from "drizzle-orm";
import type { IntegrationId } from "@/lib/schemas/primitives";
import type { Quote } from "@/lib/schemas/quote";
import type { Database } from "@/server/db/database";
import { customerContacts } from "@/server/db/schema/customers";
import { salesforceSyncStates } from "@/server/db/schema/salesforce";
import { type quotes, quoteVersions } from "@/server/db/schema/quotes";
import { loadQuoteContent } from "@/server/quotes/load-quote-content";
import { toQuote } from "@/server/quotes/to-quote";
import { getEnv } from "@/server/env";

/**
 * A quote in the API shape, at its current version (the draft if there is one, else the newest
 * published), with its recipients, its Salesforce sync state (and why the last write failed, if it
 * did) and the buyer link.
 */
export async function loadQuote({
  db,
  quote,
  versionId,
}: {
  db: Database;
  quote: typeof quotes.$inferSelect;
  /** Another version than the current one, for example the published one for the buyer page. */
  versionId?: string;
}): Promise<Quote> {
  const id = versionId ?? quote.currentVersionId;
  if (!id) throw new Error(`quote ${quote.id} has no current version`);
  const [version] = await db.select().from(quoteVersions).where(eq(quoteVersions.id, id)).limit(1);
  if (!version) throw new Error(`quote ${quote.id} points at a missing version ${id}`);
  const content = await loadQuoteContent({ db, versionId: version.id });
  const recipients =
    version.contactIds.length > 0
      ? await db
          .select({ contactId: customerContacts.id, name: customerContacts.name, email: customerContacts.email })
          .from(customerContacts)
          .where(inArray(customerContacts.id, version.contactIds))
      : [];
  const [sync] = await db
    .select()
    .from(salesforceSyncStates)
    .where(and(eq(salesforceSyncStates.entityType, "quote"), eq(salesforceSyncStates.entityId, quote.id)))
    .limit(1);
  const integrationIds: IntegrationId[] = sync
    ? [
        {
          service: "Salesforce",
          id: sync.salesforceId ?? "",
          isPending: sync.isPending,
          ...(sync.lastSyncedAt ? { lastSynced: sync.lastSyncedAt.toISOString() } : {}),
          ...(sync.salesforceUrl ? { url: sync.salesforceUrl } : {}),
        },
      ]
    : [];
  return toQuote({
    quote,
    version,
    content,
    recipients,
    integrationIds,
    salesforceSyncError: sync?.lastError ?? undefined,
    buyerUrl: quote.buyerToken ? `${getEnv().appBaseUrl}/q/${quote.buyerToken}` : undefined,
    merchantBranding: getEnv().merchantBranding,
    today: new Date().toISOString().slice(0, 10),
  });
}
