import { canonicalId18 } from "@/lib/salesforce/record-id";
import type { WriteContext } from "@/tools/local-salesforce/records/write-context";
import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

/** Record reads for the pages, always as the signed-in user: what they cannot see is not there. */
export class PageData {
  constructor(readonly ctx: WriteContext) {}

  get(type: string, id: unknown): StoredRecord | undefined {
    const canonical = typeof id === "string" ? canonicalId18(id) : undefined;
    const record = canonical ? this.ctx.store.get(type, canonical) : undefined;
    return record && this.ctx.access.canRead(type, record) ? record : undefined;
  }

  list(type: string, where: (record: StoredRecord) => boolean, orderBy?: string): StoredRecord[] {
    const rows = this.ctx.store.list(type).filter((record) => where(record) && this.ctx.access.canRead(type, record));
    if (!orderBy) return rows;
    return rows.sort((a, b) => {
      const left = a[orderBy] ?? "";
      const right = b[orderBy] ?? "";
      if (typeof left === "number" && typeof right === "number") return left - right;
      return String(left).localeCompare(String(right));
    });
  }

  userName(id: unknown): string {
    const user = typeof id === "string" ? this.ctx.store.get("User", id) : undefined;
    return user ? String(user.Name) : "—";
  }

  currencyDecimals(code: unknown): number {
    const currency = this.ctx.store.list("CurrencyType").find((row) => row.IsoCode === code);
    return typeof currency?.DecimalPlaces === "number" ? currency.DecimalPlaces : 2;
  }
}
