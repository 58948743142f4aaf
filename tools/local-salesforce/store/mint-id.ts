import { randomInt } from "node:crypto";
import { to18 } from "@/lib/salesforce/record-id";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** Stands where a real id has its pod/instance characters. */
const INSTANCE = "Lo";

export function toBase62(value: number, width: number): string {
  let text = "";
  let rest = value;
  do {
    text = BASE62.charAt(rest % 62) + text;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return text.padStart(width, "0");
}

/** An 18-character record id: key prefix, instance, then the record number in base 62. */
export function mintId(keyPrefix: string, recordNumber: number): string {
  return to18(`${keyPrefix}${INSTANCE}${toBase62(recordNumber, 10)}`);
}

/** A fresh org id (00D…), different for every data folder. */
export function mintOrgId(): string {
  return mintId("00D", randomInt(1, 62 ** 6));
}

/**
 * Custom objects get key prefixes a00…aZZ that differ between orgs, as in Salesforce; these start
 * at a random point and are kept in the data folder, so they are stable for one org.
 */
export function allocateKeyPrefixes(names: readonly string[], taken: Record<string, string>): Record<string, string> {
  const result = { ...taken };
  const used = new Set(Object.values(result));
  const prefixAt = (n: number) => `a${toBase62(n % (62 * 62), 2)}`;
  let next = randomInt(10, 62 * 62);
  for (const name of names) {
    if (result[name]) continue;
    while (used.has(prefixAt(next))) next++;
    const prefix = prefixAt(next);
    result[name] = prefix;
    used.add(prefix);
  }
  return result;
}
