/**
 * Turns a pasted HTML fragment into the Markdown-ish text the line reader understands:
 * <li> → "- item", <h2> → "## heading", <strong> → "**bold**", block tags → line breaks.
 * A hand-written scanner rather than regexes: every index only moves forward (the "<" and ">"
 * look-ups are cached), so hostile input such as a megabyte of "<<<<" stays linear.
 */
import { decodeEntities } from "./decode-entities";

const blockTags = new Set([
  "p", "div", "br", "ul", "ol", "section", "article", "header", "footer", "main", "aside", "nav",
  "table", "tr", "blockquote", "hr", "dl", "dd", "dt", "tbody", "thead", "figure", "form", "pre",
]);
const skippedTags = new Set(["script", "style", "noscript", "template", "svg", "head", "iframe", "object"]);
const maxTagName = 20;

export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|ul|ol|li|h[1-6]|strong|b|span|section|article|table|em|a)(?:[\s>/])/i.test(
    text.slice(0, 20_000),
  );
}

function isTagNameChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let pendingBullet = false;
  let lowered: string | null = null;
  let gt = -2;

  const emitText = (raw: string) => {
    const text = decodeEntities(raw.replace(/\s+/g, " "));
    if (text.trim() === "") {
      if (text !== "" && !pendingBullet) out.push(" ");
      return;
    }
    if (pendingBullet) {
      out.push("- ");
      pendingBullet = false;
    }
    out.push(text);
  };
  const breakLine = () => {
    if (!pendingBullet) out.push("\n");
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      emitText(html.slice(i));
      break;
    }
    emitText(html.slice(i, lt));
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    let j = lt + 1;
    const closing = html[j] === "/";
    if (closing) j++;
    const nameStart = j;
    while (j - nameStart < maxTagName && isTagNameChar(html[j])) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const declaration = !closing && html[lt + 1] === "!";
    if ((name === "" || !/^[a-z]/.test(name)) && !declaration) {
      emitText("<");
      i = lt + 1;
      continue;
    }
    if (gt !== -1 && gt < lt) gt = html.indexOf(">", lt);
    if (gt === -1) {
      emitText(html.slice(lt));
      break;
    }
    i = gt + 1;
    if (declaration) continue;

    if (skippedTags.has(name) && !closing) {
      lowered ??= html.toLowerCase();
      const end = lowered.indexOf(`</${name}`, i);
      i = end === -1 ? html.length : end;
      continue;
    }
    if (name === "li") {
      out.push("\n");
      pendingBullet = !closing;
    } else if (/^h[1-6]$/.test(name)) {
      pendingBullet = false;
      out.push(closing ? "\n" : `\n${"#".repeat(Number(name[1]))} `);
    } else if (name === "strong" || name === "b") {
      out.push("**");
    } else if (name === "td" || name === "th") {
      out.push(" ");
    } else if (blockTags.has(name)) {
      breakLine();
    }
  }
  return out.join("");
}
