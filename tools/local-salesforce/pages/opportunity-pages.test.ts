import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { to15 } from "@/lib/salesforce/record-id";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import { demoUser } from "@/tools/local-salesforce/seed/demo-users";
import { ADA, RITA, startTestOrg, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

let org: TestOrg;
let cookie: string;
const APP = "http://localhost:3100";
const RITA_ID = demoUser("rep1").id;

beforeAll(async () => {
  org = await startTestOrg({ appUrl: APP });
  const login = await fetch(`${org.url}/login`, {
    method: "POST",
    body: new URLSearchParams({ username: RITA, startURL: "/lightning/o/Opportunity/list" }),
    redirect: "manual",
  });
  cookie = String(login.headers.get("set-cookie")).split(";")[0] ?? "";
});
afterAll(() => org.stop());

async function page(
  path: string,
  withCookie = true,
): Promise<{ status: number; html: string; location: string | null }> {
  const response = await fetch(`${org.url}${path}`, {
    redirect: "manual",
    headers: withCookie ? { Cookie: cookie } : {},
  });
  return { status: response.status, html: await response.text(), location: response.headers.get("location") };
}

function buttonHref(html: string): string {
  const match = /<a class="button" href="([^"]+)"\s*>\s*Create Sequence Quote\s*<\/a\s*>/.exec(html);
  if (!match) throw new Error("No Create Sequence Quote link on the page");
  return String(match[1]).replace(/&amp;/g, "&");
}

describe("opportunity pages", () => {
  it("send a visitor without a session to the demo-user picker and back", async () => {
    const list = await page("/lightning/o/Opportunity/list", false);
    expect(list.status).toBe(302);
    expect(list.location).toBe("/?startURL=%2Flightning%2Fo%2FOpportunity%2Flist");
    const login = await page(String(list.location), false);
    expect(login.html).toContain('<html lang="en">');
    expect(login.html).toMatch(
      /<button class="button" type="submit" name="username" value="rita.rep@sequence-demo.test">\s*Log in as Rita Reyes\s*<\/button>/,
    );
    expect(login.html).toContain("<main");
    expect(login.html).toContain("It is not Salesforce.");
  });

  it("list only the signed-in rep's opportunities", async () => {
    const list = await page("/lightning/o/Opportunity/list");
    expect(list.status).toBe(200);
    expect(list.html).toMatch(/Signed in as\s*<strong>Rita Reyes<\/strong>/);
    expect(list.html).toContain(`/lightning/r/Opportunity/${demoOpportunityId(51)}/view`);
    expect(list.html).toContain("All visible opportunities (8)");
    expect(list.html).not.toContain("Bright Harbour");
  });

  it("render the Create Sequence Quote button from the package's WebLink: the app's launch URL with the 15-character id", async () => {
    const view = await page(`/lightning/r/Opportunity/${demoOpportunityId(51)}/view`);
    expect(view.status).toBe(200);
    expect(buttonHref(view.html)).toBe(`${APP}/launch?opportunityId=${to15(demoOpportunityId(51))}`);
    expect(view.html).toContain("Account: Acme Corporation");
    expect(view.html).toContain("Jordan Lee");
  });

  it("follow the Sequence Settings custom setting: the org default, then a user's own value", async () => {
    const admin = await org.token(ADA);
    const settings = (
      await org.api(admin, "GET", `/query?q=${encodeURIComponent("SELECT Id, SetupOwnerId FROM Sequence_Settings__c")}`)
    ).body as {
      records: Array<{ Id: string; SetupOwnerId: string }>;
    };
    const orgDefault = settings.records.find((row) => row.SetupOwnerId === org.orgId);
    await org.api(admin, "PATCH", `/sobjects/Sequence_Settings__c/${orgDefault?.Id}`, {
      App_Base_URL__c: "https://cpq.example.com",
    });
    const id = demoOpportunityId(54);
    expect(buttonHref((await page(`/lightning/r/Opportunity/${id}/view`)).html)).toBe(
      `https://cpq.example.com/launch?opportunityId=${to15(id)}`,
    );

    const users = (await org.local("/__local/users")).body as Array<{ id: string; username: string }>;
    const ritaId = users.find((user) => user.username === RITA)?.id;
    await org.api(admin, "POST", "/sobjects/Sequence_Settings__c", {
      SetupOwnerId: ritaId,
      App_Base_URL__c: "http://localhost:4000",
    });
    expect(buttonHref((await page(`/lightning/r/Opportunity/${id}/view`)).html)).toBe(
      `http://localhost:4000/launch?opportunityId=${to15(id)}`,
    );
  });

  it("show the quotes, phases and prices written back, to the opportunity's owner", async () => {
    const admin = await org.token(ADA);
    const quote = randomUUID();
    const phase = randomUUID();
    const base = "/services/data/v62.0/sobjects";
    await org.api(admin, "POST", "/composite/graph", {
      graphs: [
        {
          graphId: "quote",
          compositeRequest: [
            {
              method: "PATCH",
              url: `${base}/Sequence_Quote__c/Sequence_Id__c/${quote}`,
              referenceId: "quote",
              body: {
                Name: "Q-0042",
                Title__c: "Platform renewal",
                Status__c: "PUBLISHED",
                Opportunity__c: demoOpportunityId(51),
                Account__c: demoAccountId(11),
                Total_Contract_Value__c: 24000,
                Quote_URL__c: `${APP}/quotes/${quote}`,
                OwnerId: RITA_ID,
              },
            },
            {
              method: "PATCH",
              url: `${base}/Sequence_Phase__c/Sequence_Id__c/${phase}`,
              referenceId: "phase",
              body: {
                Name: "Ramp year 1",
                Quote__c: "@{quote.id}",
                Phase_Number__c: 1,
                Total__c: 12000,
                OwnerId: RITA_ID,
              },
            },
            {
              method: "PATCH",
              url: `${base}/Sequence_Price__c/Sequence_Id__c/${randomUUID()}`,
              referenceId: "price",
              body: {
                Name: "Platform fee",
                Quote__c: "@{quote.id}",
                Phase__c: "@{phase.id}",
                Pricing_Model__c: "FIXED",
                Unit_Price__c: 1000,
                Line_Number__c: 1,
                OwnerId: RITA_ID,
              },
            },
          ],
        },
      ],
    });
    const view = await page(`/lightning/r/Opportunity/${demoOpportunityId(51)}/view`);
    expect(view.html).toContain("Sequence Quotes (1)");
    expect(view.html).toContain("Q-0042");
    expect(view.html).toContain("Ramp year 1");
    expect(view.html).toContain("Platform fee");
    expect(view.html).toContain("$24,000.00");
    expect(view.html).toContain(`href="${APP}/quotes/${quote}"`);
  });

  it("do not show another rep's opportunity, and end the session on logout", async () => {
    const other = await page(`/lightning/r/Opportunity/${demoOpportunityId(61)}/view`);
    expect(other.status).toBe(404);
    expect(other.html).toContain("Record not available");
    const logout = await fetch(`${org.url}/secur/logout.jsp`, {
      method: "POST",
      headers: { Cookie: cookie },
      redirect: "manual",
    });
    expect(logout.headers.get("set-cookie")).toContain("Max-Age=0");
    expect((await page("/lightning/o/Opportunity/list")).status).toBe(302);
  });
});
