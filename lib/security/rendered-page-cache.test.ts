import { describe, expect, it } from "vitest";
import { createNonce } from "./content-security-policy";
import {
  isCacheablePageRequest,
  isDocumentRequest,
  isStorableRender,
  pageCacheKey,
  replayableHeaders,
  withNonce,
  type RequestFacts,
} from "./rendered-page-cache";

function request(overrides: Partial<Omit<RequestFacts, "headers">> & { headers?: Record<string, string> } = {}): RequestFacts {
  const headers = new Headers({ accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ...overrides.headers });
  return { method: "GET", pathname: "/jobs", search: "", cookieNames: [], ...overrides, headers };
}

describe("isCacheablePageRequest", () => {
  it.each(["/jobs", "/jobs/backend-software-engineer", "/privacy"])("takes an anonymous GET of %s", (pathname) => {
    expect(isCacheablePageRequest(request({ pathname }))).toBe(true);
    expect(isCacheablePageRequest(request({ pathname, method: "HEAD" }))).toBe(true);
  });

  it("takes the board with filters", () => {
    expect(isCacheablePageRequest(request({ search: "?workplace=remote&department=Engineering" }))).toBe(true);
  });

  it.each([
    "/jobs/backend-software-engineer/apply",
    "/jobs/",
    "/jobs/Backend",
    "/jobs/_board/all",
    "/jobs/a/b",
    "/status/abc",
    "/login",
    "/dashboard",
    "/dashboard/requisitions",
    "/",
    "/privacy/",
    "/api/auth/session",
  ])("leaves %s to the renderer", (pathname) => {
    expect(isCacheablePageRequest(request({ pathname }))).toBe(false);
  });

  it.each(["POST", "PUT", "DELETE", "OPTIONS", "get"])("leaves %s to the renderer", (method) => {
    expect(isCacheablePageRequest(request({ method }))).toBe(false);
  });

  it.each([["authjs.session-token"], ["__Secure-authjs.session-token"], ["authjs.session-token.0"], ["__Secure-authjs.session-token.1"]])(
    "serves a visitor with the session cookie %s a page of their own",
    (name) => {
      expect(isCacheablePageRequest(request({ cookieNames: ["theme", name] }))).toBe(false);
    },
  );

  it("does not mind other cookies", () => {
    expect(isCacheablePageRequest(request({ cookieNames: ["authjs.csrf-token", "authjs.callback-url"] }))).toBe(true);
  });

  it.each([{ RSC: "1" }, { "Next-Router-Prefetch": "1" }, { "Next-Router-State-Tree": "%5B%5D" }, { "Next-Router-Segment-Prefetch": "/_tree" }, { "Next-Action": "abc" }, { "Next-Url": "/jobs" }] as Record<string, string>[])(
    "leaves React payload requests (%j) to the renderer",
    (headers) => {
      expect(isCacheablePageRequest(request({ headers }))).toBe(false);
    },
  );

  it.each([
    ["no Accept", { accept: "" }],
    ["the fetch default Accept, as Next's payload requests send", { accept: "*/*" }],
    ["a JSON Accept", { accept: "application/json" }],
    ["a browser fetch()", { "sec-fetch-dest": "empty", accept: "text/html" }],
    ["an iframe", { "sec-fetch-dest": "iframe" }],
  ])("leaves a request with %s to the renderer", (_label, headers) => {
    expect(isCacheablePageRequest(request({ headers }))).toBe(false);
  });

  it("takes a browser navigation and a crawler", () => {
    expect(isCacheablePageRequest(request({ headers: { "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" } }))).toBe(true);
    expect(isCacheablePageRequest(request({ headers: { accept: "text/html" } }))).toBe(true);
  });

  it("leaves a request with the _rsc cache-buster to the renderer", () => {
    expect(isCacheablePageRequest(request({ search: "?_rsc=1x2y3" }))).toBe(false);
    expect(isCacheablePageRequest(request({ search: "?workplace=remote&_rsc=1x2y3" }))).toBe(false);
  });
});

