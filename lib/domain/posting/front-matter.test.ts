import { describe, it, expect } from "vitest";
import { splitFrontMatter, frontMatterValues } from "./front-matter";

describe("splitFrontMatter", () => {
  it.each([
    ["no front matter", "# Title\nBody", {}, "# Title\nBody"],
    ["flat keys", "---\ntitle: Data Scientist\nlocation: \"Austin, TX\"\n---\nBody", { title: ["Data Scientist"], location: ["Austin, TX"] }, "Body"],
    ["inline list", "---\nlocations: [Berlin, 'Remote (EU)']\n---\n", { locations: ["Berlin", "Remote (EU)"] }, ""],
    ["block list", "---\nlocations:\n  - Leeds\n  - York\ntype: Full-time\n---\nx", { locations: ["Leeds", "York"], type: ["Full-time"] }, "x"],
    ["key normalisation and comments", "---\nEmployment-Type: Contract # six months\n# note\n---\nx", { employment_type: ["Contract"] }, "x"],
    ["CRLF", "---\r\ntitle: Nurse\r\n---\r\nBody", { title: ["Nurse"] }, "Body"],
    ["unterminated is not front matter", "---\ntitle: x\nno end", {}, "---\ntitle: x\nno end"],
    ["a horizontal rule later is not front matter", "Intro\n---\ntitle: x\n---", {}, "Intro\n---\ntitle: x\n---"],
    ["nested maps are skipped", "---\nmeta:\n  a: 1\ntitle: T\n---\n", { title: ["T"] }, ""],
  ])("%s", (_name, text, fm, body) => {
    const r = splitFrontMatter(text);
    expect(r.frontMatter).toEqual(fm);
    expect(r.body.replace(/\r/g, "")).toBe(body.replace(/\r/g, ""));
  });

  it("frontMatterValues takes the first key present", () => {
    expect(frontMatterValues({ type: [], employment_type: ["Contract"] }, "type", "employment_type")).toEqual(["Contract"]);
    expect(frontMatterValues({}, "type")).toEqual([]);
  });
});
