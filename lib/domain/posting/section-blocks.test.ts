import { describe, it, expect } from "vitest";
import type { PostingLine } from "./normalise-input";
import { paragraphs, splitBlocks } from "./section-blocks";

const t = (text: string): PostingLine => ({ kind: "text", text });
const b = (text: string): PostingLine => ({ kind: "bullet", text });
const h = (text: string): PostingLine => ({ kind: "heading", text, level: 2 });
const blank: PostingLine = { kind: "blank", text: "" };

describe("splitBlocks", () => {
  it.each<[string, PostingLine[], [string, string[]][]]>([
    [
      "plain headings",
      [t("Title"), t("Responsibilities"), b("Ship"), t("Benefits"), b("PTO")],
      [["header", ["Title"]], ["responsibilities", ["Ship"]], ["benefits", ["PTO"]]],
    ],
    ["marked unknown heading is ignored", [h("About Acme"), t("We sell things.")], [["header", []], ["ignored", ["We sell things."]]]],
    ["labelled line carries content", [t("Skills: Python, SQL")], [["header", []], ["skills", ["Python, SQL"]]]],
    [
      "chrome swallows the rest",
      [t("Benefits"), b("PTO"), t("Similar roles at this salary range"), t("All Backend Engineering jobs →")],
      [["header", []], ["benefits", ["PTO"]], ["chrome", []]],
    ],
    ["empty section stays empty", [t("About the role"), t("Responsibilities"), b("x")], [["header", []], ["role", []], ["responsibilities", ["x"]]]],
  ])("%s", (_name, lines, expected) => {
    const blocks = splitBlocks(lines).map((bl) => [bl.kind, bl.lines.filter((l) => l.kind !== "blank").map((l) => l.text)]);
    expect(blocks).toEqual(expected);
  });
});

describe("paragraphs", () => {
  it("joins wrapped lines and splits on blanks and bullets", () => {
    expect(paragraphs([t("a"), t("b"), blank, t("c"), b("x"), t("d")])).toEqual(["a b", "c", "d"]);
  });
});
