import { loggableError } from "@/lib/app/loggable-error";
import { isCompleteWithoutScripts, withInlineScript, withoutScripts } from "@/lib/app/script-free-page";
import { SingleFlightCache } from "@/lib/app/single-flight-cache";
import { createNonce } from "./content-security-policy";
import {
  isCacheablePageRequest,
  isDocumentRequest,
  isStorableRender,
  MAX_PAGES,
  PAGE_TTL_MS,
  pageCacheKey,
  replayableHeaders,
  withNonce,
  type RenderedPage,
} from "./rendered-page-cache";

/**
 * The proxy's side of the public-page micro-cache (lib/security/rendered-page-cache.ts explains why
 * it is safe). On a miss the proxy asks its own server, over loopback, for the page rendered with
 * the placeholder nonce; the inner request carries a per-process secret so the proxy recognises it
 * and lets it through untouched except for the placeholder policy. Every answer, hit or miss, is
 * the stored HTML with the placeholder replaced by the response's own fresh nonce.
 */
export const TEMPLATE_RENDER_HEADER = "x-shortlist-template-render";
const INNER_RENDER_TIMEOUT_MS = 10_000;

interface ProcessSecrets {
  /** The nonce pages are rendered with for the cache; replaced in every response, never sent. */
  placeholder: string;
  /** Proves an inner request came from this server (it only ever travels over loopback; a cluster's workers share it). */
  secret: string;
  cache: SingleFlightCache<RenderedPage>;
}

// On globalThis so that every copy of this module in the process (Next may bundle the proxy more
// than once) agrees on the placeholder and the secret.
const globalForTemplate = globalThis as unknown as { shortlistPageTemplate?: ProcessSecrets };
function processSecrets(): ProcessSecrets {
  globalForTemplate.shortlistPageTemplate ??= {
    placeholder: sharedSecret(process.env.SHORTLIST_PAGE_TEMPLATE_PLACEHOLDER) ?? createNonce(),
    secret: sharedSecret(process.env.SHORTLIST_PAGE_TEMPLATE_SECRET) ?? createNonce(),
    cache: new SingleFlightCache<RenderedPage>({ ttlMs: PAGE_TTL_MS, maxEntries: MAX_PAGES }),
  };
  return globalForTemplate.shortlistPageTemplate;
}

/**
 * The value the cluster's primary gave every worker (scripts/next-cluster.mjs), so that an inner
 * request that lands on another worker is recognised there; a lone `next start` makes its own.
 */
function sharedSecret(value: string | undefined): string | null {
  return value && /^[A-Za-z0-9+/]{22}==$/.test(value) ? value : null;
}

export function placeholderNonce(): string {
  return processSecrets().placeholder;
}

/** Compares in time independent of where the strings differ, so the secret cannot be found byte by byte. */
function sameSecret(given: string, expected: string): boolean {
  if (given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < given.length; i++) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}

/** Whether this request is the proxy's own inner render (anyone else sending the header is just a visitor). */
export function isTemplateRenderRequest(headers: Headers): boolean {
  const given = headers.get(TEMPLATE_RENDER_HEADER);
  return given !== null && sameSecret(given, processSecrets().secret);
}

/**
 * Where the proxy reaches its own server: never the Host the visitor sent (that would send the
 * secret wherever a forged Host points), but loopback on the port `next start` listens on, or
 * SHORTLIST_INTERNAL_ORIGIN for a server bound to one address other than loopback.
 */
function internalOrigin(): string | null {
  const configured = process.env.SHORTLIST_INTERNAL_ORIGIN?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const port = process.env.PORT;
  return port && /^\d{1,5}$/.test(port) ? `http://127.0.0.1:${port}` : null;
}

interface InnerRender {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * The page rendered by this server for the placeholder nonce, or null when the answer is not an
 * HTML page (a redirect, a React payload) or sets a cookie: that answer belongs to one visitor.
 */
async function renderWithPlaceholder(origin: string, pathAndQuery: string, acceptedStatuses: readonly number[]): Promise<InnerRender | null> {
  const { placeholder, secret } = processSecrets();
  const response = await fetch(`${origin}${pathAndQuery}`, {
    headers: { [TEMPLATE_RENDER_HEADER]: secret, accept: "text/html", "accept-encoding": "identity" },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(INNER_RENDER_TIMEOUT_MS),
  });
  const contentType = response.headers.get("content-type");
  const hasSetCookie = response.headers.has("set-cookie");
  if (!acceptedStatuses.includes(response.status) || hasSetCookie) {
    await response.body?.cancel();
    return null;
  }
  const body = await response.text();
  // Stored as if it were a 200: the rule on what may be served for the placeholder is the same.
  if (!isStorableRender({ status: 200, contentType, hasSetCookie, body, placeholder })) return null;
  return { status: response.status, headers: replayableHeaders(response.headers.entries()), body };
}

async function renderTemplate(origin: string, pathAndQuery: string): Promise<RenderedPage | null> {
  const render = await renderWithPlaceholder(origin, pathAndQuery, [200]);
  return render && { headers: render.headers, body: render.body };
}

/**
 * The cached answer for a public page, with `nonce` in place of the placeholder; null when the
 * request does not qualify or the page cannot be cached (the proxy then lets Next render it as usual).
 */
export async function cachedPublicPage(request: Request & { nextUrl: URL; cookies: { getAll(): { name: string }[] } }, nonce: string): Promise<Response | null> {
  if (process.env.NODE_ENV === "development") return null;
  const { pathname, search } = request.nextUrl;
  const cookieNames = request.cookies.getAll().map((cookie) => cookie.name);
  if (!isCacheablePageRequest({ method: request.method, pathname, search, headers: request.headers, cookieNames })) return null;
  const origin = internalOrigin();
  if (!origin) return null;
  const { cache, placeholder } = processSecrets();
  const key = pageCacheKey(pathname, search);
  let page: RenderedPage | null;
  try {
    page = await cache.get(key, () => renderTemplate(origin, key));
  } catch (error) {
    console.error(`Public page cache: the inner render of ${key} failed; rendering it directly.`, loggableError(error));
    return null;
  }
  if (!page) return null;
  const { headers, body } = withNonce(page, placeholder, nonce);
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}

/**
 * A page as a document load gets it without the framework's JavaScript (lib/app/script-free-page.ts),
 * with `script` inline instead, and the status the page was rendered with (a closed job's 410, a
 * 404). Rendered for each request, never cached. Null when the request is not a document load or the
 * page needs its scripts; the proxy then lets Next render it with them as usual.
 */
export async function scriptFreePage(request: Request & { nextUrl: URL }, nonce: string, script: string): Promise<Response | null> {
  if (process.env.NODE_ENV === "development") return null;
  const { pathname, search } = request.nextUrl;
  if (!isDocumentRequest({ method: request.method, search, headers: request.headers })) return null;
  const origin = internalOrigin();
  if (!origin) return null;
  const { placeholder } = processSecrets();
  let render: InnerRender | null;
  try {
    render = await renderWithPlaceholder(origin, pageCacheKey(pathname, search), [200, 404, 410]);
  } catch (error) {
    console.error(`Script-free page: the inner render of ${pathname} failed; rendering it directly.`, loggableError(error));
    return null;
  }
  if (!render || !isCompleteWithoutScripts(render.body)) return null;
  const page = { headers: render.headers, body: withInlineScript(withoutScripts(render.body), script, placeholder) };
  const { headers, body } = withNonce(page, placeholder, nonce);
  return new Response(request.method === "HEAD" ? null : body, { status: render.status, headers });
}
