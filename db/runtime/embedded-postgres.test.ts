import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedCluster } from "./embedded-postgres";
import { findFreePort } from "./free-port";
import { isProcessAlive } from "./processes";

const parent = mkdtempSync(path.join(tmpdir(), "shortlist-runtime-"));
chmodSync(parent, 0o755);
afterAll(() => rmSync(parent, { recursive: true, force: true }));

async function query(url: string, text: string) {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    return await sql.unsafe(text);
  } finally {
    await sql.end();
  }
}

const postmasterPid = (dataDir: string) => Number.parseInt(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]!, 10);

describe("the embedded PostgreSQL after a crash", () => {
  it("starts over a stale postmaster.pid and keeps the data", async () => {
    const dataDir = path.join(parent, "stale");
    const port = await findFreePort();
    const first = await startEmbeddedCluster({ dataDir, port });
    await query(first.adminUrl, "create table survivor (note text); insert into survivor values ('still here')");
    const pidFileText = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8");
    await first.stop();
    // What a kill -9 of the whole process group leaves: the pid file of a process that no longer exists.
    const deadPid = spawnSync("true").pid!;
    writeFileSync(path.join(dataDir, "postmaster.pid"), pidFileText.replace(/^\d+/, String(deadPid)));

    const second = await startEmbeddedCluster({ dataDir, port });
    expect(await query(second.adminUrl, "select note from survivor")).toEqual([{ note: "still here" }]);
    await second.stop();
  });

  it("adopts a server left running by a killed parent, and stops it when asked", async () => {
    const dataDir = path.join(parent, "orphan");
    const port = await findFreePort();
    // One process (node with tsx's loader, not the tsx wrapper), so SIGKILL really kills the parent.
    const child = spawn(process.execPath, ["--import", "tsx", "db/testing/start-cluster-child.ts", dataDir, String(port)], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.on("exit", () => reject(new Error("child exited before the database was ready")));
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));
    const orphan = postmasterPid(dataDir);
    expect(isProcessAlive(orphan)).toBe(true);

    const adopted = await startEmbeddedCluster({ dataDir, port });
    expect(await query(adopted.adminUrl, "select 1 as ok")).toEqual([{ ok: 1 }]);
    expect(postmasterPid(dataDir)).toBe(orphan);
    await adopted.stop();
    expect(isProcessAlive(orphan)).toBe(false);
  });
});

describe("loading the embedded PostgreSQL module", () => {
  it("leaves a process's exit code alone (a test run that failed must not exit 0)", () => {
    const modulePath = path.resolve(import.meta.dirname, "embedded-postgres.ts");
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `await import(${JSON.stringify(modulePath)}); process.exitCode = 3;`], {
      encoding: "utf8",
    });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(3);
  });
});
