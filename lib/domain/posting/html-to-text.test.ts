import { describe, it, expect } from "vitest";
import { htmlToText, looksLikeHtml } from "./html-to-text";

function lines(html: string): string[] {
  return htmlToText(html)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

describe("htmlToText", () => {
  it.each([
    ["<p>Hello <em>world</em></p>", ["Hello world"]],
    ["<h2>What you&rsquo;ll do</h2><ul><li>Ship</li><li>Review</li></ul>", ["## What you’ll do", "- Ship", "- Review"]],
    ["<ul><li><p>Wrapped in a paragraph</p></li></ul>", ["- Wrapped in a paragraph"]],
    ["<p><strong>Benefits</strong></p>", ["**Benefits**"]],
    ["<p><b>Salary:</b> $100k&#8211;$120k</p>", ["**Salary:** $100k–$120k"]],
    ["a<br>b<br/>c", ["a", "b", "c"]],
    ["<script>alert('<li>x</li>')</script><p>safe</p>", ["safe"]],
    ["<!-- hidden <li>no</li> --><p>shown</p>", ["shown"]],
    ["3 < 5 and 6 > 2", ["3 < 5 and 6 > 2"]],
    ["<<<<", ["<<<<"]],
    ["<p>unclosed <b", ["unclosed <b"]],
    ["<!DOCTYPE html><html><body><h1>Title</h1></body></html>", ["# Title"]],
    ["<p>line\n  wrapped\n text</p>", ["line wrapped text"]],
    ["<ol><li>One<ul><li>Nested</li></ul></li></ol>", ["- One", "- Nested"]],
  ])("%s", (html, expected) => {
    expect(lines(html)).toEqual(expected);
  });
});

describe("looksLikeHtml", () => {
  it.each([
    ["<p>Hi</p>", true],
    ["<ul>\n<li>x</li></ul>", true],
    ["Salary < $100k", false],
    ["Use <b> for bold", true],
    ["plain text", false],
    ["a <link> b", false],
  ])("%s", (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
