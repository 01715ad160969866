import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it.each([
    ["Backend Software Engineer", "backend-software-engineer"],
    ["  Senior Go développeur (m/w/d) ", "senior-go-developpeur-m-w-d"],
    ["C++ / Rust Engineer", "c-rust-engineer"],
    ["!!!", "job"],
    ["", "job"],
  ])("%j → %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("never ends on a hyphen when cut to length", () => {
    expect(slugify("a".repeat(59) + " b", 60)).toBe("a".repeat(59));
  });
});

describe("uniqueSlug", () => {
  it("adds the first free number", () => {
    expect(uniqueSlug("job", new Set())).toBe("job");
    expect(uniqueSlug("job", new Set(["job", "job-2"]))).toBe("job-3");
  });
});
