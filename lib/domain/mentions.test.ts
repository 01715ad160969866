import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMentions, type MentionableUser } from "./mentions";

const users: MentionableUser[] = [
  { id: "rita", name: "Rita Recruiter", email: "recruiter@sesame.example" },
  { id: "hank", name: "Hank Manager", email: "hank.m@sesame.example" },
  { id: "ann", name: "Ann", email: "ann@sesame.example" },
  { id: "ann-lee", name: "Ann Lee", email: "alee@sesame.example" },
  { id: "sam1", name: "Sam One", email: "sam@a.example" },
  { id: "sam2", name: "Sam Two", email: "sam@b.example" },
];

describe("parseMentions", () => {
  it.each([
    ["@Rita Recruiter please look", ["rita"], []],
    ["cc @rita recruiter.", ["rita"], []],
    ["@recruiter and @hank.m", ["rita", "hank"], []],
    ["(@Hank Manager)", ["hank"], []],
    ["@Ann Lee and @Ann", ["ann-lee", "ann"], []],
    ["@Annabel", [], ["@Annabel"]],
    ["@Rita Recruiter twice @recruiter", ["rita"], []],
    ["write to ada@example.org", [], []],
    ["@sam is ambiguous", [], ["@sam"]],
    ["@Sam One is not", ["sam1"], []],
    ["@ nothing", [], []],
    ["@nobody and @nobody", [], ["@nobody"]],
    ["line\n@hank.m\nnext", ["hank"], []],
  ])("%j", (body, userIds, unresolved) => {
    expect(parseMentions(body, users)).toEqual({ userIds, unresolved });
  });

  it("never throws and stays fast on large hostile input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (body) => {
        const result = parseMentions(body, users);
        expect(result.userIds.every((id) => users.some((u) => u.id === id))).toBe(true);
      }),
    );
    const started = performance.now();
    parseMentions("@".repeat(20_000) + "@Rita Recruiter ".repeat(2_000), users);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
