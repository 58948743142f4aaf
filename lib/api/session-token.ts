/**
 * Inside Salesforce (Canvas) the browser may block the app's third-party session cookie. The Canvas
 * launch page then hands the sealed session to the page, and every API call carries it in a header.
 */
let sessionToken: string | undefined;

export function setSessionToken(token: string | undefined): void {
  sessionToken = token;
}

export function getSessionToken(): string | undefined {
  return sessionToken;
}
