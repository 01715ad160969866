import { describe, expect, it } from "vitest";
import { isGenericSkill, skills, undefinedBroaderConcepts } from "./skills-vocabulary";

describe("skills vocabulary", () => {
  it("defines every concept a skill counts for", () => {
    expect(undefinedBroaderConcepts()).toEqual([]);
  });

  it("never gives one spelling to two skills", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const skill of skills.values()) {
      for (const a of skill.aliases) {
        const key = `${a.caseSensitive ? "=" : ""}${a.key}`;
        const prev = owner.get(key);
        if (prev !== undefined && prev !== skill.name) clashes.push(`${key}: ${prev} / ${skill.name}`);
        owner.set(key, skill.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ["GKE", ["GKE", "Kubernetes", "GCP", "cloud"]],
    ["PostgreSQL", ["PostgreSQL", "relational databases", "databases", "SQL"]],
    ["Redis", ["Redis", "NoSQL", "databases", "caching"]],
    ["Kafka", ["Kafka", "stream processing", "async processing"]],
    ["Go", ["Go", "programming language"]],
  ])("%s counts for %j", (name, expected) => {
    expect([...(skills.get(name)?.countsFor ?? [])].sort()).toEqual([...expected].sort());
  });

  it.each([
    ["databases", true],
    ["scalability", true],
    ["Kubernetes", false],
  ])("%s generic: %s", (name, expected) => {
    expect(isGenericSkill(name)).toBe(expected);
  });
});
