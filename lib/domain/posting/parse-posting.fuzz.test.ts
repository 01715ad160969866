import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePosting } from "./parse-posting";

/**
 * Mutation fuzzing seeded from real postings: the parser's own fixtures, the seed job, and the
 * shared fixtures when the shared folder sits beside the repository. Broken real postings reach
 * deeper code paths than random strings do. Property: parsePosting returns, never throws, and
 * finishes within a time limit that only pathological (super-linear) behaviour could exceed.
 */
const repoRoot = path.resolve(import.meta.dirname, "../../..");
const corpusDirs = [path.join(import.meta.dirname, "fixtures"), path.join(repoRoot, "db/seed/postings"), path.join(repoRoot, "../shared/fixtures/postings")];
const seeds = corpusDirs
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir).filter((name) => /\.(txt|md|html)$/.test(name)).map((name) => readFileSync(path.join(dir, name), "utf8")));

/** Per input; the largest mutated input is a few hundred KB, which linear code parses in far less. */
const LIMIT_MS = 1_000;

type Mutation = (text: string) => string;

const position = (of: { length: number }, fraction: number) => Math.floor(fraction * of.length);
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const lines = (text: string) => text.split("\n");

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((f) => (text: string) => text.slice(0, position(text, f))),
  fc.tuple(fraction, fraction).map(([a, b]) => (text: string) => text.slice(0, position(text, Math.min(a, b))) + text.slice(position(text, Math.max(a, b)))),
  fc.tuple(fraction, fc.string({ unit: "grapheme", maxLength: 60 })).map(([f, s]) => (text: string) => text.slice(0, position(text, f)) + s + text.slice(position(text, f))),
  fc.tuple(fraction, fc.string({ unit: "binary", maxLength: 20 })).map(([f, s]) => (text: string) => text.slice(0, position(text, f)) + s + text.slice(position(text, f) + s.length)),
  fc.tuple(fraction, fraction, fc.integer({ min: 2, max: 200 })).map(([a, b, times]) => (text: string) => {
    const from = position(text, Math.min(a, b));
    const to = Math.min(position(text, Math.max(a, b)), from + 2_000);
    return text.slice(0, to) + text.slice(from, to).repeat(times) + text.slice(to);
  }),
  fc.tuple(fraction, fraction).map(([a, b]) => (text: string) => {
    const all = lines(text);
    const i = position(all, a);
    const j = position(all, b);
    [all[i], all[j]] = [all[j] ?? "", all[i] ?? ""];
    return all.join("\n");
  }),
  fc.constantFrom<Mutation>(
    (text) => text.replaceAll("\n", "\r"),
    (text) => text.replaceAll("\n", ""),
    (text) => text.replaceAll(" ", "\u00a0"),
    (text) => text.toUpperCase(),
    (text) => lines(text).map((l) => `- ${l}`).join("\n"),
    (text) => lines(text).map((l) => `<p>${l}`).join(""),
    (text) => `<div>${"<div>".repeat(5_000)}${text}`,
    (text) => text.replace(/[.,]/g, "$1k – "),
    (text) => text + "\n".repeat(10_000),
    (text) => lines(text).reverse().join("\n"),
  ),
);

const mutatedPosting = fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([seed, steps]) => steps.reduce((text, step) => step(text), seed));

function parsesInTime(text: string, limitMs = LIMIT_MS): void {
  const started = performance.now();
  const { posting, warnings } = parsePosting(text);
  const elapsed = performance.now() - started;
  expect(typeof posting.title).toBe("string");
  expect(Array.isArray(warnings)).toBe(true);
  expect(elapsed, `parsed ${text.length} characters in ${elapsed.toFixed(0)} ms`).toBeLessThan(limitMs);
}

describe("parsePosting on mutated real postings", () => {
  it("has a corpus to mutate", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(10);
  });

  it("never throws and finishes in time on 1–4 mutations of a real posting", () => {
    fc.assert(fc.property(mutatedPosting, (text) => parsesInTime(text)), { numRuns: 250, seed: Number(process.env.FUZZ_SEED ?? 20261128) });
  });

  it("never throws on every posting truncated at every 1/50th", () => {
    for (const seed of seeds) for (let i = 1; i < 50; i++) parsesInTime(seed.slice(0, Math.floor((i / 50) * seed.length)));
  });

  it("finishes in time on every posting repeated to about 1 MB", () => {
    // Linear code takes a few hundred ms here; the bound is for super-linear blow-ups on a busy machine.
    for (const seed of seeds) parsesInTime(seed.repeat(Math.ceil(1_000_000 / seed.length)), 2 * LIMIT_MS);
  });
});
