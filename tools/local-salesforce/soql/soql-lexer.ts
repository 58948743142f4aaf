import { soqlError } from "@/tools/local-salesforce/soql/soql-error";

export type TokenType = "identifier" | "string" | "number" | "date" | "datetime" | "symbol" | "end";

export interface Token {
  type: TokenType;
  text: string;
  /** For strings: the unescaped value. */
  value: string;
  position: number;
}

const SYMBOLS = ["!=", "<>", "<=", ">=", "=", "<", ">", "(", ")", ",", ".", ":"];
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})/;
const DATE = /^\d{4}-\d{2}-\d{2}(?![\dT])/;
const NUMBER = /^-?\d+(\.\d+)?/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*/;
const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", "'": "'", '"': '"', "\\": "\\" };

export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < query.length) {
    const rest = query.slice(position);
    const space = /^\s+/.exec(rest);
    if (space) {
      position += space[0].length;
      continue;
    }
    const match =
      match1("datetime", DATETIME, rest) ??
      match1("date", DATE, rest) ??
      match1("number", NUMBER, rest) ??
      match1("identifier", IDENTIFIER, rest);
    if (match) {
      tokens.push({ type: match.type, text: match.text, value: match.text, position });
      position += match.text.length;
      continue;
    }
    if (rest.startsWith("'")) {
      const { value, length } = readString(query, position);
      tokens.push({ type: "string", text: query.slice(position, position + length), value, position });
      position += length;
      continue;
    }
    const symbol = SYMBOLS.find((candidate) => rest.startsWith(candidate));
    if (!symbol) throw soqlError("MALFORMED_QUERY", query, position, `unexpected token: '${rest.charAt(0)}'`);
    tokens.push({ type: "symbol", text: symbol, value: symbol, position });
    position += symbol.length;
  }
  tokens.push({ type: "end", text: "", value: "", position: query.length });
  return tokens;
}

function match1(type: TokenType, pattern: RegExp, rest: string): { type: TokenType; text: string } | undefined {
  const found = pattern.exec(rest);
  return found ? { type, text: found[0] } : undefined;
}

/** Reads a quoted string; `\%` and `\_` stay escaped so LIKE can tell them from wildcards. */
function readString(query: string, start: number): { value: string; length: number } {
  let value = "";
  let index = start + 1;
  while (index < query.length) {
    const char = query.charAt(index);
    if (char === "'") return { value, length: index - start + 1 };
    if (char === "\\") {
      const next = query.charAt(index + 1);
      if (next === "%" || next === "_") value += `\\${next}`;
      else if (next in ESCAPES) value += ESCAPES[next];
      else
        throw soqlError(
          "MALFORMED_QUERY",
          query,
          index,
          `Invalid string literal '${query.slice(start, index + 2)}'. Illegal character sequence '\\${next}' in string literal.`,
        );
      index += 2;
      continue;
    }
    value += char;
    index++;
  }
  throw soqlError("MALFORMED_QUERY", query, start, "unterminated string literal");
}
