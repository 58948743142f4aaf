/**
 * Salesforce record ids: 15 case-sensitive characters, or 18 with a 3-character suffix that encodes
 * which of the first 15 are upper case, so the 18-character form survives case-insensitive systems.
 * Algorithm from reference/salesforce.md §2.12 (verified there against 17 ids printed in Salesforce's
 * own documentation). Pure: no I/O, usable on the client and the server.
 */

const SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
const ID15 = /^[a-zA-Z0-9]{15}$/;
const ID18 = /^[a-zA-Z0-9]{18}$/;

function isUpperLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

function suffixOf(id15: string): string {
  let suffix = "";
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      if (isUpperLetter(id15.charCodeAt(chunk * 5 + i))) bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

/** The 18-character form of a 15- or 18-character id; throws on anything else. */
export function to18(id: string): string {
  if (ID18.test(id)) return id;
  if (!ID15.test(id)) throw new Error(`Invalid Salesforce Id: ${id}`);
  return id + suffixOf(id);
}

/** True when `id` is exactly an 18-character id whose suffix matches its first 15 characters. */
export function isValid18(id: string): boolean {
  return ID18.test(id) && to18(id.slice(0, 15)) === id;
}

/**
 * The canonical 18-character id for any spelling Salesforce accepts: a 15-character id (case
 * matters), or an 18-character id in any letter case (the suffix says which letters are upper case).
 * Undefined when the text is not an id or its suffix contradicts its body.
 */
export function canonicalId18(id: string): string | undefined {
  if (ID15.test(id)) return to18(id);
  if (!ID18.test(id)) return undefined;
  const suffix = id.slice(15).toUpperCase();
  let body = "";
  for (let chunk = 0; chunk < 3; chunk++) {
    const bits = SUFFIX_ALPHABET.indexOf(suffix.charAt(chunk));
    if (bits < 0) return undefined;
    for (let i = 0; i < 5; i++) {
      const char = id.charAt(chunk * 5 + i);
      const upper = (bits & (1 << i)) !== 0;
      if (upper && !/[a-zA-Z]/.test(char)) return undefined;
      body += upper ? char.toUpperCase() : char.toLowerCase();
    }
  }
  return body + suffix;
}

/** The 15-character, case-sensitive form (what `{!Opportunity.Id}` gives in a button URL). */
export function to15(id: string): string {
  const canonical = canonicalId18(id);
  if (!canonical) throw new Error(`Invalid Salesforce Id: ${id}`);
  return canonical.slice(0, 15);
}
