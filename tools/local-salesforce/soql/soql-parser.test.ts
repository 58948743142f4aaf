import { describe, expect, it } from "vitest";
import { SfError } from "@/tools/local-salesforce/records/sf-error";
import { parseSoql } from "@/tools/local-salesforce/soql/soql-parser";

function failure(query: string): SfError {
  try {
    parseSoql(query);
  } catch (error) {
    if (error instanceof SfError) return error;
    throw error;
  }
  throw new Error(`Expected ${query} to fail`);
}

describe("SOQL parser", () => {
  it("reads field paths, subqueries, conditions, ordering and paging", () => {
    const query = parseSoql(
      "select Id, Account.Owner.Name, (SELECT Id FROM Contacts WHERE Email != null LIMIT 5) from Opportunity " +
        "where (StageName = 'Closed Won' or Amount >= 10.5) and CloseDate > 2026-01-01 and Name like 'A\\_%' " +
        "and Id not in ('006000000000001') order by Amount desc nulls last, Name limit 10 offset 2",
    );
    expect(query.select.map((item) => item.kind)).toEqual(["field", "field", "subquery"]);
    expect(query.from.name).toBe("Opportunity");
    expect(query.where?.kind).toBe("and");
    expect(query.orderBy).toEqual([
      { path: expect.objectContaining({ parts: ["Amount"] }), descending: true, nullsLast: true },
      { path: expect.objectContaining({ parts: ["Name"] }), descending: false, nullsLast: false },
    ]);
    expect([query.limit, query.offset]).toEqual([10, 2]);
  });

  it("reads relative date literals and COUNT()", () => {
    const query = parseSoql("SELECT COUNT() FROM Opportunity WHERE CloseDate = LAST_N_DAYS:30 AND CreatedDate < TODAY");
    expect(query.select).toEqual([{ kind: "count", path: null, alias: null, position: 7 }]);
  });

  it("refuses AND and OR mixed without parentheses, as Salesforce does", () => {
    const error = failure("SELECT Id FROM Account WHERE Name = 'a' AND Type = 'b' OR Type = 'c'");
    expect(error.errorCode).toBe("MALFORMED_QUERY");
    expect(error.message).toBe(
      "\nSELECT Id FROM Account WHERE Name = 'a' AND Type = 'b' OR Type = 'c'\n" +
        "                                                       ^\nERROR at Row:1:Column:56\nunexpected token: 'OR'",
    );
  });

  it("answers MALFORMED_QUERY for syntax it does not support rather than guessing", () => {
    expect(failure("SELECT Name, COUNT(Id) FROM Account GROUP BY Name").message).toContain(
      "does not support the GROUP clause",
    );
    expect(failure("SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact)").message).toContain(
      "semi-join",
    );
    expect(failure("SELECT FORMAT(Amount) FROM Opportunity").message).toContain("the function FORMAT()");
    expect(failure("SELECT Id FROM").errorCode).toBe("MALFORMED_QUERY");
    expect(failure("SELECT Id FROM Account WHERE Name = 'open").errorCode).toBe("MALFORMED_QUERY");
  });
});
