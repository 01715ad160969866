/**
 * A deliberately tiny YAML front-matter reader. Careers sites keep postings as Markdown with a flat
 * header (title, location, type, department); anything fancier than `key: value`, inline `[a, b]`
 * lists and `- item` lists under a key is ignored rather than guessed at, so no YAML library is needed
 * (and no YAML features such as anchors or custom tags can be abused).
 */

export type FrontMatter = Record<string, string[]>;

export interface SplitFrontMatter {
  frontMatter: FrontMatter;
  body: string;
}

const maxFrontMatterLines = 200;

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1).trim();
  }
  return v;
}

function values(raw: string): string[] {
  const v = raw.trim();
  if (v.startsWith("[") && v.endsWith("]")) {
    return v.slice(1, -1).split(",").map(unquote).filter((x) => x !== "");
  }
  const comment = v.search(/\s#/);
  const single = unquote(comment === -1 ? v : v.slice(0, comment));
  return single === "" ? [] : [single];
}

/** Keys are lower-cased with "-" and spaces as "_", so "Employment-Type" reads as employment_type. */
function normaliseKey(key: string): string {
  return key.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

export function splitFrontMatter(text: string): SplitFrontMatter {
  const none = { frontMatter: {}, body: text };
  if (!/^---[ \t]*\r?\n/.test(text)) return none;
  const lines = text.split("\n", maxFrontMatterLines + 2);
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*\r?$/.test(l));
  if (end === -1) return none;

  const frontMatter: FrontMatter = {};
  let listKey: string | null = null;
  for (const line of lines.slice(1, end)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && listKey !== null) {
      const v = unquote(item[1] ?? "");
      if (v !== "") (frontMatter[listKey] ??= []).push(v);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0 || /^\s/.test(line)) {
      listKey = null;
      continue;
    }
    const key = normaliseKey(line.slice(0, colon));
    const vals = values(line.slice(colon + 1));
    frontMatter[key] = vals;
    listKey = vals.length === 0 ? key : null;
  }
  for (const key of Object.keys(frontMatter)) {
    if (frontMatter[key]?.length === 0) delete frontMatter[key];
  }
  const offset = lines.slice(0, end + 1).reduce((n, l) => n + l.length + 1, 0);
  return { frontMatter, body: text.slice(offset) };
}

/** First value under any of the keys, e.g. firstValue(fm, "type", "employment_type"). */
export function frontMatterValues(frontMatter: FrontMatter, ...keys: string[]): string[] {
  for (const key of keys) {
    const v = frontMatter[key];
    if (v && v.length > 0) return v;
  }
  return [];
}
