/** US states (and DC) and Canadian provinces and territories by name, for the codes Sequence accepts. */
// prettier-ignore
const NAMES: Record<string, string> = {
  alabama: "AL", alaska: "AK", arizona: "AZ", arkansas: "AR", california: "CA", colorado: "CO", connecticut: "CT",
  "district of columbia": "DC", "washington dc": "DC", "washington d.c.": "DC", delaware: "DE", florida: "FL",
  georgia: "GA", hawaii: "HI", idaho: "ID", illinois: "IL", indiana: "IN", iowa: "IA", kansas: "KS", kentucky: "KY",
  louisiana: "LA", maine: "ME", maryland: "MD", massachusetts: "MA", michigan: "MI", minnesota: "MN",
  mississippi: "MS", missouri: "MO", montana: "MT", nebraska: "NE", nevada: "NV", "new hampshire": "NH",
  "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND", ohio: "OH",
  oklahoma: "OK", oregon: "OR", pennsylvania: "PA", "rhode island": "RI", "south carolina": "SC",
  "south dakota": "SD", tennessee: "TN", texas: "TX", utah: "UT", vermont: "VT", virginia: "VA", washington: "WA",
  "west virginia": "WV", wisconsin: "WI", wyoming: "WY",
  alberta: "AB", "british columbia": "BC", manitoba: "MB", "new brunswick": "NB", "newfoundland and labrador": "NL",
  newfoundland: "NL", "nova scotia": "NS", "northwest territories": "NT", nunavut: "NU", ontario: "ON",
  "prince edward island": "PE", quebec: "QC", québec: "QC", saskatchewan: "SK", yukon: "YT",
};

/** The two-letter code of a US state or Canadian province written out ("California" → "CA"), if we know it. */
export function stateCodeForName(name: string): string | undefined {
  return NAMES[name.trim().toLowerCase().replace(/\s+/g, " ")];
}
