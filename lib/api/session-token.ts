/**
 * Inside Salesforce (Canvas) the browser may block the app's third-party session cookie. The Canvas
 * launch then hands the sealed session to the page in the URL fragment (`#session=…`), which is never
 * sent to a server; every API call carries it in a header. It is kept in sessionStorage, so a reload
 * or another page of the app in the same frame still has it, and no other tab does.
 */
const STORAGE_KEY = "sequence-cpq.session";
const FRAGMENT = /(?:^#|&)session=([^&]+)/;

let sessionToken: string | undefined;

/** sessionStorage throws in some sandboxed frames; the token then lives as long as the page. */
function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Takes the session out of the fragment, and the fragment out of the address bar, so it is not shared by copying the URL. */
function takeFromFragment(): string | undefined {
  const match = FRAGMENT.exec(window.location.hash);
  if (!match?.[1]) return undefined;
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  return decodeURIComponent(match[1]);
}

export function setSessionToken(token: string | undefined): void {
  sessionToken = token;
  if (token) storage()?.setItem(STORAGE_KEY, token);
  else storage()?.removeItem(STORAGE_KEY);
}

export function getSessionToken(): string | undefined {
  if (sessionToken !== undefined || typeof window === "undefined") return sessionToken;
  const handedOver = takeFromFragment();
  if (handedOver) setSessionToken(handedOver);
  else sessionToken = storage()?.getItem(STORAGE_KEY) ?? undefined;
  return sessionToken;
}
