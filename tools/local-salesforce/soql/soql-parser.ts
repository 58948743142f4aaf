import type {
  ComparisonOperator,
  Condition,
  FieldPath,
  Literal,
  OrderItem,
  SelectItem,
  SoqlQuery,
} from "@/tools/local-salesforce/soql/soql-ast";
import { soqlError } from "@/tools/local-salesforce/soql/soql-error";
import { tokenize, type Token } from "@/tools/local-salesforce/soql/soql-lexer";

const CLAUSES = new Set(["FROM", "WHERE", "ORDER", "LIMIT", "OFFSET", "GROUP", "HAVING", "WITH", "FOR", "USING"]);
const UNSUPPORTED_CLAUSES = new Set(["GROUP", "HAVING", "WITH", "FOR", "USING"]);
const RELATIVE_DATES = new Set([
  "TODAY",
  "YESTERDAY",
  "TOMORROW",
  "THIS_MONTH",
  "LAST_MONTH",
  "NEXT_MONTH",
  "THIS_YEAR",
  "LAST_YEAR",
  "NEXT_YEAR",
]);
const RELATIVE_N = new Set(["LAST_N_DAYS", "NEXT_N_DAYS"]);
const COMPARISONS: Record<string, ComparisonOperator> = {
  "=": "=",
  "!=": "!=",
  "<>": "!=",
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
};

/**
 * A recursive-descent parser for the SOQL the app uses (README "SOQL"). What it does not support
 * fails with MALFORMED_QUERY, never with a silently different result. As in Salesforce, AND and OR
 * cannot be mixed at one level without parentheses.
 */
export function parseSoql(query: string): SoqlQuery {
  const parser = new Parser(query, tokenize(query));
  const parsed = parser.query(true);
  parser.expectEnd();
  return parsed;
}

class Parser {
  private index = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  query(topLevel: boolean): SoqlQuery {
    this.keyword("SELECT");
    const select = this.selectList(topLevel);
    this.keyword("FROM");
    const fromToken = this.identifier();
    const query: SoqlQuery = {
      select,
      from: { name: fromToken.text, position: fromToken.position },
      where: null,
      orderBy: [],
      limit: null,
      offset: null,
    };
    this.unsupportedClause();
    if (this.acceptKeyword("WHERE")) query.where = this.condition();
    this.unsupportedClause();
    if (this.acceptKeyword("ORDER")) {
      this.keyword("BY");
      query.orderBy = this.orderList();
    }
    if (this.acceptKeyword("LIMIT")) query.limit = this.integer();
    if (this.acceptKeyword("OFFSET")) query.offset = this.integer();
    this.unsupportedClause();
    return query;
  }

  expectEnd(): void {
    if (this.peek().type !== "end") throw this.unexpected();
  }

  private selectList(topLevel: boolean): SelectItem[] {
    const items: SelectItem[] = [];
    do {
      const token = this.peek();
      if (token.text === "(" && topLevel) {
        this.next();
        items.push({ kind: "subquery", query: this.query(false), position: token.position });
        this.symbol(")");
      } else if (this.isKeyword(token, "COUNT") && this.peek(1).text === "(") {
        items.push(this.count());
      } else if (token.type === "identifier" && this.peek(1).text === "(") {
        throw this.unsupported(token, `the function ${token.text}()`);
      } else if (this.isKeyword(token, "TYPEOF")) {
        throw this.unsupported(token, "TYPEOF");
      } else {
        items.push({ kind: "field", path: this.fieldPath() });
      }
    } while (this.acceptSymbol(","));
    return items;
  }

  private count(): SelectItem {
    const start = this.next();
    this.symbol("(");
    const path = this.peek().text === ")" ? null : this.fieldPath();
    this.symbol(")");
    const aliasToken = this.peek();
    const alias =
      aliasToken.type === "identifier" && !CLAUSES.has(aliasToken.text.toUpperCase()) ? this.next().text : null;
    return { kind: "count", path, alias, position: start.position };
  }

  private orderList(): OrderItem[] {
    const items: OrderItem[] = [];
    do {
      const path = this.fieldPath();
      let descending = false;
      if (this.acceptKeyword("DESC")) descending = true;
      else this.acceptKeyword("ASC");
      let nullsLast = descending;
      if (this.acceptKeyword("NULLS")) {
        if (this.acceptKeyword("LAST")) nullsLast = true;
        else {
          this.keyword("FIRST");
          nullsLast = false;
        }
      }
      items.push({ path, descending, nullsLast });
    } while (this.acceptSymbol(","));
    return items;
  }

