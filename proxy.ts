import NextAuth from "next-auth";
import { applyFormEnhancementScript } from "@/components/apply/apply-form-enhancement";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { databaseUnavailableResponse } from "@/lib/app/unavailable-response";
import { authConfig } from "@/lib/auth/auth.config";
import { hasFreshSession } from "@/lib/auth/fresh-session";
import { isDatabaseAvailable } from "@/lib/services/database-gate";
import { buildContentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";
import { cachedPublicPage, isTemplateRenderRequest, placeholderNonce, scriptFreePage, TEMPLATE_RENDER_HEADER } from "@/lib/security/public-page-template";
import { checkRequestOrigin, ownHosts } from "@/lib/security/request-origin";
import { isHttpsRequest, strictTransportSecurity } from "@/lib/security/transport-security";
import { getPublicJobStatus } from "@/lib/services/public-jobs";

const { auth } = NextAuth(authConfig);
const applyPage = /^\/jobs\/([a-z0-9-]{1,100})\/apply\/?$/;

/**
 * Browser hardening for every page and route handler, plus two routing duties. None of it is
 * authorisation (every service call checks the actor itself):
 * - a mutating request from another site is refused (lib/security/request-origin);
 * - every response gets a Content-Security-Policy with a fresh nonce, which Next reads from the
 *   forwarded request header and puts on its own scripts (so every page renders per request);
 * - anonymous visits to the public pages (/jobs, a job, /privacy) are answered from a one-second
 *   cache of the page rendered with a secret placeholder nonce, which each response replaces with
 *   its own (lib/security/public-page-template.ts); the cache's inner render comes back through
 *   here, recognised by its secret, and gets the placeholder as its nonce;
 * - signed-out visitors to the dashboard go to /login (a session refreshed within its updateAge
 *   passes straight through: lib/auth/fresh-session.ts);
 * - a closed job's apply page answers 410 Gone, which a page cannot set for itself;
 * - a browser loading the apply page gets it without the framework's JavaScript, plus the form's own
 *   small script (lib/app/script-free-page.ts), rendered by the same loopback route.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const https = isHttpsRequest({ protocol: request.nextUrl.protocol, forwardedProto: request.headers.get("x-forwarded-proto") });
  // The cache's own render (from this process, over loopback) gets the placeholder; everyone else a fresh nonce.
  const templateRender = isTemplateRenderRequest(request.headers);
  const nonce = templateRender ? placeholderNonce() : createNonce();
  const policy = buildContentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", https });

  const verdict = checkRequestOrigin({
    method: request.method,
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
    ownHosts: ownHosts({
      host: request.headers.get("host"),
      forwardedHost: request.headers.get("x-forwarded-host"),
      configuredUrls: [process.env.PUBLIC_BASE_URL, process.env.AUTH_URL],
    }),
  });
  const response = verdict.allowed
    ? await route(request, event, forwardedHeaders(request, nonce, policy), templateRender ? null : nonce)
    : new NextResponse("Cross-site request refused.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  response.headers.set("Content-Security-Policy", policy);
  const hsts = strictTransportSecurity({ production: process.env.NODE_ENV === "production", https });
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

/** The request as the page sees it: Next takes the nonce from this CSP header; x-nonce is for our own tags. */
function forwardedHeaders(request: NextRequest, nonce: string, policy: string): Headers {
  const headers = new Headers(request.headers);
  headers.delete(TEMPLATE_RENDER_HEADER);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  return headers;
}

/** `responseNonce`: the nonce this response is served with, or null for the proxy's own inner render (of a cached or script-free page). */
async function route(request: NextRequest, event: NextFetchEvent, headers: Headers, responseNonce: string | null): Promise<Response> {
  // While PostgreSQL is unreachable every page and action would fail, some after a connect timeout: say so at once.
  if (!(await isDatabaseAvailable())) return databaseUnavailableResponse(request, headers.get("x-nonce") ?? "");
  const cached = responseNonce === null ? null : await cachedPublicPage(request, responseNonce);
  if (cached) return cached;
  const apply = applyPage.exec(request.nextUrl.pathname);
  if (apply) {
    const light = responseNonce === null ? null : await scriptFreePage(request, responseNonce, applyFormEnhancementScript);
    if (light) return light;
    const reading = request.method === "GET" || request.method === "HEAD";
    const closed = reading && apply[1] && (await getPublicJobStatus(apply[1])) === "closed";
    return NextResponse.next({ request: { headers }, ...(closed ? { status: 410 } : {}) });
  }
  if (request.nextUrl.pathname === "/dashboard" || request.nextUrl.pathname.startsWith("/dashboard/")) {
    if (await hasFreshSession(request.cookies)) return NextResponse.next({ request: { headers } });
    return dashboardGate(headers)(request, event);
  }
  return NextResponse.next({ request: { headers } });
}

/**
 * Auth.js's proxy wrapper, so the sliding session cookie is still refreshed, with the redirect it
 * would make for a signed-out visitor and the nonce-carrying request headers for everyone else.
 */
function dashboardGate(headers: Headers) {
  const gate = auth(async (request) => {
    if (await authConfig.callbacks.authorized({ auth: request.auth, request })) return NextResponse.next({ request: { headers } });
    const signIn = request.nextUrl.clone();
    signIn.pathname = authConfig.pages.signIn;
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    return NextResponse.redirect(signIn);
  });
  return gate as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;
}

/**
 * Every page and route handler, including Auth.js's POST endpoints; not the build's static files,
 * image optimisation, the favicon or the health check (polled by load balancers, never mutated).
 */
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|api/health$).*)"],
};
