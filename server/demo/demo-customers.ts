import type { CreateCustomerBody } from "@/lib/schemas/customer";

/** A few customers in the four demo currencies, with complete addresses and a billing contact each. */
export const demoCustomers: (Omit<CreateCustomerBody, "taxStatus" | "status"> & { key: string })[] = [
  {
    key: "northwind",
    legalName: "Northwind Traders Inc.",
    label: "Northwind",
    url: "https://northwind.example",
    currency: "USD",
    address: {
      line1: "500 Market Street",
      line2: "Floor 12",
      town: "San Francisco",
      state: "CA",
      postcode: "94105",
      country: "US",
    },
    contacts: [
      { name: "Dana Whitfield", email: "ap@northwind.example", billingPreference: "PRIMARY" },
      { name: "Marcus Lee", email: "marcus.lee@northwind.example", billingPreference: "STANDARD" },
    ],
  },
  {
    key: "globex",
    legalName: "Globex GmbH",
    label: "Globex",
    url: "https://globex.example",
    currency: "EUR",
    address: { line1: "Friedrichstraße 68", town: "Berlin", postcode: "10117", country: "DE" },
    contacts: [{ name: "Jana Vogel", email: "rechnungen@globex.example", billingPreference: "PRIMARY" }],
  },
  {
    key: "initech",
    legalName: "Initech Ltd",
    label: "Initech",
    url: "https://initech.example",
    currency: "GBP",
    address: { line1: "20 Finsbury Circus", town: "London", postcode: "EC2M 7EB", country: "GB" },
    contacts: [{ name: "Oliver Grant", email: "accounts@initech.example", billingPreference: "PRIMARY" }],
  },
  {
    key: "umbrella",
    legalName: "Umbrella Kabushiki Kaisha",
    label: "Umbrella KK",
    currency: "JPY",
    address: { line1: "1-9-1 Marunouchi", town: "Chiyoda-ku, Tokyo", postcode: "100-0005", country: "JP" },
    contacts: [{ name: "Haruto Sato", email: "keiri@umbrella.example", billingPreference: "PRIMARY" }],
  },
];
