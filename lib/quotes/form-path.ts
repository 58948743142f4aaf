/**
 * The API names a field `phases[0].prices[2].quantity`; the form names the same field
 * `phases.0.prices.2.quantity`. The form's values have the body's shape, so the two differ only in
 * how an index is written.
 */
export function toFormPath(apiPath: string): string {
  return apiPath.replace(/\[(\d+)\]/g, ".$1");
}

export function toApiPath(formPath: string): string {
  return formPath.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}

/** `phases[0].prices[2]` for anything at or below that price (`…[2].structure.tiers[1].price`). */
export function isAtOrBelow(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}
