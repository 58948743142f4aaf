import { describe, expect, it } from "vitest";
import { mapAccountToCustomer } from "@/server/launch/map-account-to-customer";
import type { LaunchAccountRecord, SalesforceAddress } from "@/server/salesforce/read-opportunity-for-launch";

const INSTANCE = "https://acme.my.salesforce.com";
const complete: SalesforceAddress = {
  street: "500 Market Street\nSuite 300\nFloor 4",
  city: "San Francisco",
  state: "CA",
  postalCode: "94105",
  country: "US",
};

function account(
  overrides: Partial<LaunchAccountRecord> = {},
  contact: Partial<SalesforceAddress> = {},
): LaunchAccountRecord {
  return {
    id: "001Lo000000000BIAQ",
    name: "Acme Corporation",
    currency: "USD",
    website: null,
    customerId: null,
    billingContactId: "003Lo000000000VIAQ",
    billingContact: {
      id: "003Lo000000000VIAQ",
      name: "Jordan Lee",
      email: "jordan.lee@acme.example.com",
      mailing: { ...complete, street: "1 Billing Way", ...contact },
    },
    billing: complete,
    ...overrides,
  };
}

const messages = (record: LaunchAccountRecord) => {
  const mapping = mapAccountToCustomer({ account: record, instanceUrl: INSTANCE });
  return mapping.ready ? [] : mapping.problems.map((problem) => problem.message);
};

