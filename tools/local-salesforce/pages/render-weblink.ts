import { canonicalId18, to15 } from "@/lib/salesforce/record-id";
import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

export interface MergeContext {
  objectName: string;
  record: StoredRecord;
  userId: string;
  orgId: string;
  /** `$Setup.Setting.Field`: the value of a hierarchy custom setting for the current user. */
  setting: (settingObject: string, field: string) => string | null;
}

const MERGE_FIELD = /\{!\s*([^}]+?)\s*\}/g;

/**
 * Fills a URL button's merge fields the way Salesforce does: `{!Object.Field}` with the record's
 * value, ids as their 15-character form (reference §2.12) unless wrapped in CASESAFEID(),
 * `{!$Setup.X.Y}` from the hierarchy custom setting, `{!$User.Id}`, `{!$Organization.Id}` and
 * URLENCODE(). Values in the query string are URL-encoded (the link's UTF-8 encoding); a value
 * before the `?` (a base URL from a setting) is used as written, so the URL stays absolute.
 */
export function renderWebLinkUrl(template: string, context: MergeContext): string {
  const queryStart = template.indexOf("?");
  return template.replace(MERGE_FIELD, (_match, expression: string, offset: number) => {
    const value = evaluate(expression, context);
    return queryStart >= 0 && offset > queryStart ? encodeURIComponent(value) : value;
  });
}

function evaluate(expression: string, context: MergeContext): string {
  const call = /^(CASESAFEID|URLENCODE)\((.+)\)$/i.exec(expression);
  if (call) {
    const inner = String(call[2]).trim();
    if (String(call[1]).toUpperCase() === "URLENCODE") return encodeURIComponent(evaluate(inner, context));
    return canonicalId18(fieldValue(inner, context, false)) ?? "";
  }
  return fieldValue(expression, context, true);
}

function fieldValue(path: string, context: MergeContext, shortIds: boolean): string {
  const [head, ...rest] = path.split(".");
  if (head === "$Setup" && rest.length === 2) return context.setting(String(rest[0]), String(rest[1])) ?? "";
  if (head === "$User" && rest[0] === "Id") return shortIds ? to15(context.userId) : context.userId;
  if (head === "$Organization" && rest[0] === "Id") return shortIds ? to15(context.orgId) : context.orgId;
  if (head !== context.objectName || rest.length !== 1) return "";
  const value = context.record[String(rest[0])];
  if (value === null || value === undefined) return "";
  const text = String(value);
  const id = shortIds && /Id$/.test(String(rest[0])) ? canonicalId18(text) : undefined;
  return id ? to15(id) : text;
}
