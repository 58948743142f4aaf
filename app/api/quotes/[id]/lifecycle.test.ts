import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as acceptRoute from "@/app/api/quotes/[id]/accept/route";
import * as archiveRoute from "@/app/api/quotes/[id]/archive/route";
import * as duplicateRoute from "@/app/api/quotes/[id]/duplicate/route";
import * as executeRoute from "@/app/api/quotes/[id]/execute/route";
import * as latestDraftRoute from "@/app/api/quotes/[id]/latest-draft/route";
import * as publishRoute from "@/app/api/quotes/[id]/publish/route";
import * as itemRoute from "@/app/api/quotes/[id]/route";
import * as listRoute from "@/app/api/quotes/route";
import type { Actor } from "@/server/auth/actor";
import { executeRows } from "@/server/db/execute-rows";
import { testDatabases } from "@/server/db/test-databases";
import { auditLog } from "@/server/db/schema/audit";
import {
  billingScheduleDiscounts,
  billingScheduleMinimums,
  billingSchedulePhases,
  billingSchedules,
} from "@/server/db/schema/billing";
import { salesforceSyncStates } from "@/server/db/schema/salesforce";
import { users } from "@/server/db/schema/users";
import { acceptQuote } from "@/server/quotes/accept-quote";
import { archiveQuote } from "@/server/quotes/archive-quote";
import { createQuote } from "@/server/quotes/create-quote";
import { duplicateQuote } from "@/server/quotes/duplicate-quote";
import { executeQuote } from "@/server/quotes/execute-quote";
import { getBuyerQuote } from "@/server/quotes/get-buyer-quote";
import { publishQuote } from "@/server/quotes/publish-quote";
import { revertQuoteDraft } from "@/server/quotes/revert-quote-draft";
import { updateQuote } from "@/server/quotes/update-quote";
import { basicAuthHeader } from "@/server/testing/basic-auth";
import { callRoute } from "@/server/testing/call-route";
import { priceKey, publishableQuote } from "@/server/testing/publishable-quote";
import { openSyncTestDatabase, type SyncTestDatabase } from "@/server/testing/sync-test-harness";
import { eq } from "drizzle-orm";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));
vi.mock("@/server/jobs/get-job-queue", async () => ({
  getJobQueue: (await import("@/server/testing/held-job-queue")).getHeldJobQueue,
}));

const OPPORTUNITY = "006Lo000000000pIAA";

