import { describe, expect, it } from "vitest";
import { sentenceStrength } from "./sentence-strength";
import { findMentions } from "./term-matcher";
import { stuffedResume } from "./fixtures/seed-posting";

function strengthOf(sentence: string): string {
  const s = sentenceStrength(sentence, findMentions(sentence));
  return s.strength === "strong" ? "strong" : s.weakness;
}

describe("sentenceStrength", () => {
  it.each([
    // Work described: an action with something around it, or numbers that are not years.
    ["Built a Go service on Kubernetes serving 20k requests per second.", "strong"],
    ["Designed the sharding scheme for our PostgreSQL cluster (12 shards, 4 TB), with Redis caching in front.", "strong"],
    ["Led the move of 30 services to Kubernetes.", "strong"],
    ["Served in a 6-person on-call rotation for the payments API.", "strong"],
    ["BLS and ACLS certified (AHA, exp. 2026)", "strong"],
    ["Cared for 4 ICU patients per shift on a 24-bed unit.", "strong"],
    // Lists, however they are dressed.
    ["Skills: Go, Python, Kubernetes", "skills-list"],
    ["Tech stack: Kubernetes", "skills-list"],
    ["Go, Python, Kubernetes, PostgreSQL", "skills-list"],
    ["Python 3, Go 1.21, Java 17", "skills-list"],
    ["Built Python Go Java Kubernetes PostgreSQL systems", "skills-list"],
    [stuffedResume, "many-skills"],
    // Claims without any work behind them.
    ["Experienced in Kubernetes and Go.", "no-context"],
    ["10+ years of Python", "no-context"],
    ["Kubernetes", "no-context"],
    ["Built Kubernetes.", "no-context"],
    ["Passionate about CRDTs and their history", "no-context"],
    ["Passionate about CRDTs and distributed systems", "skills-list"],
  ])("%j → %s", (sentence, expected) => {
    expect(strengthOf(sentence)).toBe(expected);
  });
});
