import { countryCodes, type CountryCode } from "@/lib/schemas/geography";

/** Names people type into Salesforce that English region names (below) do not cover. */
const ALIASES: Record<string, CountryCode> = {
  usa: "US",
  "u.s.": "US",
  "u.s.a.": "US",
  "united states of america": "US",
  america: "US",
  uk: "GB",
  "u.k.": "GB",
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  holland: "NL",
  "the netherlands": "NL",
  deutschland: "DE",
  "république française": "FR",
  españa: "ES",
  "ivory coast": "CI",
  "south korea": "KR",
  "republic of korea": "KR",
};

let byName: Map<string, CountryCode> | undefined;

const normalise = (value: string) => value.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * The ISO 3166-1 alpha-2 code a country name stands for ("France" → "FR"), so a message can say
 * exactly what to write instead; undefined when the name is not one we recognise.
 */
export function countryCodeForName(name: string): CountryCode | undefined {
  if (!byName) {
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    byName = new Map(countryCodes.map((code) => [normalise(names.of(code) ?? code), code]));
  }
  const key = normalise(name);
  return ALIASES[key] ?? byName.get(key);
}
