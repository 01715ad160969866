import http from "node:http";
import { expect, test } from "@playwright/test";

/**
 * A keep-alive client that reuses an idle connection just as the server closes it gets a reset
 * instead of a response. Node's 5 s default made that a real failure (CI: Playwright's request
 * context, busy with screenshots, reused a connection the server had just closed), so the server
 * keeps idle connections for 65 s (scripts/next-cluster.mjs). This client is busy for 7 s between
 * two requests on one connection, as that one was.
 */
test("a keep-alive connection idle for 7 s still answers the next request", async ({ baseURL }) => {
  test.setTimeout(30_000);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set<unknown>();
  const get = () =>
    new Promise<number>((resolve, reject) => {
      const request = http.get(new URL("/robots.txt", baseURL), { agent }, (response) => {
        sockets.add(response.socket);
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      });
      request.on("error", reject);
    });
  try {
    expect(await get()).toBe(200);
    // Blocks this worker's event loop on purpose: a FIN the server sends meanwhile is not seen
    // before the next request is written, exactly as with a busy test runner.
    const until = Date.now() + 7_000;
    while (Date.now() < until);
    expect(await get()).toBe(200);
    expect(sockets.size).toBe(1);
  } finally {
    agent.destroy();
  }
});
