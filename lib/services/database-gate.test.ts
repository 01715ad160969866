import { afterEach, describe, expect, inject, it } from "vitest";
import { findFreePort } from "@/db/runtime/free-port";
import { databaseUnavailableResponse } from "@/lib/app/unavailable-response";
import { isDatabaseAvailable } from "./database-gate";

const adminUrl = inject("testAdminUrl");
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_100));

describe("isDatabaseAvailable", () => {
  const original = process.env.DATABASE_URL;
  afterEach(() => {
    process.env.DATABASE_URL = original;
  });

  it("says yes while the database answers", async () => {
    process.env.DATABASE_URL = adminUrl;
    expect(await isDatabaseAvailable()).toBe(true);
    await settle();
    expect(await isDatabaseAvailable()).toBe(true);
  });

  // Recovery on the same server is shown by `npm run drill:db-restart`, which stops and starts one.
  it("says no, without waiting, once its probe finds nothing listening", async () => {
    const closed = new URL(adminUrl);
    closed.port = String(await findFreePort());
    process.env.DATABASE_URL = closed.toString();
    // The first request is let through while the first probe runs in the background.
    await isDatabaseAvailable();
    await settle();
    // "Without waiting": the answer comes from the last probe, not from a new connection attempt that
    // would take its connect timeout (seconds) to fail.
    const answer = await Promise.race([isDatabaseAvailable(), new Promise((resolve) => setTimeout(resolve, 1_000, "still waiting"))]);
    expect(answer).toBe(false);
  });
});

describe("databaseUnavailableResponse", () => {
  it("gives a browser a page that says nothing was saved, and scripts JSON, both 503 with Retry-After", async () => {
    const page = databaseUnavailableResponse(new Request("http://localhost/jobs", { headers: { accept: "text/html,application/xhtml+xml" } }), "n0nce");
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toMatch(/Nothing you just sent was saved/);
    // Styled through the response's CSP nonce: a style attribute would be blocked.
    expect(html).toContain('<style nonce="n0nce">');
    expect(html).not.toMatch(/ style="/);

    const action = databaseUnavailableResponse(new Request("http://localhost/jobs/x/apply", { method: "POST", headers: { accept: "text/x-component", "next-action": "abc" } }), "n0nce");
    expect(action.status).toBe(503);
    expect(await action.json()).toEqual({ status: "unavailable", error: expect.stringMatching(/Nothing was saved/) });
  });
});
