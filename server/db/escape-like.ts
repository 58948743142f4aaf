/** Makes user text match literally inside a LIKE pattern (`%` and `_` are wildcards otherwise). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
