import { describe, expect, it } from "vitest";
import { createNonce } from "./content-security-policy";
import {
  isCacheablePageRequest,
  isDocumentRequest,
  isStorableRender,
  pageCacheKey,
  RenderedPageCache,
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

/** A render whose completion the test controls. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("RenderedPageCache", () => {
  function clock() {
    let time = 1_000_000;
    return { now: () => time, advance: (ms: number) => (time += ms) };
  }

  it("serves a stored page until its second is up, then renders again", async () => {
    const time = clock();
    const cache = new RenderedPageCache<string>({ ttlMs: 1_000, now: time.now });
    let renders = 0;
    const render = async () => `page ${++renders}`;
    expect(await cache.get("/jobs", render)).toBe("page 1");
    time.advance(999);
    expect(await cache.get("/jobs", render)).toBe("page 1");
    time.advance(1);
    expect(await cache.get("/jobs", render)).toBe("page 2");
    expect(renders).toBe(2);
  });

  it("counts the second from when the render started, so a slow render is not served longer", async () => {
    const time = clock();
    const cache = new RenderedPageCache<string>({ ttlMs: 1_000, now: time.now });
    const slow = deferred<string>();
    const first = cache.get("/jobs", () => slow.promise);
    time.advance(600);
    slow.resolve("old");
    expect(await first).toBe("old");
    time.advance(400);
    expect(await cache.get("/jobs", async () => "new")).toBe("new");
  });

  it("keeps each key apart", async () => {
    const cache = new RenderedPageCache<string>();
    expect(await cache.get("/jobs", async () => "board")).toBe("board");
    expect(await cache.get("/jobs?workplace=remote", async () => "remote")).toBe("remote");
    expect(await cache.get("/jobs", async () => "again")).toBe("board");
  });

  it("shares one render among concurrent misses for a key", async () => {
    const cache = new RenderedPageCache<string>();
    const render = deferred<string>();
    let renders = 0;
    const calls = Array.from({ length: 20 }, () =>
      cache.get("/jobs/a", () => {
        renders++;
        return render.promise;
      }),
    );
    const other = cache.get("/jobs/b", async () => "b");
    render.resolve("a");
    expect(await Promise.all(calls)).toEqual(Array(20).fill("a"));
    expect(await other).toBe("b");
    expect(renders).toBe(1);
  });

  it("does not store what the render declines, and every waiter renders for itself", async () => {
    const cache = new RenderedPageCache<string>();
    const render = deferred<string | null>();
    const waiting = [cache.get("/jobs/gone", () => render.promise), cache.get("/jobs/gone", () => render.promise)];
    render.resolve(null);
    expect(await Promise.all(waiting)).toEqual([null, null]);
    expect(cache.size).toBe(0);
    expect(await cache.get("/jobs/gone", async () => "now published")).toBe("now published");
  });

  it("passes a failed render to its waiters and tries again on the next request", async () => {
    const cache = new RenderedPageCache<string>();
    const render = deferred<string>();
    const waiting = [cache.get("/jobs", () => render.promise), cache.get("/jobs", () => render.promise)];
    render.reject(new Error("inner fetch failed"));
    for (const call of waiting) await expect(call).rejects.toThrow("inner fetch failed");
    expect(await cache.get("/jobs", async () => "recovered")).toBe("recovered");
  });

  it("holds at most maxEntries, dropping the oldest", async () => {
    const cache = new RenderedPageCache<string>({ maxEntries: 3 });
    for (const key of ["a", "b", "c", "d"]) await cache.get(key, async () => key);
    expect(cache.size).toBe(3);
    let rendered = false;
    expect(
      await cache.get("a", async () => {
        rendered = true;
        return "a again";
      }),
    ).toBe("a again");
    expect(rendered).toBe(true);
    expect(await cache.get("d", async () => "not used")).toBe("d");
  });

  it("stays bounded under a stream of distinct query strings, and lets expired pages go", async () => {
    const time = clock();
    const cache = new RenderedPageCache<string>({ ttlMs: 1_000, maxEntries: 500, now: time.now });
    for (let i = 0; i < 2_000; i++) await cache.get(`/jobs?q=${i}`, async () => String(i));
    expect(cache.size).toBe(500);
    time.advance(1_000);
    await cache.get("/jobs", async () => "board");
    expect(cache.size).toBe(1);
  });
});
