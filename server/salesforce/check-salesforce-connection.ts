import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import type { ConnectionCheck, ConnectionCheckItem } from "@/lib/schemas/salesforce-integration";
import type { Database } from "@/server/db/database";
import { listPrices } from "@/server/db/schema/catalog";
import { quoteVersions } from "@/server/db/schema/quotes";
import { salesforceConnections } from "@/server/db/schema/salesforce";
import { connectIntegration } from "@/server/salesforce/connect-integration";
import { salesforceErrorSchema } from "@/server/salesforce/graph-response";
import { postComposite } from "@/server/salesforce/post-composite";
import {
  EXTERNAL_ID_FIELD,
  sequenceObjectFields,
  type SequenceObject,
} from "@/server/salesforce/sequence-object-fields";

const compositeResponseSchema = z.object({
  compositeResponse: z.array(z.object({ body: z.unknown(), httpStatusCode: z.number(), referenceId: z.string() })),
});
const describeSchema = z.object({
  fields: z.array(
    z.object({ name: z.string(), createable: z.boolean(), updateable: z.boolean(), externalId: z.boolean() }),
  ),
});
const currenciesSchema = z.object({ records: z.array(z.object({ IsoCode: z.string(), IsActive: z.boolean() })) });

const PACKAGE_FIX =
  "Deploy the Sequence CPQ package to the org (salesforce/ in this repository: sf project deploy start --source-dir force-app), then run the check again.";

/**
 * Checks, in one API call, that the connected org can take what the sync writes: the connection works,
 * multi-currency is on with every currency the catalog and the quotes use active, and the package's
 * objects and the fields the sync writes are installed and writable by the integration user. Each
 * finding says in plain words what is wrong and how to fix it. The result is stored for the admin page.
 * Runs only when an admin connects or asks: it costs an API call.
 */
export async function checkSalesforceConnection({
  db,
  now = new Date(),
}: {
  db: Database;
  now?: Date;
}): Promise<ConnectionCheck> {
  const integration = await connectIntegration({ db });
  if (!integration) {
    return {
      ok: false,
      checkedAt: now.toISOString(),
      items: [
        {
          key: "connection",
          ok: false,
          title: "Not connected",
          detail: "No Salesforce org is connected, so published quotes wait to be written.",
          fix: "Connect Salesforce with the button on this page, signing in as the user the app should write as.",
        },
      ],
    };
  }
  const { connection, row } = integration;
  const objects = Object.keys(sequenceObjectFields) as SequenceObject[];
  const base = `/services/data/v${row.apiVersion}`;
  const items: ConnectionCheckItem[] = [];
  let multiCurrency: boolean | null = null;
  try {
    const answer = await postComposite({
      connection,
      path: "/composite",
      schema: compositeResponseSchema,
      timeoutMs: 60_000,
      body: {
        allOrNone: false,
        compositeRequest: [
          {
            method: "GET",
            url: `${base}/query?q=${encodeURIComponent("SELECT IsoCode, IsActive FROM CurrencyType")}`,
            referenceId: "currencies",
          },
          ...[...objects, "Opportunity"].map((object) => ({
            method: "GET",
            url: `${base}/sobjects/${object}/describe`,
            referenceId: `describe_${object}`,
          })),
        ],
      },
    });
    const results = new Map(answer.compositeResponse.map((result) => [result.referenceId, result]));
    items.push({
      key: "connection",
      ok: true,
      title: "Connected",
      detail: `Connected to org ${row.orgId} (${row.instanceUrl}) as ${row.connectedAsUsername ?? row.connectedAsUserId}.`,
    });
    const currencies = results.get("currencies");
    const parsedCurrencies =
      currencies && currencies.httpStatusCode < 300 ? currenciesSchema.safeParse(currencies.body) : undefined;
    multiCurrency = parsedCurrencies?.success === true;
    items.push(
      multiCurrency
        ? { key: "multi-currency", ok: true, title: "Multi-currency", detail: "Multi-currency is on." }
        : {
            key: "multi-currency",
            ok: false,
            title: "Multi-currency",
            detail: `Multi-currency is off (${errorOf(currencies?.body) ?? "CurrencyType cannot be read"}). The app writes each quote in its own currency, which such an org refuses.`,
            fix: "In Salesforce Setup → Company Information, enable multiple currencies (this cannot be undone), then activate the currencies you quote in under Manage Currencies.",
          },
    );
    if (parsedCurrencies?.success) items.push(await currencyItem({ db, records: parsedCurrencies.data.records }));
    for (const object of objects) items.push(objectItem(object, results.get(`describe_${object}`)));
    items.push(opportunityItem(results.get("describe_Opportunity")));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    items.push({
      key: "connection",
      ok: false,
      title: "Connection",
      detail: `Salesforce could not be asked: ${message}`,
      fix: "If Salesforce is reachable, reconnect it with the button on this page (the stored access may have been revoked).",
    });
  }
  const check: ConnectionCheck = { ok: items.every((item) => item.ok), checkedAt: now.toISOString(), items };
  await db
    .update(salesforceConnections)
    .set({ lastCheck: check, ...(multiCurrency !== null ? { multiCurrencyEnabled: multiCurrency } : {}) })
    .where(and(eq(salesforceConnections.id, row.id), isNull(salesforceConnections.disconnectedAt)));
  return check;
}

