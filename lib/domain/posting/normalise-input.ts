/**
 * Turns pasted text (plain, Markdown, Markdown with front matter, or an HTML fragment) into one
 * shape: classified lines with bullet markers and Markdown syntax removed. Everything downstream
 * works on these lines, so the input format only matters here.
 */
import { splitFrontMatter, type FrontMatter } from "./front-matter";
import { htmlToText, looksLikeHtml } from "./html-to-text";

export type LineKind = "heading" | "bullet" | "text" | "blank";

export interface PostingLine {
  kind: LineKind;
  text: string;
  /** Markdown heading level (1–6); bold-only pseudo-headings count as level 3. */
  level?: number;
}

export interface NormalisedInput {
  frontMatter: FrontMatter;
  lines: PostingLine[];
}

const bulletChars = new Set(["-", "*", "+", "•", "·", "●", "▪", "◦", "‣", "–", "—", "○", "■", "□", "➢", "►", "▸", "✓", "✔", "→"]);

function cleanSpaces(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f\u2009\u200a\t\f\v]/g, " ")
    .replace(/[\u200b\u200c\u200d\ufeff\u2028\u2029]/g, (c) => (c === "\u2028" || c === "\u2029" ? "\n" : ""));
}

function isRule(t: string, ch: string): boolean {
  if (t.length < 3) return false;
  let marks = 0;
  for (const c of t) {
    if (c === ch) marks++;
    else if (c !== " ") return false;
  }
  return marks >= 3;
}

/** Strips Markdown inline syntax that a recruiter would not type: emphasis, links, code, escapes. */
export function stripInlineMarkdown(t: string): string {
  let s = t;
  if (s.includes("](")) {
    s = s.replace(/!\[[^[\]]{0,200}\]\([^()\s]{1,500}\)/g, "").replace(/\[([^[\]]{1,200})\]\([^()\s]{1,500}\)/g, "$1");
  }
  s = s.replace(/\*\*/g, "").replace(/`/g, "");
  if (s.startsWith("__") || s.includes(" __")) s = s.replace(/__/g, "");
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1");
  return s.replace(/ {2,}/g, " ").trim();
}

function headingOf(t: string): { text: string; level: number } | null {
  let hashes = 0;
  while (hashes < t.length && t[hashes] === "#") hashes++;
  if (hashes >= 1 && hashes <= 6 && (t[hashes] === " " || hashes === t.length)) {
    let end = t.length;
    while (end > hashes && (t[end - 1] === "#" || t[end - 1] === " ")) end--;
    return { text: t.slice(hashes, end), level: hashes };
  }
  // A line that is bold from end to end is a pseudo-heading: "**What you'll do:**".
  for (const mark of ["**", "__"]) {
    if (t.length > 4 && t.startsWith(mark) && (t.endsWith(mark) || t.endsWith(`${mark}:`))) {
      const inner = t.slice(2, t.endsWith(":") ? -3 : -2);
      if (!inner.includes(mark) && inner.trim() !== "") return { text: inner + (t.endsWith(":") ? ":" : ""), level: 3 };
    }
  }
  return null;
}

function bulletOf(t: string): string | null {
  const first = t[0];
  if (first !== undefined && bulletChars.has(first)) {
    const rest = t.slice(1);
    if (rest.startsWith(" ") || ((first === "•" || first === "·" || first === "●") && rest.trim() !== "")) {
      return rest.startsWith("[ ] ") || rest.startsWith("[x] ") ? rest.slice(4) : rest;
    }
    return null;
  }
  const numbered = /^(?:\(?\d{1,3}[.)]|[a-z]\))\s+/.exec(t);
  return numbered ? t.slice(numbered[0].length) : null;
}

function endsSentence(t: string): boolean {
  return /[.!?:;)]$/.test(t);
}

export function normaliseInput(raw: string): NormalisedInput {
  const { frontMatter, body } = splitFrontMatter(cleanSpaces(raw));
  const text = looksLikeHtml(body) ? htmlToText(body) : body;
  const lines: PostingLine[] = [];

  for (const rawLine of text.split("\n")) {
    const t = rawLine.trim();
    const indented = rawLine.length > 0 && rawLine[0] === " ";
    const prev = lines.at(-1);
    if (t === "") {
      lines.push({ kind: "blank", text: "" });
      continue;
    }
    if (isRule(t, "=") || isRule(t, "-") || isRule(t, "*") || isRule(t, "_")) {
      // Setext underline: the line above was a heading.
      if (prev?.kind === "text" && (t.startsWith("=") || t.startsWith("-"))) {
        prev.kind = "heading";
        prev.level = t.startsWith("=") ? 1 : 2;
      } else {
        lines.push({ kind: "blank", text: "" });
      }
      continue;
    }
    if (t.length === 1 && bulletChars.has(t)) continue;
    const heading = headingOf(t);
    if (heading) {
      const h = stripInlineMarkdown(heading.text);
      if (h !== "") lines.push({ kind: "heading", text: h, level: heading.level });
      continue;
    }
    const bullet = bulletOf(t);
    if (bullet !== null) {
      const b = stripInlineMarkdown(bullet);
      if (b !== "") lines.push({ kind: "bullet", text: b });
      continue;
    }
    const plain = stripInlineMarkdown(t);
    if (plain === "") continue;
    // A wrapped bullet continues on an indented line, or on a line that starts mid-sentence.
    if (prev?.kind === "bullet" && (indented || (/^[a-z(]/.test(plain) && !endsSentence(prev.text)))) {
      prev.text = `${prev.text} ${plain}`;
      continue;
    }
    lines.push({ kind: "text", text: plain });
  }
  return { frontMatter, lines };
}