describe("isDocumentRequest", () => {
  it("takes a browser loading any page, with or without a session, and not a payload fetch", () => {
    expect(isDocumentRequest(request({ pathname: "/jobs/backend-software-engineer/apply", cookieNames: ["authjs.session-token"] }))).toBe(true);
    expect(isDocumentRequest(request({ headers: { "sec-fetch-dest": "document" } }))).toBe(true);
    expect(isDocumentRequest(request({ headers: { accept: "*/*" } }))).toBe(false);
    expect(isDocumentRequest(request({ method: "POST" }))).toBe(false);
    expect(isDocumentRequest(request({ search: "?_rsc=1" }))).toBe(false);
  });
});

describe("pageCacheKey", () => {
  it("keeps path and query apart from each other page", () => {
    expect(pageCacheKey("/jobs", "")).toBe("/jobs");
    expect(pageCacheKey("/jobs", "?")).toBe("/jobs");
    expect(pageCacheKey("/jobs", "?workplace=remote")).toBe("/jobs?workplace=remote");
    expect(pageCacheKey("/jobs", "?workplace=remote")).not.toBe(pageCacheKey("/jobs", "?workplace=onsite"));
  });
});

describe("isStorableRender", () => {
  const placeholder = createNonce();
  const page = `<html><script nonce="${placeholder}">self.__next_f=[]</script></html>`;
  const ok = { status: 200, contentType: "text/html; charset=utf-8", hasSetCookie: false, body: page, placeholder };

  it("stores a 200 HTML page rendered with the placeholder", () => {
    expect(isStorableRender(ok)).toBe(true);
  });

  it.each([
    ["a 404", { status: 404 }],
    ["a redirect", { status: 307 }],
    ["an error", { status: 500 }],
    ["JSON", { contentType: "application/json" }],
    ["a React payload", { contentType: "text/x-component" }],
    ["no content type", { contentType: null }],
    ["a page that sets a cookie", { hasSetCookie: true }],
    ["a page rendered with another nonce", { body: `<script nonce="${createNonce()}"></script>` }],
    ["a page without any nonce", { body: "<html><p>hello</p></html>" }],
  ])("never stores %s", (_label, change) => {
    expect(isStorableRender({ ...ok, ...change })).toBe(false);
  });
});

describe("withNonce", () => {
  const placeholder = createNonce();

  it("puts the response's nonce wherever the renderer put the placeholder, and nowhere else", () => {
    const nonce = createNonce();
    const stored = {
      headers: [
        ["content-type", "text/html; charset=utf-8"],
        ["link", `</_next/static/a.js>; rel=preload; as=script; nonce=${placeholder}`],
      ] as const,
      body: `<link rel="preload" as="script" nonce="${placeholder}"><script nonce="${placeholder}">a()</script><p>nonce="attacker"</p><script src="/x.js" nonce="${placeholder}"></script>`,
    };
    const sent = withNonce(stored, placeholder, nonce);
    expect(sent.body).not.toContain(placeholder);
    expect(sent.body.match(new RegExp(`nonce="${nonce.replace(/[+/=]/g, "\\$&")}"`, "g"))).toHaveLength(3);
    expect(sent.body).toContain(`<p>nonce="attacker"</p>`);
    expect(sent.headers).toEqual([
      ["content-type", "text/html; charset=utf-8"],
      ["link", `</_next/static/a.js>; rel=preload; as=script; nonce=${nonce}`],
    ]);
  });

  it("gives two responses of one stored page different nonces and leaves the stored page as it was", () => {
    const stored = { headers: [], body: `<script nonce="${placeholder}"></script>` };
    const first = withNonce(stored, placeholder, createNonce());
    const second = withNonce(stored, placeholder, createNonce());
    expect(first.body).not.toBe(second.body);
    expect(stored.body).toContain(placeholder);
  });
});

describe("replayableHeaders", () => {
  it("keeps what describes the page and drops what belongs to one connection or one response", () => {
    const inner = new Headers({
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
      "content-security-policy": "script-src 'nonce-placeholder'",
      "strict-transport-security": "max-age=63072000",
      "content-length": "1234",
      "content-encoding": "gzip",
      "transfer-encoding": "chunked",
      connection: "keep-alive",
      "keep-alive": "timeout=5",
      date: "Sat, 28 Nov 2026 08:00:00 GMT",
    });
    expect(Object.fromEntries(replayableHeaders(inner.entries()))).toEqual({
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
    });
  });
});