function errorOf(body: unknown): string | undefined {
  const parsed = z.array(salesforceErrorSchema).safeParse(body);
  const first = parsed.success ? parsed.data[0] : undefined;
  return first ? `${first.errorCode ?? first.statusCode ?? "error"}: ${first.message}` : undefined;
}

async function currencyItem({
  db,
  records,
}: {
  db: Database;
  records: { IsoCode: string; IsActive: boolean }[];
}): Promise<ConnectionCheckItem> {
  const fromCatalog = await db
    .selectDistinct({ currency: listPrices.currency })
    .from(listPrices)
    .where(isNull(listPrices.archivedAt));
  const fromQuotes = await db
    .selectDistinct({ currency: quoteVersions.currency })
    .from(quoteVersions)
    .where(isNotNull(quoteVersions.currency));
  const needed = [
    ...new Set([...fromCatalog, ...fromQuotes].map((row) => row.currency).filter((c) => c !== null)),
  ].sort();
  const active = new Set(records.filter((record) => record.IsActive).map((record) => record.IsoCode));
  const known = new Set(records.map((record) => record.IsoCode));
  const inactive = needed.filter((code) => known.has(code) && !active.has(code));
  const absent = needed.filter((code) => !known.has(code));
  if (inactive.length === 0 && absent.length === 0) {
    return {
      key: "currencies",
      ok: true,
      title: "Currencies",
      detail: `Every currency the catalog and the quotes use is active: ${needed.join(", ") || "none used yet"}.`,
    };
  }
  const fixes = [
    ...(absent.length ? [`add ${absent.join(", ")}`] : []),
    ...(inactive.length ? [`activate ${inactive.join(", ")}`] : []),
  ];
  return {
    key: "currencies",
    ok: false,
    title: "Currencies",
    detail: `${[...absent, ...inactive].join(", ")} ${absent.length + inactive.length === 1 ? "is" : "are"} used by the catalog or quotes but not active in Salesforce, so quotes in ${absent.length + inactive.length === 1 ? "it" : "them"} cannot be written.`,
    fix: `In Salesforce Setup → Manage Currencies, ${fixes.join(" and ")}.`,
  };
}

type SubResult = { body: unknown; httpStatusCode: number } | undefined;

function objectItem(object: SequenceObject, result: SubResult): ConnectionCheckItem {
  const key = `object:${object}`;
  const described = result && result.httpStatusCode < 300 ? describeSchema.safeParse(result.body) : undefined;
  if (!described?.success) {
    return {
      key,
      ok: false,
      title: object,
      detail: `The object ${object} is not installed, or the integration user cannot see it (${errorOf(result?.body) ?? "no describe"}).`,
      fix: PACKAGE_FIX,
    };
  }
  const fields = new Map(described.data.fields.map((field) => [field.name, field]));
  // CurrencyIsoCode exists only with multi-currency, which has its own finding.
  const wanted = [...sequenceObjectFields[object], EXTERNAL_ID_FIELD].filter((name) => name !== "CurrencyIsoCode");
  const missing = wanted.filter((name) => !fields.has(name));
  const readOnly = wanted.filter((name) => {
    const field = fields.get(name);
    return field && !(field.createable && field.updateable);
  });
  const notExternal = fields.get(EXTERNAL_ID_FIELD)?.externalId === false ? [EXTERNAL_ID_FIELD] : [];
  if (missing.length === 0 && readOnly.length === 0 && notExternal.length === 0) {
    return { key, ok: true, title: object, detail: "Installed, with every field the sync writes." };
  }
  const problems = [
    ...(missing.length ? [`missing ${missing.join(", ")}`] : []),
    ...(readOnly.length ? [`not writable by the integration user: ${readOnly.join(", ")}`] : []),
    ...(notExternal.length ? [`${EXTERNAL_ID_FIELD} is not an external id`] : []),
  ];
  return {
    key,
    ok: false,
    title: object,
    detail: `${object} is installed, but ${problems.join("; ")}.`,
    fix:
      missing.length || notExternal.length
        ? PACKAGE_FIX
        : "Give the integration user's profile (or a permission set) edit access to these fields.",
  };
}

function opportunityItem(result: SubResult): ConnectionCheckItem {
  const described = result && result.httpStatusCode < 300 ? describeSchema.safeParse(result.body) : undefined;
  const names = new Set(described?.success ? described.data.fields.map((field) => field.name) : []);
  const missing = ["OwnerId", "AccountId"].filter((name) => !names.has(name));
  return missing.length === 0
    ? {
        key: "opportunity",
        ok: true,
        title: "Opportunity",
        detail: "Opportunities and their owner and account can be read.",
      }
    : {
        key: "opportunity",
        ok: false,
        title: "Opportunity",
        detail: `The integration user cannot read ${missing.join(" and ")} of opportunities, which quotes are filed under.`,
        fix: "Give the integration user read access to Opportunity and its Owner and Account fields.",
      };
}
