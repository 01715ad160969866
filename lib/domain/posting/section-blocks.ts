/**
 * Groups normalised lines into blocks, one per section, in document order. A line opens a section
 * when it is a marked heading (Markdown, HTML, bold) or a short line that names a known section
 * ("Responsibilities", "What you'll bring:"); "Requirements: 3+ years…" opens one and carries content.
 */
import type { PostingLine } from "./normalise-input";
import { classifyHeading, endsWithArrow, splitLabelledLine, type SectionKind } from "./sections";

export type BlockKind = SectionKind | "header";

export interface Block {
  kind: BlockKind;
  /** The heading text, for meta sections ("Location", "Compensation"). */
  heading: string;
  lines: PostingLine[];
}

const chromeOpener = /^(?:similar|more|related|other|people also|jobs you)/i;

export function splitBlocks(lines: PostingLine[]): Block[] {
  const blocks: Block[] = [{ kind: "header", heading: "", lines: [] }];
  const open = (kind: BlockKind, heading: string) => blocks.push({ kind, heading, lines: [] });

  for (const line of lines) {
    const current = blocks[blocks.length - 1] as Block;
    if (line.kind === "blank") {
      current.lines.push(line);
      continue;
    }
    if (line.kind === "heading") {
      // The first marked heading of the page is usually the job title, not a section.
      const untitled = blocks.length === 1 && !current.lines.some((l) => l.kind !== "blank");
      if (untitled && classifyHeading(line.text, false) === null) current.lines.push({ kind: "text", text: line.text });
      else open(classifyHeading(line.text, true) ?? "ignored", line.text);
      continue;
    }
    const kind = classifyHeading(line.text, false);
    if (kind === "chrome" || endsWithArrow(line.text)) {
      // "Similar roles…" starts a list of other jobs; "Apply now" or "… →" is a lone button.
      if (current.kind !== "chrome" && chromeOpener.test(line.text)) open("chrome", line.text);
      continue;
    }
    if (line.kind === "text") {
      if (kind !== null) {
        open(kind, line.text);
        continue;
      }
      const labelled = splitLabelledLine(line.text);
      if (labelled && labelled.kind !== "meta") {
        open(labelled.kind, line.text);
        (blocks[blocks.length - 1] as Block).lines.push({ kind: "text", text: labelled.rest });
        continue;
      }
    }
    current.lines.push(line);
  }
  return blocks;
}

/** Paragraphs of a block's text lines: consecutive lines joined, blank lines and bullets separate. */
export function paragraphs(lines: PostingLine[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) out.push(current.join(" "));
    current = [];
  };
  for (const line of lines) {
    if (line.kind === "text") current.push(line.text);
    else flush();
  }
  flush();
  return out;
}
