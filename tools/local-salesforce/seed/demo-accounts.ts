import type { DemoUser } from "@/tools/local-salesforce/seed/demo-users";

export interface DemoAddress {
  street: string;
  city: string;
  state: string | null;
  postalCode: string | null;
  country: string;
}

export interface DemoContact {
  number: number;
  firstName: string;
  lastName: string;
  title: string;
  email: string;
  address: DemoAddress;
  isBillingContact: boolean;
}

export interface DemoAccount {
  number: number;
  name: string;
  owner: DemoUser["key"];
  currency: string;
  industry: string;
  website: string;
  billing: DemoAddress;
  contacts: DemoContact[];
  /** What makes the account interesting for a test, shown in docs and reports. */
  note: string;
}

const acmeAddress = {
  street: "500 Market Street",
  city: "San Francisco",
  state: "CA",
  postalCode: "94105",
  country: "US",
};

export const demoAccounts: readonly DemoAccount[] = [
  {
    number: 11,
    name: "Acme Corporation",
    owner: "rep1",
    currency: "USD",
    industry: "Technology",
    website: "https://acme.example.com",
    billing: acmeAddress,
    note: "complete billing address and billing contact",
    contacts: [
      contact(31, "Jordan", "Lee", "Finance Director", "jordan.lee@acme.example.com", acmeAddress, true),
      contact(32, "Priya", "Shah", "Head of Procurement", "priya.shah@acme.example.com", acmeAddress, false),
    ],
  },
  {
    number: 12,
    name: "Nordwind GmbH",
    owner: "rep1",
    currency: "EUR",
    industry: "Logistics",
    website: "https://nordwind.example.de",
    billing: { street: "Friedrichstraße 68", city: "Berlin", state: null, postalCode: "10117", country: "DE" },
    note: "complete, in EUR",
    contacts: [
      contact(33, "Lena", "Fischer", "Leiterin Finanzen", "lena.fischer@nordwind.example.de", {
        street: "Friedrichstraße 68",
        city: "Berlin",
        state: null,
        postalCode: "10117",
        country: "DE",
      }),
    ],
  },
  {
    number: 13,
    name: "Pinecrest Outfitters",
    owner: "rep1",
    currency: "USD",
    industry: "Retail",
    website: "https://pinecrest.example.com",
    billing: { street: "1200 Alpine Way", city: "Boulder", state: "CO", postalCode: null, country: "US" },
    note: "billing address has no postcode",
    contacts: [
      contact(34, "Marcus", "Hill", "Owner", "marcus.hill@pinecrest.example.com", {
        street: "1200 Alpine Way",
        city: "Boulder",
        state: "CO",
        postalCode: "80302",
        country: "US",
      }),
    ],
  },
  {
    number: 14,
    name: "Lumière SAS",
    owner: "rep1",
    currency: "EUR",
    industry: "Retail",
    website: "https://lumiere.example.fr",
    billing: { street: "12 Rue de Rivoli", city: "Paris", state: null, postalCode: "75001", country: "France" },
    note: 'billing country written "France" instead of the ISO code FR',
    contacts: [
      contact(35, "Camille", "Martin", "Directrice financière", "camille.martin@lumiere.example.fr", {
        street: "12 Rue de Rivoli",
        city: "Paris",
        state: null,
        postalCode: "75001",
        country: "FR",
      }),
    ],
  },
  {
    number: 15,
    name: "Orbital Freight Ltd",
    owner: "rep1",
    currency: "GBP",
    industry: "Logistics",
    website: "https://orbital-freight.example.co.uk",
    billing: { street: "1 Canada Square", city: "London", state: null, postalCode: "E14 5AB", country: "GB" },
    note: "no Sequence billing contact (it has a contact, not chosen as billing contact)",
    contacts: [
      {
        ...contact(36, "Oliver", "Grant", "Operations Manager", "oliver.grant@orbital-freight.example.co.uk", {
          street: "1 Canada Square",
          city: "London",
          state: null,
          postalCode: "E14 5AB",
          country: "GB",
        }),
        isBillingContact: false,
      },
    ],
  },
  {
    number: 16,
    name: "Bright Harbour Ltd",
    owner: "rep2",
    currency: "GBP",
    industry: "Finance",
    website: "https://brightharbour.example.co.uk",
    billing: { street: "20 Harbour Street", city: "Bristol", state: null, postalCode: "BS1 5TY", country: "GB" },
    note: "complete, owned by the second rep",
    contacts: [
      contact(37, "Amelia", "Wright", "Finance Manager", "amelia.wright@brightharbour.example.co.uk", {
        street: "20 Harbour Street",
        city: "Bristol",
        state: null,
        postalCode: "BS1 5TY",
        country: "GB",
      }),
    ],
  },
  {
    number: 17,
    name: "Sakura Systems KK",
    owner: "rep2",
    currency: "JPY",
    industry: "Technology",
    website: "https://sakura-systems.example.jp",
    billing: {
      street: "1-1 Marunouchi, Chiyoda-ku",
      city: "Tokyo",
      state: "Tokyo",
      postalCode: "100-0005",
      country: "JP",
    },
    note: "complete, in JPY (no minor units), owned by the second rep",
    contacts: [
      contact(38, "Haruto", "Sato", "CFO", "haruto.sato@sakura-systems.example.jp", {
        street: "1-1 Marunouchi, Chiyoda-ku",
        city: "Tokyo",
        state: "Tokyo",
        postalCode: "100-0005",
        country: "JP",
      }),
    ],
  },
];

function contact(
  number: number,
  firstName: string,
  lastName: string,
  title: string,
  email: string,
  address: DemoAddress,
  isBillingContact = true,
): DemoContact {
  return { number, firstName, lastName, title, email, address, isBillingContact };
}