describe.each(testDatabases())("the quote lifecycle on $name", (database) => {
  let t: SyncTestDatabase;
  let auth: { authorization: string };
  let reps: { a: Actor; b: Actor; approver: Actor; admin: Actor };

  beforeAll(async () => {
    t = await openSyncTestDatabase(database);
    auth = await basicAuthHeader(t.handle.db);
    const rows = await t.handle.db
      .insert(users)
      .values(
        (["rep", "rep", "approver", "admin"] as const).map((role, index) => ({
          salesforceUserId: `005LIFECYCLE0${index}AAA`,
          salesforceOrgId: "00D000000000001AAA",
          username: `user${index}@x.test`,
          name: `User ${index}`,
          role,
        })),
      )
      .returning();
    const actor = (index: number): Actor => {
      const row = rows[index]!;
      return { kind: "user", userId: row.id, role: row.role, name: row.name };
    };
    reps = { a: actor(0), b: actor(1), approver: actor(2), admin: actor(3) };
  });
  afterAll(() => t.close());

  const route = (handler: typeof publishRoute.POST, method: string, id: string, body?: unknown) =>
    callRoute(handler, method, `/api/quotes/${id}`, {
      headers: auth,
      params: { id },
      ...(body !== undefined ? { body } : {}),
    });
  const draft = async (body: Record<string, unknown> = {}, actor: Actor = t.actor) => {
    const quote = await createQuote({ db: t.handle.db, actor, body: { salesforceOpportunityId: OPPORTUNITY } });
    await updateQuote({
      db: t.handle.db,
      actor,
      id: quote.id,
      body: { ...publishableQuote({ productId: t.productId, customerId: t.customerId }), ...body },
    });
    return quote.id;
  };
  const published = async (actor: Actor = t.actor) => {
    const id = await draft({}, actor);
    return publishQuote({ db: t.handle.db, actor, id, body: { sendRecipientsEmail: false } });
  };
  const jobsFor = async (id: string) =>
    (
      await executeRows<{ n: number }>(
        t.handle.db,
        sql`select count(*)::int as n from pgboss.job where name = 'salesforce-sync' and data->>'entityId' = ${id}`,
      )
    )[0]?.n;

  describe("publish", () => {
    it("says everything a blank quote lacks, at its path, and publishes nothing", async () => {
      const created = await callRoute(listRoute.POST, "POST", "/api/quotes", { headers: auth, body: {} });
      const response = await route(publishRoute.POST, "POST", created.json.id, { sendRecipientsEmail: true });
      expect(response.status).toBe(422);
      expect(response.json.error.code).toBe("quote_incomplete");
      expect(response.json.error.errors.map((problem: { path: string }) => problem.path)).toEqual([
        "title",
        "customerId",
        "currency",
        "preliminaryBillingStartDate",
        "phases",
      ]);
      const after = await route(itemRoute.GET, "GET", created.json.id);
      expect(after.json).toMatchObject({ status: "DRAFT", version: 1 });
      expect(after.json.quoteNumber).toBeUndefined();
    });

    it("requires an expected quantity on every usage price unless it is quoted rate-only", async () => {
      const body = publishableQuote({ productId: t.productId, customerId: t.customerId });
      delete body.phases[1]!.prices[2]!.quantity;
      const id = await draft({ phases: body.phases });
      const refused = await route(publishRoute.POST, "POST", id);
      expect(refused.status).toBe(422);
      expect(refused.json.error.errors).toEqual([
        { path: "phases[1].prices[2].quantity", message: expect.stringContaining("rate-only") },
      ]);
      body.phases[1]!.prices[2]!.rateOnly = true;
      await updateQuote({
        db: t.handle.db,
        actor: t.actor,
        id,
        body: { ...publishableQuote({ productId: t.productId, customerId: t.customerId }), phases: body.phases },
      });
      expect((await route(publishRoute.POST, "POST", id)).status).toBe(200);
    });

    it("freezes the draft as version 1, numbers and dates it, issues the buyer link and requests the sync in the same transaction", async () => {
      const id = await draft();
      const response = await route(publishRoute.POST, "POST", id, {
        sendRecipientsEmail: false,
        emailMessage: "Here you go",
      });
      expect(response.status).toBe(200);
      const today = new Date().toISOString().slice(0, 10);
      const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      expect(response.json).toMatchObject({
        status: "PUBLISHED",
        quoteNumber: expect.stringMatching(/^Q\d{5}$/),
        expiresAt: expires,
        isExpired: false,
        hasUnpublishedChanges: false,
        buyerUrl: expect.stringMatching(/\/q\/[A-Za-z0-9_-]{43}$/),
        integrationIds: [{ service: "Salesforce", id: "", isPending: true }],
      });
      expect(response.json.publishedAt.slice(0, 10)).toBe(today);
      expect(await jobsFor(id)).toBe(1);
      const [state] = await t.handle.db
        .select()
        .from(salesforceSyncStates)
        .where(eq(salesforceSyncStates.entityId, id));
      expect(state).toMatchObject({ requestedVersion: response.json.version, isPending: true, syncedVersion: null });
      const audit = await t.handle.db.select().from(auditLog).where(eq(auditLog.entityId, id));
      expect(audit.map((entry) => entry.action)).toContain("quote.published");
    });

    it("accepts an empty body, refuses to publish an unchanged version again, and refuses a stale one", async () => {
      const id = await draft();
      expect((await route(publishRoute.POST, "POST", id)).status).toBe(200);
      const again = await route(publishRoute.POST, "POST", id);
      expect(again.status).toBe(409);
      expect(again.json.error.code).toBe("nothing_to_publish");
      const current = await route(itemRoute.GET, "GET", id);
      await route(itemRoute.PUT, "PUT", id, {
        ...publishableQuote({ productId: t.productId, customerId: t.customerId }),
        title: "Edited",
      });
      const stale = await route(publishRoute.POST, "POST", id, {
        sendRecipientsEmail: false,
        version: current.json.version,
      });
      expect(stale.status).toBe(409);
      expect(stale.json.error.code).toBe("stale_version");
    });

    it("makes later edits a new draft the customer does not see until it is republished; the newest supersedes", async () => {
      const first = await published();
      const token = first.buyerUrl!.split("/q/")[1]!;
      const edited = await route(itemRoute.PUT, "PUT", first.id, {
        ...publishableQuote({ productId: t.productId, customerId: t.customerId }),
        title: "Second offer",
      });
      expect(edited.json).toMatchObject({ status: "PUBLISHED", hasUnpublishedChanges: true, title: "Second offer" });
      expect((await getBuyerQuote({ token }))?.quote.title).toBe("Platform renewal");
      const republished = await route(publishRoute.POST, "POST", first.id);
      expect(republished.json).toMatchObject({
        quoteNumber: first.quoteNumber,
        title: "Second offer",
        hasUnpublishedChanges: false,
        buyerUrl: first.buyerUrl,
      });
      expect((await getBuyerQuote({ token }))?.quote.title).toBe("Second offer");
      expect(await jobsFor(first.id)).toBe(2);
    });

    it("numbers quotes gaplessly, even when publishes race and some fail", async () => {
      const ids = await Promise.all(Array.from({ length: 6 }, () => draft()));
      const blank = (await createQuote({ db: t.handle.db, actor: t.actor, body: {} })).id;
      const results = await Promise.allSettled(
        [...ids, blank].map((id) =>
          publishQuote({ db: t.handle.db, actor: t.actor, id, body: { sendRecipientsEmail: false } }),
        ),
      );
      expect(results.filter((result) => result.status === "rejected")).toHaveLength(1);
      const numbers = results.flatMap((result) =>
        result.status === "fulfilled" ? [Number(result.value.quoteNumber!.slice(1))] : [],
      );
      numbers.sort((x, y) => x - y);
      expect(numbers.at(-1)! - numbers[0]! + 1).toBe(numbers.length);
      const [counter] = await executeRows<{ value: number }>(
        t.handle.db,
        sql`select value from counters where name = 'quote_number'`,
      );
      expect(counter?.value).toBe(numbers.at(-1));
    });

    it("publishes an expired quote again unchanged, with a new expiry", async () => {
      const id = await draft();
      const old = await publishQuote({
        db: t.handle.db,
        actor: t.actor,
        id,
        body: { sendRecipientsEmail: false },
        now: new Date(Date.now() - 60 * 86_400_000),
      });
      expect((await route(itemRoute.GET, "GET", id)).json.isExpired).toBe(true);
      const accept = await route(acceptRoute.POST, "POST", id);
      expect(accept.status).toBe(409);
      expect(accept.json.error.code).toBe("quote_expired");
      const again = await route(publishRoute.POST, "POST", id);
      expect(again.status).toBe(200);
      expect(again.json).toMatchObject({ quoteNumber: old.quoteNumber, isExpired: false });
      expect(again.json.expiresAt > old.expiresAt!).toBe(true);
    });
  });

  describe("accept and execute", () => {
    it("refuses to accept what was never published, or has changes the customer has not seen", async () => {
      const id = await draft();
      const early = await route(acceptRoute.POST, "POST", id);
      expect([early.status, early.json.error.code]).toEqual([409, "not_published"]);
      await route(publishRoute.POST, "POST", id);
      await route(
        itemRoute.PUT,
        "PUT",
        id,
        publishableQuote({ productId: t.productId, customerId: t.customerId, title: "x" }),
      );
      const changed = await route(acceptRoute.POST, "POST", id);
      expect([changed.status, changed.json.error.code]).toEqual([409, "unpublished_changes"]);
    });

    it("accepts once, then closes the quote to edits and a second accept", async () => {
      const quote = await published();
      const accepted = await route(acceptRoute.POST, "POST", quote.id);
      expect(accepted.json).toMatchObject({ status: "ACCEPTED", acceptedAt: expect.any(String) });
      expect(await jobsFor(quote.id)).toBe(2);
      const again = await route(acceptRoute.POST, "POST", quote.id);
      expect([again.status, again.json.error.code]).toEqual([409, "already_accepted"]);
      const edit = await route(
        itemRoute.PUT,
        "PUT",
        quote.id,
        publishableQuote({ productId: t.productId, customerId: t.customerId }),
      );
      expect([edit.status, edit.json.error.code]).toEqual([409, "quote_closed"]);
      const publish = await route(publishRoute.POST, "POST", quote.id);
      expect([publish.status, publish.json.error.code]).toEqual([409, "quote_closed"]);
    });

    it("executes an accepted quote into a draft billing schedule with dated phases and remapped restrictions", async () => {
      const quote = await published();
      const early = await route(executeRoute.POST, "POST", quote.id);
      expect([early.status, early.json.error.code]).toEqual([409, "not_accepted"]);
      await route(acceptRoute.POST, "POST", quote.id);
      const executed = await route(executeRoute.POST, "POST", quote.id);
      expect(executed.json).toMatchObject({ status: "EXECUTED", billingScheduleId: expect.any(String) });
      const scheduleId = executed.json.billingScheduleId as string;
      const [schedule] = await t.handle.db.select().from(billingSchedules).where(eq(billingSchedules.id, scheduleId));
      expect(schedule).toMatchObject({
        status: "DRAFT",
        customerId: t.customerId,
        quoteId: quote.id,
        startDate: "2027-01-01",
        endDate: "2028-12-31",
        salesforceOpportunityId: OPPORTUNITY,
      });
      const phases = await t.handle.db
        .select()
        .from(billingSchedulePhases)
        .where(eq(billingSchedulePhases.billingScheduleId, scheduleId))
        .orderBy(billingSchedulePhases.position);
      expect(phases.map((phase) => [phase.startDate, phase.endDate, phase.priceIds.length])).toEqual([
        ["2027-01-01", "2027-12-31", 3],
        ["2028-01-01", "2028-12-31", 3],
      ]);
      const [discount] = await t.handle.db
        .select()
        .from(billingScheduleDiscounts)
        .where(eq(billingScheduleDiscounts.phaseId, phases[0]!.id));
      const [minimum] = await t.handle.db
        .select()
        .from(billingScheduleMinimums)
        .where(eq(billingScheduleMinimums.phaseId, phases[0]!.id));
      expect(discount?.restrictToPrices).toEqual([phases[0]!.priceIds[0]]);
      expect(minimum?.restrictToPrices).toEqual([phases[0]!.priceIds[1]]);
      expect(discount?.restrictToPrices).not.toContain(priceKey(0, 0));
      const again = await route(executeRoute.POST, "POST", quote.id);
      expect([again.status, again.json.error.code]).toEqual([409, "already_executed"]);
    });
  });

  describe("duplicate, archive and revert", () => {
    it("duplicates any quote it may read into a new draft of its own, whatever the original's state", async () => {
      const quote = await published();
      await archiveQuote({ db: t.handle.db, actor: t.actor, id: quote.id });
      const copy = await route(duplicateRoute.POST, "POST", quote.id);
      expect(copy.status).toBe(201);
      expect(copy.json).toMatchObject({
        status: "DRAFT",
        version: 1,
        title: quote.title,
        salesforceOpportunityId: OPPORTUNITY,
        // Sequence's Quote says where a quote came from.
        createdFrom: { entityType: "QUOTE", entityId: quote.id },
      });
      expect(copy.json.id).not.toBe(quote.id);
      expect(copy.json.quoteNumber).toBeUndefined();
      expect(copy.json.phases.map((phase: { prices: unknown[] }) => phase.prices.length)).toEqual([3, 3]);
      expect(copy.json.integrationIds).toEqual([]);
    });

    it("archives with PUT as in the spec and with POST; twice is a 409; an archived quote cannot be published", async () => {
      const quote = await published();
      const archived = await route(archiveRoute.PUT, "PUT", quote.id);
      expect(archived.json.archivedAt).toEqual(expect.any(String));
      expect(await jobsFor(quote.id)).toBe(2);
      const again = await route(archiveRoute.POST, "POST", quote.id);
      expect([again.status, again.json.error.code]).toEqual([409, "already_archived"]);
      await route(
        itemRoute.PUT,
        "PUT",
        quote.id,
        publishableQuote({ productId: t.productId, customerId: t.customerId }),
      );
      expect((await getBuyerQuote({ token: quote.buyerUrl!.split("/q/")[1]! }))?.state).toBe("withdrawn");
      const id = await draft();
      expect((await route(archiveRoute.POST, "POST", id)).status).toBe(200);
      expect(await jobsFor(id)).toBe(0);
      const publish = await route(publishRoute.POST, "POST", id);
      expect([publish.status, publish.json.error.code]).toEqual([409, "quote_archived"]);
    });

    it("reverts unpublished changes to the published version, and says when there is nothing to revert", async () => {
      const id = await draft();
      const never = await route(latestDraftRoute.DELETE, "DELETE", id);
      expect([never.status, never.json.error.code]).toEqual([409, "never_published"]);
      await route(publishRoute.POST, "POST", id);
      const nothing = await route(latestDraftRoute.DELETE, "DELETE", id);
      expect([nothing.status, nothing.json.error.code]).toEqual([409, "no_unpublished_changes"]);
      await route(itemRoute.PUT, "PUT", id, {
        ...publishableQuote({ productId: t.productId, customerId: t.customerId }),
        title: "Draft only",
        phases: [],
      });
      const reverted = await route(latestDraftRoute.DELETE, "DELETE", id);
      expect(reverted.status).toBe(200);
      expect(reverted.json).toMatchObject({
        title: "Platform renewal",
        hasUnpublishedChanges: false,
        status: "PUBLISHED",
      });
      expect(reverted.json.phases).toHaveLength(2);
      expect(await jobsFor(id)).toBe(1);
    });
  });

  describe("who may do what", () => {
    it("lets a rep move only their own quotes, an admin and API keys any, and an approver only read (and duplicate)", async () => {
      const db = t.handle.db;
      const id = await draft({}, reps.a);
      const forbidden = (promise: Promise<unknown>) => expect(promise).rejects.toMatchObject({ status: 403 });
      await forbidden(publishQuote({ db, actor: reps.b, id, body: { sendRecipientsEmail: false } }));
      await forbidden(publishQuote({ db, actor: reps.approver, id, body: { sendRecipientsEmail: false } }));
      await publishQuote({ db, actor: reps.a, id, body: { sendRecipientsEmail: false } });
      await forbidden(acceptQuote({ db, actor: reps.b, id }));
      await forbidden(archiveQuote({ db, actor: reps.b, id }));
      await forbidden(revertQuoteDraft({ db, actor: reps.b, id }));
      await forbidden(duplicateQuote({ db, actor: reps.b, id }));
      await expect(duplicateQuote({ db, actor: reps.approver, id })).resolves.toMatchObject({ status: "DRAFT" });
      await expect(acceptQuote({ db, actor: reps.admin, id })).resolves.toMatchObject({ status: "ACCEPTED" });
      await forbidden(executeQuote({ db, actor: reps.b, id }));
      await expect(executeQuote({ db, actor: reps.a, id })).resolves.toMatchObject({ status: "EXECUTED" });
      const unknown = await route(publishRoute.POST, "POST", "0190dae7-7228-7619-aad8-c51f56733b2b");
      expect(unknown.status).toBe(404);
      const anonymous = await callRoute(publishRoute.POST, "POST", "/api/quotes/x", { params: { id } });
      expect(anonymous.status).toBe(401);
    });
  });

  it("reports the sync's last failure on the quote until a write succeeds", async () => {
    const quote = await published();
    await t.handle.db
      .update(salesforceSyncStates)
      .set({
        isPending: false,
        lastError: {
          code: "FIELD_CUSTOM_VALIDATION_EXCEPTION",
          message: "Close date is in the past",
          at: new Date().toISOString(),
          permanent: true,
        },
      })
      .where(eq(salesforceSyncStates.entityId, quote.id));
    const read = await route(itemRoute.GET, "GET", quote.id);
    expect(read.json.integrationIds).toEqual([{ service: "Salesforce", id: "", isPending: false }]);
    expect(read.json.salesforceSyncError).toMatchObject({ code: "FIELD_CUSTOM_VALIDATION_EXCEPTION", permanent: true });
  });
});
