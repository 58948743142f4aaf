import type { DemoUser } from "@/tools/local-salesforce/seed/demo-users";
import type { SharingKind } from "@/tools/local-salesforce/schema/object-definition";
import type { SchemaView } from "@/tools/local-salesforce/schema/schema-view";
import type { RecordStore } from "@/tools/local-salesforce/store/record-store";
import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

type Mode = "read" | "edit";

/**
 * The local org's sharing model (tools/local-salesforce/README.md, "Sharing"), Salesforce's rules
 * for the objects involved: each object's organization-wide default (the package's objects are
 * Private, as their metadata says; Opportunity too), a role hierarchy in which the approver manages
 * both reps, "View All / Modify All Data" for the admin, implicit read access to an account for
 * the owners of its opportunities, and contacts controlled by their account.
 */
export class RecordAccess {
  private readonly memo = new Map<string, boolean>();

  constructor(
    private readonly user: DemoUser,
    private readonly schema: SchemaView,
    private readonly store: RecordStore,
  ) {}

  /** Writes can change who sees what (an owner, a lookup), so answers are not kept across them. */
  forget(): void {
    this.memo.clear();
  }

  canRead(type: string, record: StoredRecord): boolean {
    return this.check(type, record, "read");
  }

  canEdit(type: string, record: StoredRecord): boolean {
    return this.check(type, record, "edit");
  }

  private check(type: string, record: StoredRecord, mode: Mode): boolean {
    const key = `${mode}:${String(record.Id)}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    // Cycles cannot grant access: while a record is being decided it counts as not accessible.
    this.memo.set(key, false);
    const kind = this.schema.object(type)?.sharing ?? "private";
    const result = this.user.role === "admin" || this.decide(kind, record, mode);
    this.memo.set(key, result);
    return result;
  }

  private decide(kind: SharingKind, record: StoredRecord, mode: Mode): boolean {
    switch (kind) {
      case "setup":
      case "setting":
        return mode === "read";
      case "public-read-write":
        return true;
      case "public-read":
        return mode === "read" || this.ownsOrManages(record.OwnerId);
      case "private":
        return this.ownsOrManages(record.OwnerId);
      case "account":
        return this.ownsOrManages(record.OwnerId) || (mode === "read" && this.seesAnOpportunityOf(String(record.Id)));
      case "contact":
        return record.AccountId ? this.related("Account", record.AccountId, mode) : this.ownsOrManages(record.OwnerId);
    }
  }

  private related(type: string, id: unknown, mode: Mode): boolean {
    if (typeof id !== "string") return false;
    const parent = this.store.get(type, id);
    return parent !== undefined && this.check(type, parent, mode);
  }

  /** Salesforce grants read access to an account to users who can see one of its opportunities. */
  private seesAnOpportunityOf(accountId: string): boolean {
    return this.store
      .list("Opportunity")
      .some((opportunity) => opportunity.AccountId === accountId && this.ownsOrManages(opportunity.OwnerId));
  }

  /** The owner, or anyone above the owner in the role hierarchy (here: the chain of managers). */
  private ownsOrManages(ownerId: unknown): boolean {
    let current = typeof ownerId === "string" ? ownerId : undefined;
    for (let depth = 0; current && depth < 10; depth++) {
      if (current === this.user.id) return true;
      const manager = this.store.get("User", current)?.ManagerId;
      current = typeof manager === "string" ? manager : undefined;
    }
    return false;
  }
}
