import { salesforceRecordUrl } from "@/lib/salesforce/record-url";
import {
  addressSchema,
  contactBodySchema,
  createCustomerBodySchema,
  type Address,
  type CreateCustomerBody,
} from "@/lib/schemas/customer";
import { countryCodes, stateCodes } from "@/lib/schemas/geography";
import type { AccountProblem, CustomerProposal } from "@/lib/schemas/launch";
import { currencySchema } from "@/lib/schemas/primitives";
import { toProblems } from "@/lib/schemas/problems";
import { countryCodeForName } from "@/server/launch/country-code-for-name";
import { stateCodeForName } from "@/server/launch/state-code-for-name";
import type { LaunchAccountRecord, SalesforceAddress } from "@/server/salesforce/read-opportunity-for-launch";

export type AccountMapping =
  { ready: true; body: CreateCustomerBody; proposal: CustomerProposal } | { ready: false; problems: AccountProblem[] };

type RecordRef = AccountProblem["record"];

// geography.ts lists the US states (and DC) first, then the Canadian provinces from "AB".
const FIRST_PROVINCE = stateCodes.indexOf("AB");
const REGIONS: Record<string, { codes: readonly string[]; kind: string; example: string }> = {
  US: { codes: stateCodes.slice(0, FIRST_PROVINCE), kind: "US state", example: "NY" },
  CA: { codes: stateCodes.slice(FIRST_PROVINCE), kind: "Canadian province", example: "ON" },
};
const COUNTRY_NAMES: Record<string, string> = { US: "the United States", CA: "Canada" };

const blank = (value: string | null) => value === null || value.trim() === "";

/**
 * Reads one Salesforce address (Billing… on an account, Mailing… on a contact) as Sequence's address:
 * street lines → line1 and line2, city → town, state (only for the US and Canada, the only countries
 * whose states Sequence's address holds), postal code → postcode, country as an ISO alpha-2 code.
 * Every problem names the field by its Salesforce label and the record it is on.
 */
function readAddress(
  value: SalesforceAddress,
  prefix: "Billing" | "Mailing",
  record: RecordRef,
): { address?: Address; problems: AccountProblem[] } {
  const where = `${record.type.toLowerCase()} ${record.name}`;
  const problems: AccountProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ message, record, field: `${prefix}${field}` });

  const lines = (value.street ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) problem("Street", `${prefix} Street is empty on ${where}`);
  if (blank(value.city)) problem("City", `${prefix} City is empty on ${where}`);
  if (blank(value.postalCode)) problem("PostalCode", `${prefix} Zip/Postal Code is empty on ${where}`);

  let country: string | undefined;
  const countryText = value.country?.trim() ?? "";
  if (countryText === "") problem("Country", `${prefix} Country is empty on ${where}`);
  else if ((countryCodes as readonly string[]).includes(countryText.toUpperCase())) country = countryText.toUpperCase();
  else {
    const suggestion = countryCodeForName(countryText);
    problem(
      "Country",
      `${prefix} Country on ${where} is "${countryText}"; use the two-letter ISO code ${
        suggestion ?? "of the country (ISO 3166-1, for example US, GB or FR)"
      }`,
    );
  }

  let state: string | undefined;
  const region = country ? REGIONS[country] : undefined;
  if (country && region) {
    const stateText = value.state?.trim() ?? "";
    if (stateText === "") {
      problem(
        "State",
        `${prefix} State/Province is empty on ${where} (addresses in ${COUNTRY_NAMES[country]} need one)`,
      );
    } else if (region.codes.includes(stateText.toUpperCase())) state = stateText.toUpperCase();
    else {
      const suggestion = stateCodeForName(stateText);
      problem(
        "State",
        `${prefix} State/Province on ${where} is "${stateText}"; use the two-letter code ${
          suggestion && region.codes.includes(suggestion)
            ? suggestion
            : `of a ${region.kind}, for example ${region.example}`
        }`,
      );
    }
  }

  if (problems.length > 0) return { problems };
  const [line1 = "", ...rest] = lines;
  // The checks above say what to fix in Salesforce's words; the API's schema has the last word.
  const parsed = addressSchema.safeParse({
    line1,
    ...(rest.length > 0 ? { line2: rest.join(", ") } : {}),
    town: value.city,
    ...(state ? { state } : {}),
    postcode: value.postalCode,
    country,
  });
  if (!parsed.success) {
    return {
      problems: toProblems(parsed.error).map((issue) => ({
        message: `The ${prefix.toLowerCase()} address on ${where} can't be used: ${issue.path} ${issue.message}`,
        record,
        field: null,
      })),
    };
  }
  return { problems, address: parsed.data };
}

