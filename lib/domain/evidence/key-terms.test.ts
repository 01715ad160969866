import { describe, expect, it } from "vitest";
import { coverageRule, keyTermsOf, wordKey } from "./key-terms";
import { seedQualifications } from "./fixtures/seed-posting";

function textOf(id: string): string {
  return seedQualifications.find((q) => q.id === id)?.text ?? "";
}

describe("keyTermsOf", () => {
  it.each([
    ["r1", ["programming language"]],
    ["r2", ["distributed systems", "fault tolerance", "consistency", "scalability"]],
    ["r3", ["scalability", "caching", "sharding", "databases", "async processing", "shared-nothing"]],
    ["r4", ["databases", "schema design", "query tuning", "data modeling", "relational databases", "NoSQL"]],
    ["r5", ["networking", "REST", "WebSockets", "gRPC", "HTTP"]],
    ["r6", ["Kubernetes"]],
    ["r7", ["reliability engineering", "on-call"]],
    ["r8", ["software design", "CRDTs", "real-time systems", "database internals"]],
    ["p1", ["payments", "search", "real-time media"]],
    ["p2", ["Python", "scalability"]],
    ["p3", ["GCP"]],
  ])("seed qualification %s → %j", (id, expected) => {
    expect(keyTermsOf(textOf(id)).map((t) => t.name)).toEqual(expected);
  });

  it.each([
    ["Experience with CRRT or ECMO.", ["crrt", "ecmo"]],
    ["Excellent written and verbal communication.", ["written", "verbal", "communication"]],
    ["5+ years of applied data science experience.", ["applied", "data", "science"]],
    ["Strong, solid, proven experience.", []],
    ["", []],
  ])("falls back to meaningful words: %j → %j", (text, expected) => {
    expect(keyTermsOf(text).map((t) => t.name)).toEqual(expected);
  });

  it("marks vocabulary terms and plain words apart", () => {
    expect(keyTermsOf("Deep Python expertise: scalable code.")).toEqual([
      { name: "Python", source: "vocabulary", generic: false },
      { name: "scalability", source: "vocabulary", generic: true },
    ]);
    expect(keyTermsOf("Forklift driving")[0]?.source).toBe("vocabulary");
    expect(keyTermsOf("Bilingual Spanish")[0]).toEqual({ name: "bilingual", source: "word", generic: false });
  });
});

describe("coverageRule", () => {
  it.each([
    // One-of wording: "at least one", "e.g.", "or", and a menu of parenthesised areas.
    ["r1", ["programming language"], 1],
    ["r8", ["software design", "CRDTs", "real-time systems", "database internals"], 1],
    ["p1", ["payments", "search", "real-time media"], 1],
    // All-of lists ask for most of their specific terms, never more than three.
    ["r2", ["distributed systems", "fault tolerance", "consistency"], 2],
    ["r3", ["caching", "sharding", "async processing", "shared-nothing"], 3],
    ["r5", ["networking", "REST", "WebSockets", "gRPC", "HTTP"], 3],
    ["r7", ["reliability engineering", "on-call"], 2],
    // A generic concept never decides beside a specific one: "scalable" does not stand in for Python.
    ["p2", ["Python"], 1],
    ["r6", ["Kubernetes"], 1],
  ])("%s counts %j and needs %d", (id, counted, needed) => {
    const rule = coverageRule(textOf(id), keyTermsOf(textOf(id)));
    expect(rule.counted.map((t) => t.name)).toEqual(counted);
    expect(rule.needed).toBe(needed);
  });

  it("needs nothing when there are no terms", () => {
    expect(coverageRule("", [])).toEqual({ counted: [], needed: 0 });
  });
});

describe("wordKey", () => {
  it.each([
    ["Ledgers", "ledger"],
    ["nurse's", "nurse"],
    ["business", "business"],
    ["bus", "bus"],
  ])("%s → %s", (word, expected) => {
    expect(wordKey(word)).toBe(expected);
  });
});
