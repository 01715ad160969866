/**
 * A per-process micro-cache of rendered public pages that still gives every response a fresh CSP
 * nonce ("nonce templating"). The pure part: which requests qualify, what may be stored, how long,
 * how many, and how a stored page gets its nonce; the store itself is lib/app/single-flight-cache.ts.
 * proxy.ts wires it to the inner render (lib/security/public-page-template.ts); docs/security.md
 * explains the design.
 *
 * Why substituting a placeholder is safe: the page is rendered with a placeholder nonce that is 128
 * random bits made once per process and never sent to any client (the inner render answers only
 * the loopback fetch that asked for it, and a stored page never leaves without the placeholder
 * replaced). Whatever an attacker can get into a page — a posting's text, a query string echoed in
 * a filter — was chosen without knowing the placeholder, so it cannot contain it, except by
 * guessing 128 random bits. The only places the placeholder appears are therefore the ones Next
 * (or our own `x-nonce` reader) put it on, and replacing it with the response's fresh nonce blesses
 * exactly the scripts the renderer meant to bless, as a normal per-request render would.
 */

/** How long a rendered page may be served: an edit shows on every instance within this, without invalidation. */
export const PAGE_TTL_MS = 1_000;
/** Enough for the board, its filtered views and every open job; random query strings push out the oldest. */
export const MAX_PAGES = 500;

/** Public, anonymous, the same for every visitor. Not the apply page (a form, a 410 for closed jobs), not /status, /login or the dashboard. */
const publicPagePaths = [/^\/jobs$/, /^\/jobs\/[a-z0-9-]{1,100}$/, /^\/privacy$/];
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export interface RequestFacts {
  method: string;
  pathname: string;
  /** The query string with its "?", or "". */
  search: string;
  headers: { has(name: string): boolean; get(name: string): string | null };
  cookieNames: readonly string[];
}

/** Headers that mark a request for a React payload (navigation, prefetch, action) rather than a page. */
const payloadHeaders = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-url"];

/**
 * Whether a request may be answered from the cache: a document request (below) for a public page
 * by a visitor without a session (a signed-in user may see a different page).
 */
export function isCacheablePageRequest(facts: RequestFacts): boolean {
  if (!publicPagePaths.some((path) => path.test(facts.pathname))) return false;
  if (facts.cookieNames.some((name) => sessionCookie.test(name))) return false;
  return isDocumentRequest(facts);
}

/**
 * A browser loading a page (GET or HEAD), not a client-side navigation or prefetch, whose answer is
 * a React payload rather than HTML.
 *
 * Next 16 removes the payload markers (the RSC and Next-Router-* headers, the `_rsc` query) from the
 * request before the proxy sees it, so they cannot be relied on: what tells a document request
 * apart is what the browser sends. A document navigation (and every crawler) asks for `text/html`
 * in Accept; Next's payload fetches send the fetch default `*\/*`; and where the browser sends
 * Sec-Fetch-Dest, a document request says `document`. The markers are still checked, for the day
 * they reach the proxy (or `skipProxyUrlNormalize` is set).
 */
export function isDocumentRequest({ method, search, headers }: Pick<RequestFacts, "method" | "search" | "headers">): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (!/\btext\/html\b/i.test(headers.get("accept") ?? "")) return false;
  const destination = headers.get("sec-fetch-dest");
  if (destination !== null && destination.toLowerCase() !== "document") return false;
  if (payloadHeaders.some((name) => headers.has(name))) return false;
  return !new URLSearchParams(search).has("_rsc");
}

export function pageCacheKey(pathname: string, search: string): string {
  return `${pathname}${search === "?" ? "" : search}`;
}

/** A rendered page as stored: headers to replay and the HTML, both still carrying the placeholder. */
export interface RenderedPage {
  headers: readonly (readonly [string, string])[];
  body: string;
}

export interface InnerResponseFacts {
  status: number;
  contentType: string | null;
  hasSetCookie: boolean;
  body: string;
  placeholder: string;
}

/**
 * What may be stored and shared between visitors: a 200 HTML page that sets no cookie and was
 * really rendered with the placeholder (a page without it did not get our template policy, and its
 * scripts would carry a nonce we cannot replace).
 */
export function isStorableRender({ status, contentType, hasSetCookie, body, placeholder }: InnerResponseFacts): boolean {
  return status === 200 && /^text\/html\b/i.test(contentType ?? "") && !hasSetCookie && body.includes(`nonce="${placeholder}"`);
}

/**
 * Headers of the render that a visitor should not get as stored: per-connection ones, the length
 * and encoding of a body we rebuild, cookies, and the policies the proxy sets for each response.
 */
const notReplayed = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "set-cookie",
  "content-security-policy",
  "strict-transport-security",
]);

export function replayableHeaders(headers: Iterable<[string, string]>): [string, string][] {
  return [...headers].filter(([name]) => !notReplayed.has(name.toLowerCase()));
}

/** The stored page as one response sends it: every placeholder, in body and headers, becomes this response's nonce. */
export function withNonce(page: RenderedPage, placeholder: string, nonce: string): { headers: [string, string][]; body: string } {
  return {
    headers: page.headers.map(([name, value]) => [name, value.replaceAll(placeholder, nonce)]),
    body: page.body.replaceAll(placeholder, nonce),
  };
}
