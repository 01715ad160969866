/**
 * ts_headline marks matched words with StartSel/StopSel. Its output is candidate text, so it is
 * never rendered as HTML: the markers are control characters that no résumé, name or note keeps
 * (the search query strips them from its input first), and the text is split on them into
 * fragments that the page renders as React text inside <mark> elements.
 */
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_STOP = "\u0002";

export interface HighlightFragment {
  text: string;
  match: boolean;
}

/** The ts_headline options that go with these markers; `extra` adds e.g. MaxFragments. */
export function headlineOptions(extra = ""): string {
  return `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}${extra ? `, ${extra}` : ""}`;
}

/**
 * Splits marked text into fragments. Tolerates anything: a stray or missing marker only ends or
 * starts a highlight, and adjacent fragments of the same kind are merged.
 */
export function parseHighlight(marked: string): HighlightFragment[] {
  const fragments: HighlightFragment[] = [];
  let match = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = fragments.at(-1);
    if (last && last.match === match) last.text += text;
    else fragments.push({ text, match });
    text = "";
  };
  for (const char of marked) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_STOP) {
      flush();
      match = char === HIGHLIGHT_START;
    } else {
      text += char;
    }
  }
  flush();
  return fragments;
}

export function plainFragments(text: string): HighlightFragment[] {
  return text ? [{ text, match: false }] : [];
}

export function hasMatch(fragments: readonly HighlightFragment[]): boolean {
  return fragments.some((fragment) => fragment.match);
}