/**
 * The customer to create from a Salesforce account: its name as the legal name, its billing address,
 * its Sequence Billing Contact (name, e-mail and mailing address) as the PRIMARY contact, its
 * currency and website, and the account id as the Salesforce integration id. Either the body for
 * `createCustomer`, checked by the API's own schema, or every problem found, each naming the field
 * and the record to fix in Salesforce.
 */
export function mapAccountToCustomer({
  account,
  instanceUrl,
}: {
  account: LaunchAccountRecord;
  instanceUrl: string;
}): AccountMapping {
  const accountRef: RecordRef = {
    type: "Account",
    id: account.id,
    name: account.name,
    url: salesforceRecordUrl(instanceUrl, "Account", account.id),
  };
  const billing = readAddress(account.billing, "Billing", accountRef);
  const problems = [...billing.problems];

  const contact = account.billingContact;
  let billingContact: CustomerProposal["billingContact"] | undefined;
  if (!account.billingContactId) {
    problems.push({
      message: `Account ${account.name} has no Sequence Billing Contact`,
      record: accountRef,
      field: "Sequence_Billing_Contact__c",
    });
  } else if (!contact) {
    problems.push({
      message: `The Sequence Billing Contact of account ${account.name} is a contact Salesforce doesn't let you see`,
      record: accountRef,
      field: "Sequence_Billing_Contact__c",
    });
  } else {
    const contactRef: RecordRef = {
      type: "Contact",
      id: contact.id,
      name: contact.name,
      url: salesforceRecordUrl(instanceUrl, "Contact", contact.id),
    };
    const email = contact.email?.trim() ?? "";
    if (email === "")
      problems.push({ message: `Email is empty on contact ${contact.name}`, record: contactRef, field: "Email" });
    else if (!contactBodySchema.shape.email.safeParse(email).success) {
      problems.push({
        message: `Email on contact ${contact.name} is "${email}", which is not an e-mail address`,
        record: contactRef,
        field: "Email",
      });
    }
    const mailing = readAddress(contact.mailing, "Mailing", contactRef);
    problems.push(...mailing.problems);
    if (mailing.address) billingContact = { name: contact.name, email, address: mailing.address };
  }

  if (problems.length > 0 || !billing.address || !billingContact) return { ready: false, problems };

  const currency = currencySchema.safeParse(account.currency);
  const parsed = createCustomerBodySchema.safeParse({
    legalName: account.name,
    address: billing.address,
    ...(account.website ? { url: account.website } : {}),
    ...(currency.success ? { currency: currency.data } : {}),
    contacts: [{ ...billingContact, billingPreference: "PRIMARY" }],
    integrationIds: [{ service: "Salesforce", id: account.id }],
  });
  // The checks above mirror the schema; should a value still fail it (a name too long for Sequence,
  // say), the account is reported with the schema's own words rather than failing later.
  if (!parsed.success) {
    return {
      ready: false,
      problems: toProblems(parsed.error).map((problem) => ({
        message: `${problem.path} ${problem.message} (from account ${account.name})`,
        record: accountRef,
        field: null,
      })),
    };
  }
  return {
    ready: true,
    body: parsed.data,
    proposal: {
      legalName: parsed.data.legalName,
      ...(parsed.data.url ? { url: parsed.data.url } : {}),
      ...(parsed.data.currency ? { currency: parsed.data.currency } : {}),
      address: parsed.data.address,
      billingContact,
    },
  };
}
