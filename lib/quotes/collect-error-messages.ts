/**
 * The messages in a react-hook-form error node and everything under it: a field's own error, or a
 * group's (a discount's `restrictToPrices` with an error at `[0]`). The `ref` to the DOM element
 * that RHF keeps beside each message is not followed.
 */
export function collectErrorMessages(node: unknown): string[] {
  if (node === null || typeof node !== "object") return [];
  const messages: string[] = [];
  const record = node as Record<string, unknown>;
  if (typeof record.message === "string" && record.message !== "") messages.push(record.message);
  for (const [key, child] of Object.entries(record)) {
    if (key === "ref" || key === "message" || key === "type" || key === "types") continue;
    messages.push(...collectErrorMessages(child));
  }
  return messages;
}
