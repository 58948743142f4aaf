/**
 * The API names a field `phases[0].prices[2].quantity`; the form names the same field
 * `phases.0.prices.2.quantity`. The form's values have the body's shape, so the two differ only in
 * how an index is written.
 */
export function toFormPath(apiPath: string): string {
  return apiPath.replace(/\[(\d+)\]/g, ".$1");
}