  private condition(): Condition {
    const first = this.term();
    const items = [first];
    let connector: "AND" | "OR" | null = null;
    for (;;) {
      const token = this.peek();
      const word = token.type === "identifier" ? token.text.toUpperCase() : "";
      if (word !== "AND" && word !== "OR") break;
      if (connector && connector !== word) throw this.unexpected();
      connector = word;
      this.next();
      items.push(this.term());
    }
    return connector ? { kind: connector === "AND" ? "and" : "or", items } : first;
  }

  private term(): Condition {
    if (this.acceptKeyword("NOT")) return { kind: "not", item: this.term() };
    if (this.acceptSymbol("(")) {
      const inner = this.condition();
      this.symbol(")");
      return inner;
    }
    const path = this.fieldPath();
    const token = this.peek();
    const operator = token.type === "symbol" ? COMPARISONS[token.text] : undefined;
    if (operator) {
      this.next();
      return { kind: "compare", path, operator, value: this.literal() };
    }
    if (this.acceptKeyword("LIKE")) return { kind: "compare", path, operator: "like", value: this.literal() };
    if (this.isKeyword(token, "NOT") && this.isKeyword(this.peek(1), "IN")) {
      this.next();
      this.next();
      return { kind: "in", path, negated: true, values: this.literalList() };
    }
    if (this.acceptKeyword("IN")) return { kind: "in", path, negated: false, values: this.literalList() };
    if (this.isKeyword(token, "INCLUDES") || this.isKeyword(token, "EXCLUDES"))
      throw this.unsupported(token, token.text);
    throw this.unexpected();
  }

  private literalList(): Literal[] {
    this.symbol("(");
    if (this.isKeyword(this.peek(), "SELECT"))
      throw this.unsupported(this.peek(), "semi-join subqueries (IN (SELECT …))");
    const values = [this.literal()];
    while (this.acceptSymbol(",")) values.push(this.literal());
    this.symbol(")");
    return values;
  }

  private literal(): Literal {
    const token = this.peek();
    const position = token.position;
    const word = token.type === "identifier" ? token.text.toUpperCase() : "";
    let literal: Literal | undefined;
    if (token.type === "string") literal = { kind: "string", value: token.value, position };
    else if (token.type === "number") literal = { kind: "number", value: Number(token.text), position };
    else if (token.type === "date") literal = { kind: "date", value: token.text, position };
    else if (token.type === "datetime") literal = { kind: "datetime", value: token.text, position };
    else if (word === "TRUE" || word === "FALSE") literal = { kind: "boolean", value: word === "TRUE", position };
    else if (word === "NULL") literal = { kind: "null", position };
    else if (RELATIVE_DATES.has(word)) literal = { kind: "relative", name: word, n: null, position };
    if (literal) {
      this.next();
      return literal;
    }
    if (!RELATIVE_N.has(word)) throw this.unexpected();
    this.next();
    this.symbol(":");
    return { kind: "relative", name: word, n: this.integer(), position };
  }

  private fieldPath(): FieldPath {
    const first = this.identifier();
    const parts = [first.text];
    while (this.acceptSymbol(".")) parts.push(this.identifier().text);
    return { parts, position: first.position };
  }

  private integer(): number {
    const token = this.peek();
    if (token.type !== "number" || !/^\d+$/.test(token.text)) throw this.unexpected();
    this.next();
    return Number(token.text);
  }

  private identifier(): Token {
    const token = this.peek();
    if (token.type !== "identifier") throw this.unexpected();
    return this.next();
  }

  private keyword(word: string): void {
    if (!this.acceptKeyword(word)) throw this.unexpected();
  }

  private acceptKeyword(word: string): boolean {
    if (!this.isKeyword(this.peek(), word)) return false;
    this.next();
    return true;
  }

  private isKeyword(token: Token, word: string): boolean {
    return token.type === "identifier" && token.text.toUpperCase() === word;
  }

  private symbol(text: string): void {
    if (!this.acceptSymbol(text)) throw this.unexpected();
  }

  private acceptSymbol(text: string): boolean {
    const token = this.peek();
    if (token.type !== "symbol" || token.text !== text) return false;
    this.next();
    return true;
  }

  private unsupportedClause(): void {
    const token = this.peek();
    if (token.type === "identifier" && UNSUPPORTED_CLAUSES.has(token.text.toUpperCase())) {
      throw this.unsupported(token, `the ${token.text.toUpperCase()} clause`);
    }
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const token = this.peek();
    this.index = Math.min(this.index + 1, this.tokens.length - 1);
    return token;
  }

  private unexpected() {
    const token = this.peek();
    return soqlError("MALFORMED_QUERY", this.text, token.position, `unexpected token: '${token.text || "<EOF>"}'`);
  }

  private unsupported(token: Token, what: string) {
    return soqlError(
      "MALFORMED_QUERY",
      this.text,
      token.position,
      `The local Salesforce org does not support ${what}; Salesforce does. Add it to tools/local-salesforce before relying on it.`,
    );
  }
}
