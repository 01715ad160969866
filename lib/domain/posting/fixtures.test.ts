// The parser stays free of I/O; only this test touches the disk, to read the fixture files.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { parsePosting } from "./parse-posting";

const fixtures = path.join(__dirname, "fixtures");
const seed = path.join(__dirname, "..", "..", "..", "db", "seed", "postings");

/** Each fixture is <name>.txt|.md|.html beside a hand-written <name>.expected.json. */
function sourceOf(name: string): string {
  for (const ext of [".txt", ".md", ".html"]) {
    for (const dir of [fixtures, seed]) {
      const file = path.join(dir, name + ext);
      try {
        return readFileSync(file, "utf8");
      } catch {
        // not in this folder with this extension
      }
    }
  }
  throw new Error(`no source for fixture ${name}`);
}

const names = readdirSync(fixtures)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.slice(0, -".expected.json".length))
  .sort();

describe("posting fixtures", () => {
  it("has the seed posting and at least twelve more", () => {
    expect(names).toContain("backend-software-engineer");
    expect(names.length).toBeGreaterThanOrEqual(13);
  });

  it.each(names)("%s", (name) => {
    const expected: unknown = JSON.parse(readFileSync(path.join(fixtures, `${name}.expected.json`), "utf8"));
    expect(parsePosting(sourceOf(name)).posting).toEqual(expected);
  });
});
