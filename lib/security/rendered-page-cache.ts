/**
 * A per-process micro-cache of rendered public pages that still gives every response a fresh CSP
 * nonce ("nonce templating"). The pure part: which requests qualify, what may be stored, how long,
 * how many, one render per key at a time, and how a stored page gets its nonce. proxy.ts wires it
 * to the inner render (lib/security/public-page-template.ts); docs/security.md explains the design.
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

interface Entry<T> {
  value: T;
  /** When the render that produced it started: its data is at least that old. */
  renderedAt: number;
}

export interface PageCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * Entries expire `ttlMs` after their render started; at most `maxEntries`, oldest out. Concurrent
 * misses for one key share one render (single flight). `render` returns null for a page that must
 * not be stored; every caller waiting on it gets null and renders for itself.
 */
export class RenderedPageCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #inFlight = new Map<string, Promise<T | null>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor({ ttlMs = PAGE_TTL_MS, maxEntries = MAX_PAGES, now = Date.now }: PageCacheOptions = {}) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
    this.#now = now;
  }

  get size(): number {
    return this.#entries.size;
  }

  async get(key: string, render: () => Promise<T | null>): Promise<T | null> {
    const entry = this.#entries.get(key);
    if (entry && this.#now() - entry.renderedAt < this.#ttlMs) return entry.value;
    if (entry) this.#entries.delete(key);
    const pending = this.#inFlight.get(key);
    if (pending) return pending;
    const renderedAt = this.#now();
    const flight = (async () => {
      try {
        const value = await render();
        if (value !== null) this.#store(key, { value, renderedAt });
        return value;
      } finally {
        this.#inFlight.delete(key);
      }
    })();
    this.#inFlight.set(key, flight);
    return flight;
  }

  #store(key: string, entry: Entry<T>): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    // Insertion order is (nearly) render order: drop expired entries from the front, then the oldest over the bound.
    for (const [oldKey, old] of this.#entries) {
      if (this.#entries.size > this.#maxEntries || this.#now() - old.renderedAt >= this.#ttlMs) this.#entries.delete(oldKey);
      else break;
    }
  }
}
