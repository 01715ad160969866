import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";

const root = path.join(__dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const cli = path.join(root, "scripts", "posting-parse.ts");
const seedFile = path.join(root, "db", "seed", "postings", "backend-software-engineer.txt");
const expected: unknown = JSON.parse(
  readFileSync(path.join(root, "lib", "domain", "posting", "fixtures", "backend-software-engineer.expected.json"), "utf8"),
);

function run(args: string[], input?: string) {
  return spawnSync(tsx, [cli, ...args], { cwd: root, input, encoding: "utf8", timeout: 30_000 });
}

describe("posting-parse CLI", () => {
  it("prints the seed posting as JSON with warnings", () => {
    const r = run([seedFile]);
    expect(r.status).toBe(0);
    const { warnings, ...posting } = JSON.parse(r.stdout) as { warnings: string[] };
    expect(posting).toEqual(expected);
    expect(warnings).toContain("currency assumed USD from US locations");
    expect(r.stdout).toMatch(/^\{\n {2}"title": "Backend Software Engineer",/);
  });

  it("reads stdin when given -", () => {
    const r = run(["-"], readFileSync(seedFile, "utf8"));
    expect(r.status).toBe(0);
    const { warnings: _warnings, ...posting } = JSON.parse(r.stdout) as { warnings: string[] };
    expect(posting).toEqual(expected);
  });

  it.each([
    ["a missing file", ["no-such-posting.txt"], /cannot read no-such-posting\.txt \(ENOENT\)/],
    ["no argument", [], /usage: /],
  ])("exits 2 with a message on stderr for %s", (_name, args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
});
