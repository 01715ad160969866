import { describe, it, expect } from "vitest";
import { normaliseInput, stripInlineMarkdown } from "./normalise-input";

function shape(text: string): string[] {
  return normaliseInput(text)
    .lines.filter((l) => l.kind !== "blank")
    .map((l) => `${l.kind}:${l.text}`);
}

describe("normaliseInput", () => {
  it.each([
    ["plain lines", "Title\nSummary\nSome text", ["text:Title", "text:Summary", "text:Some text"]],
    ["markdown headings", "# Title\n## What you'll do ##", ["heading:Title", "heading:What you'll do"]],
    ["bold pseudo-heading", "**Requirements:**\n**Location:** Leeds", ["heading:Requirements:", "text:Location: Leeds"]],
    ["bullet styles", "- a\n* b\n• c\n1. d\n2) e\n–  f", ["bullet:a", "bullet:b", "bullet:c", "bullet:d", "bullet:e", "bullet:f"]],
    ["wrapped bullet continues", "- Build systems that\n  scale well\n- Next", ["bullet:Build systems that scale well", "bullet:Next"]],
    ["lower-case continuation", "- Build systems that\nscale well", ["bullet:Build systems that scale well"]],
    ["new sentence after bullet is text", "- Done.\nBenefits", ["bullet:Done.", "text:Benefits"]],
    ["setext heading", "Perks\n-----\n- x", ["heading:Perks", "bullet:x"]],
    ["horizontal rule", "a\n\n***\n\nb", ["text:a", "text:b"]],
    ["CRLF and nbsp", "Title\r\nSalary:\u00a0$1k\r\n", ["text:Title", "text:Salary: $1k"]],
    ["html", "<h1>T</h1><ul><li>x</li></ul>", ["heading:T", "bullet:x"]],
    ["front matter removed", "---\ntitle: T\n---\nBody", ["text:Body"]],
    ["lone bullet char dropped", "•\n-\nx", ["text:x"]],
    ["3.5% is not a numbered item", "3.5% match", ["text:3.5% match"]],
  ])("%s", (_name, text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  it("returns the front matter", () => {
    expect(normaliseInput("---\ntype: Contract\n---\nx").frontMatter).toEqual({ type: ["Contract"] });
  });
});

describe("stripInlineMarkdown", () => {
  it.each([
    ["**bold** and `code`", "bold and code"],
    ["[Apply here](https://example.com) now", "Apply here now"],
    ["![logo](https://x/y.png)Text", "Text"],
    ["snake_case and dunder__names stay", "snake_case and dunder__names stay"],
    ["__Perks__", "Perks"],
    ["C\\# and 1\\. escaped", "C# and 1. escaped"],
  ])("%s", (input, expected) => {
    expect(stripInlineMarkdown(input)).toBe(expected);
  });
});
