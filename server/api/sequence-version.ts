/** The versions of Sequence's API whose shapes we serve; a request without the header gets the latest. */
const API_VERSIONS = ["2024-01-01", "2024-05-09", "2024-07-30"] as const;
const LATEST_VERSION = "2024-07-30";

/**
 * The `Sequence-Version` a response names: the one requested, or the latest when none was. When the
 * requested one is not `recognised` (a 400 for the caller to send), the response names the latest.
 */
export function sequenceVersion(request: Request): {
  version: string;
  recognised: boolean;
  supported: readonly string[];
} {
  const requested = request.headers.get("sequence-version");
  const recognised = requested === null || (API_VERSIONS as readonly string[]).includes(requested);
  return {
    version: recognised && requested !== null ? requested : LATEST_VERSION,
    recognised,
    supported: API_VERSIONS,
  };
}
