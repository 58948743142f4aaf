import { requestError, type SfError } from "@/tools/local-salesforce/records/sf-error";

/**
 * A SOQL error in Salesforce's format: the offending line, a caret under the column, "ERROR at
 * Row:r:Column:c", then the message (reference §2.5 quotes the preamble from several codebases).
 */
export function soqlError(errorCode: string, query: string, position: number, message: string): SfError {
  const before = query.slice(0, position);
  const row = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  const column = position - lineStart + 1;
  const lineEnd = query.indexOf("\n", position);
  const line = query.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  return requestError(
    errorCode,
    `\n${line}\n${" ".repeat(column - 1)}^\nERROR at Row:${row}:Column:${column}\n${message}`,
  );
}