describe("mapAccountToCustomer", () => {
  it("maps the account, its billing address and billing contact onto the customer body", () => {
    const mapping = mapAccountToCustomer({
      account: account({ website: "https://acme.example.com" }),
      instanceUrl: INSTANCE,
    });
    expect(mapping).toMatchObject({
      ready: true,
      body: {
        legalName: "Acme Corporation",
        url: "https://acme.example.com",
        currency: "USD",
        // Street lines after the first go to line2; Sequence's address has two lines.
        address: {
          line1: "500 Market Street",
          line2: "Suite 300, Floor 4",
          town: "San Francisco",
          state: "CA",
          postcode: "94105",
          country: "US",
        },
        contacts: [
          {
            name: "Jordan Lee",
            email: "jordan.lee@acme.example.com",
            billingPreference: "PRIMARY",
            address: { line1: "1 Billing Way", town: "San Francisco", state: "CA", postcode: "94105", country: "US" },
          },
        ],
        integrationIds: [{ service: "Salesforce", id: "001Lo000000000BIAQ" }],
      },
    });
  });

  it("takes codes in any letter case, and drops a state Sequence's address cannot hold", () => {
    const mapping = mapAccountToCustomer({
      account: account(
        { billing: { street: "1-1 Marunouchi", city: "Tokyo", state: "Tokyo", postalCode: "100-0005", country: "jp" } },
        { country: "us", state: "ca" },
      ),
      instanceUrl: INSTANCE,
    });
    expect(mapping.ready && mapping.body.address).toEqual({
      line1: "1-1 Marunouchi",
      town: "Tokyo",
      postcode: "100-0005",
      country: "JP",
    });
    expect(mapping.ready && mapping.body.contacts[0]?.address?.state).toBe("CA");
  });

  it("names every empty field of the billing address on the account, with a link to it", () => {
    const mapping = mapAccountToCustomer({
      account: account({ billing: { street: " ", city: null, state: null, postalCode: "", country: null } }),
      instanceUrl: INSTANCE,
    });
    expect(mapping).toEqual({
      ready: false,
      problems: [
        ["BillingStreet", "Billing Street is empty on account Acme Corporation"],
        ["BillingCity", "Billing City is empty on account Acme Corporation"],
        ["BillingPostalCode", "Billing Zip/Postal Code is empty on account Acme Corporation"],
        ["BillingCountry", "Billing Country is empty on account Acme Corporation"],
      ].map(([field, message]) => ({
        message,
        field,
        record: {
          type: "Account",
          id: "001Lo000000000BIAQ",
          name: "Acme Corporation",
          url: `${INSTANCE}/lightning/r/Account/001Lo000000000BIAQ/view`,
        },
      })),
    });
  });

  it.each([
    ["France", 'Billing Country on account Acme Corporation is "France"; use the two-letter ISO code FR'],
    [
      "United States of America",
      'Billing Country on account Acme Corporation is "United States of America"; use the two-letter ISO code US',
    ],
    ["UK", 'Billing Country on account Acme Corporation is "UK"; use the two-letter ISO code GB'],
    [
      "Atlantis",
      'Billing Country on account Acme Corporation is "Atlantis"; use the two-letter ISO code of the country (ISO 3166-1, for example US, GB or FR)',
    ],
    [
      "ZZ",
      'Billing Country on account Acme Corporation is "ZZ"; use the two-letter ISO code of the country (ISO 3166-1, for example US, GB or FR)',
    ],
  ])("says which code to use for the country %s", (country, message) => {
    expect(messages(account({ billing: { ...complete, country } }))).toEqual([message]);
  });

  it.each([
    [
      "US",
      null,
      "Billing State/Province is empty on account Acme Corporation (addresses in the United States need one)",
    ],
    [
      "US",
      "California",
      'Billing State/Province on account Acme Corporation is "California"; use the two-letter code CA',
    ],
    [
      "US",
      "ON",
      'Billing State/Province on account Acme Corporation is "ON"; use the two-letter code of a US state, for example NY',
    ],
    ["CA", "Quebec", 'Billing State/Province on account Acme Corporation is "Quebec"; use the two-letter code QC'],
    [
      "CA",
      "NY",
      'Billing State/Province on account Acme Corporation is "NY"; use the two-letter code of a Canadian province, for example ON',
    ],
    ["CA", "", "Billing State/Province is empty on account Acme Corporation (addresses in Canada need one)"],
  ])("checks the state of an address in %s (%s)", (country, state, message) => {
    expect(messages(account({ billing: { ...complete, country, state } }))).toEqual([message]);
  });

  it("needs a billing contact the user can see, with an e-mail address and a complete mailing address", () => {
    expect(messages(account({ billingContactId: null, billingContact: null }))).toEqual([
      "Account Acme Corporation has no Sequence Billing Contact",
    ]);
    expect(messages(account({ billingContact: null }))).toEqual([
      "The Sequence Billing Contact of account Acme Corporation is a contact Salesforce doesn't let you see",
    ]);
    const contact = account().billingContact!;
    expect(messages(account({ billingContact: { ...contact, email: null } }))).toEqual([
      "Email is empty on contact Jordan Lee",
    ]);
    expect(messages(account({ billingContact: { ...contact, email: "jordan at acme" } }))).toEqual([
      'Email on contact Jordan Lee is "jordan at acme", which is not an e-mail address',
    ]);
    const mapping = mapAccountToCustomer({
      account: account({}, { postalCode: null, country: "Deutschland" }),
      instanceUrl: INSTANCE,
    });
    expect(mapping).toEqual({
      ready: false,
      problems: [
        expect.objectContaining({
          message: "Mailing Zip/Postal Code is empty on contact Jordan Lee",
          field: "MailingPostalCode",
          record: {
            type: "Contact",
            id: "003Lo000000000VIAQ",
            name: "Jordan Lee",
            url: `${INSTANCE}/lightning/r/Contact/003Lo000000000VIAQ/view`,
          },
        }),
        expect.objectContaining({
          message: 'Mailing Country on contact Jordan Lee is "Deutschland"; use the two-letter ISO code DE',
        }),
      ],
    });
  });

  it("reports the account's and the contact's problems together, so one trip to Salesforce fixes them all", () => {
    expect(messages(account({ billing: { ...complete, postalCode: null } }, { city: "" }))).toEqual([
      "Billing Zip/Postal Code is empty on account Acme Corporation",
      "Mailing City is empty on contact Jordan Lee",
    ]);
  });

  it("leaves out a currency that is not an ISO 4217 code, and reports what the API's schema refuses", () => {
    const mapping = mapAccountToCustomer({ account: account({ currency: "XBT" }), instanceUrl: INSTANCE });
    expect(mapping.ready && mapping.body.currency).toBeUndefined();
    // Salesforce caps account names at 255 characters too, so this guards against the checks drifting apart.
    const longName = "A".repeat(256);
    expect(messages(account({ name: longName }))).toEqual([
      expect.stringMatching(new RegExp(`^legalName .* \\(from account ${longName}\\)$`)),
    ]);
  });
});
