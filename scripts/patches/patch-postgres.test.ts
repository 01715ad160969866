import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

/**
 * The guard from patches/postgres+3.4.9.patch is in place in both builds of postgres.js that Node loads
 * (ESM for `import`, CommonJS for `require`): terminating a reserved connection's backend under
 * queries no longer kills the process.
 */
const repro = path.join(import.meta.dirname, "postgres-repro.cjs");

describe("postgres.js write-after-close guard", () => {
  it.each(["cjs", "esm"])("survives a terminated backend with queries in flight (%s)", (mode) => {
    const result = spawnSync(process.execPath, [repro, inject("testAdminUrl"), mode], { encoding: "utf8", timeout: 15_000 });
    expect(result.stderr).not.toMatch(/Cannot read properties of null/);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^survived/);
  });
});
