import fc from "fast-check";
import { describe, it, expect } from "vitest";
import { parsePosting } from "./parse-posting";
import type { ParsedPosting } from "./posting-types";

const postingLine = fc.constantFrom(
  "Backend Software Engineer", "175k – 280kSan Francisco, CABellevue, WANew York, NYBackend EngineeringOnsite",
  "Responsibilities", "## What you'll do", "**Requirements:**", "- Ship things", "• Own the roadmap", "1. Lead",
  "Nice to have", "Benefits", "Skills", "PythonKubernetesGCPRESTWebSocketsgRPC", "Location: Remote (US)",
  "Salary: $150,000 - $200,000", "£450–550 a day", "€60.000 – €80.000", "<li>item</li>", "<h2>Perks</h2>",
  "---", "title: x", "Acme | Berlin | Go developer | €70–90k", "", "   ", "-", "*", "**", "<", "&amp;", "$", "k – ",
);
const postingLike = fc.array(fc.oneof(postingLine, fc.string({ maxLength: 40 })), { maxLength: 40 }).map((l) => l.join("\n"));

function listsOf(p: ParsedPosting): string[][] {
  return [p.locations, p.responsibilities, p.requiredQualifications, p.preferredQualifications, p.benefits, p.skills];
}

function checkShape(text: string): void {
  const { posting, warnings } = parsePosting(text);
  for (const list of listsOf(posting)) {
    for (const item of list) {
      expect(item.trim()).toBe(item);
      expect(item).not.toBe("");
    }
  }
  expect(posting.title.trim()).toBe(posting.title);
  if (posting.compensation) {
    expect(Number.isInteger(posting.compensation.min)).toBe(true);
    expect(posting.compensation.min).toBeLessThanOrEqual(posting.compensation.max);
  }
  expect(Array.isArray(warnings)).toBe(true);
}

describe("parsePosting properties", () => {
  it("never throws and keeps list items non-empty and trimmed, on any string", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), checkShape), { numRuns: 300 });
  });

  it("holds on full-unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), checkShape), { numRuns: 200 });
  });

  it("holds on mixes of posting-like lines", () => {
    fc.assert(fc.property(postingLike, checkShape), { numRuns: 300 });
  });

  it("holds with front matter and HTML wrappers", () => {
    const wrapped = fc.tuple(postingLike, fc.boolean()).map(([body, html]) =>
      html ? `<div>${body.split("\n").map((l) => `<p>${l}</p>`).join("")}</div>` : `---\ntitle: T\nlocation: Berlin\n---\n${body}`,
    );
    fc.assert(fc.property(wrapped, checkShape), { numRuns: 200 });
  });
});

const megabyte = 1024 * 1024;
const repeat = (unit: string) => unit.repeat(Math.ceil(megabyte / unit.length)).slice(0, megabyte);
function numbered(line: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < megabyte; i++) {
    parts.push(line(i));
    size += parts[i]?.length ?? 0;
  }
  return parts.join("");
}

describe("parsePosting on 1 MB adversarial input", () => {
  // A bound against catastrophic backtracking, not a benchmark: linear code finishes in well under it.
  it.each([
    ["$1", repeat("$1")],
    ["dashes", repeat("-")],
    ["<", repeat("<")],
    ["k – ", repeat("k – ")],
    ["one long line of words", repeat("Senior engineer San Francisco, CA remote ")],
    ["nested tags", repeat("<<<<div ")],
    ["unclosed entities", repeat("&#1234")],
    ["digits and separators", repeat("1,000.")],
    ["commas and state codes", repeat(", CA")],
    ["bold markers", repeat("**")],
    ["link brackets", repeat("[a](")],
    ["many short lines", repeat("Responsibilities\n- $1 – 2k\n")],
    ["skills section of glued words", `Skills\n${repeat("PythonKubernetes")}`],
    ["front matter", `---\n${repeat("k: v\n")}`],
    ["spaces then text", `${" ".repeat(megabyte)}x`],
    ["HTML list", repeat("<li>Ship &amp; <b>own</b></li>")],
    ["distinct metadata-like lines", numbered((i) => `Item ${i}: Remote (US) $${i}k\n`)],
    ["distinct bullets", numbered((i) => `- Experience with thing ${i} is a plus\n`)],
  ])("%s", (_name, input) => {
    const started = performance.now();
    const result = parsePosting(input);
    const elapsed = performance.now() - started;
    expect(result.posting).toBeDefined();
    expect(elapsed).toBeLessThan(1000);
  });
});
