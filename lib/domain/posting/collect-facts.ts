/**
 * Walks the section blocks and gathers raw facts: the title line, what header and metadata lines
 * say, paragraphs and list items per section, and every line that might state the pay. Deciding
 * between competing facts (body vs front matter, base vs OTE) happens in parse-posting.
 */
import type { PayMatch } from "./compensation";
import { findPay } from "./compensation";
import { readHeaderLine } from "./header-line";
import { readLabelledField, readLocationValue, type LabelledField } from "./labelled-fields";
import type { PostingLine } from "./normalise-input";
import { employmentIn, workplaceIn } from "./job-attributes";
import type { EmploymentType, WorkplaceType } from "./posting-types";
import { paragraphs, type Block } from "./section-blocks";
import { mentionsPreferred } from "./sections";
import { hasRoleNoun, looksLikeTitle, pipeSegments } from "./title";

export interface PayCandidate {
  pay: PayMatch;
  line: string;
}

export interface Facts {
  title: string | null;
  locations: string[];
  workplace: WorkplaceType[];
  employment: EmploymentType[];
  departments: string[];
  pay: PayCandidate[];
  summary: string[];
  preamble: string[];
  responsibilities: string[];
  required: string[];
  preferred: string[];
  benefits: string[];
  skillLines: string[];
}

const payWords = /\b(?:salary|pay|compensation|wage|wages|rate|base|ote|on-target|earnings|earn|remuneration|stipend|package|range)\b/i;
const maxHeaderLine = 200;
const maxHeaderLines = 40;

function newFacts(): Facts {
  return {
    title: null, locations: [], workplace: [], employment: [], departments: [], pay: [], summary: [], preamble: [],
    responsibilities: [], required: [], preferred: [], benefits: [], skillLines: [],
  };
}

function addField(facts: Facts, f: LabelledField, line: string): void {
  if (f.field === "location") {
    const v = readLocationValue(f.value);
    facts.locations.push(...v.locations);
    facts.workplace.push(...v.workplace);
  } else if (f.field === "department") facts.departments.unshift(f.value);
  else if (f.field === "employment") {
    const e = employmentIn(f.value);
    if (e) facts.employment.push(e);
  } else if (f.field === "workplace") {
    const w = workplaceIn(f.value) ?? (/^(?:yes|true)$/i.test(f.value) ? "remote" : null);
    if (w) facts.workplace.push(w);
  } else if (f.field === "pay") {
    const pay = findPay(f.value);
    if (pay) facts.pay.push({ pay, line });
  } else if (facts.title === null) facts.title = f.value;
}

function addHeaderLine(facts: Facts, text: string): boolean {
  const h = readHeaderLine(text);
  if (h.pay) facts.pay.push({ pay: h.pay, line: text });
  facts.locations.push(...h.locations);
  facts.workplace.push(...h.workplace);
  facts.employment.push(...h.employment);
  if (h.department) facts.departments.push(h.department);
  return h.pay !== null || h.locations.length + h.workplace.length + h.employment.length > 0 || h.department !== null;
}

/** "Acme | Berlin | Senior Go developer | €70–90k | Hybrid, full-time. We build…" */
function addPipeLine(facts: Facts, segments: string[]): void {
  const titleAt = segments.findIndex(hasRoleNoun);
  if (titleAt !== -1) facts.title = segments[titleAt] ?? null;
  segments.forEach((segment, i) => {
    if (i === titleAt) return;
    const sentences = segment.split(/(?<=[.!?])\s+/);
    const prose: string[] = [];
    for (const sentence of sentences) {
      const h = readHeaderLine(sentence);
      const explained = h.rest.length === 0 && addHeaderLine(facts, sentence);
      if (!explained && /\s/.test(sentence.trim()) && !/^(?:apply|to apply|email|e-mail|send|contact|dm|reach out)\b/i.test(sentence)) {
        prose.push(sentence);
      }
    }
    if (prose.length > 0 && !(i === 0 && titleAt > 0)) facts.preamble.push(prose.join(" "));
  });
}

function listItems(lines: PostingLine[]): string[] {
  const hasBullets = lines.some((l) => l.kind === "bullet");
  // With bullets present, plain lines are intros ("You will:") or outros, not items.
  return lines
    .filter((l) => (hasBullets ? l.kind === "bullet" : l.kind === "text" && !l.text.endsWith(":")))
    .map((l) => l.text.trim())
    .filter((t) => t !== "");
}

const applyInstructions = /^(?:to apply|apply\b|how to apply|interested\?|send (?:your|us)|email us)/i;

function walkHeader(facts: Facts, block: Block): void {
  let titleTried = false;
  let paragraphOpen = false;
  const addProse = (text: string) => {
    if (applyInstructions.test(text)) return;
    const last = facts.preamble.length - 1;
    if (paragraphOpen && last >= 0) facts.preamble[last] = `${facts.preamble[last]} ${text}`;
    else facts.preamble.push(text);
    paragraphOpen = true;
  };
  let seen = 0;
  for (const line of block.lines) {
    if (line.kind !== "text") paragraphOpen = false;
    if (line.kind === "blank") continue;
    const text = line.text;
    // Metadata sits in the first lines under the title; past that, a headerless paste is prose.
    if (++seen > maxHeaderLines) {
      if (line.kind === "text") addProse(text);
      continue;
    }
    const labelled = readLabelledField(text);
    if (labelled) {
      addField(facts, labelled, text);
      continue;
    }
    if (facts.title === null && !titleTried) {
      titleTried = true;
      const segments = pipeSegments(text);
      if (segments) {
        addPipeLine(facts, segments);
        continue;
      }
      if (looksLikeTitle(text)) {
        facts.title = text;
        continue;
      }
    }
    const short = text.length <= maxHeaderLine && !(/[.!?]$/.test(text) && text.split(" ").length > 8);
    if (short && addHeaderLine(facts, text)) continue;
    if (!short && payWords.test(text.slice(0, 2000))) {
      const pay = findPay(text);
      if (pay) facts.pay.push({ pay, line: text });
    }
    if (!short || /[.!?]$/.test(text)) addProse(text);
    else paragraphOpen = false;
  }
}

export function collectFacts(blocks: Block[]): Facts {
  const facts = newFacts();
  for (const block of blocks) {
    if (block.kind === "header") {
      walkHeader(facts, block);
      continue;
    }
    if (block.kind === "meta") {
      for (const line of block.lines) {
        if (line.kind === "blank") continue;
        const labelled = readLabelledField(line.text) ??
          readLabelledField(`${block.heading.replace(/:$/, "")}: ${line.text}`);
        if (labelled && labelled.field !== "pay") addField(facts, labelled, line.text);
        const pay = findPay(line.text);
        if (pay) facts.pay.push({ pay, line: line.text });
        else if (!labelled) addHeaderLine(facts, line.text);
      }
      continue;
    }
    const content: PostingLine[] = [];
    for (const line of block.lines) {
      const labelled = line.kind === "text" ? readLabelledField(line.text) : null;
      if (labelled) addField(facts, labelled, line.text);
      else content.push(line);
      if (!labelled && line.kind !== "blank" && payWords.test(line.text.slice(0, 2000))) {
        const pay = findPay(line.text);
        if (pay) facts.pay.push({ pay, line: line.text });
      }
    }
    const items = listItems(content);
    switch (block.kind) {
      case "role":
        facts.summary.push(...paragraphs(content));
        facts.responsibilities.push(...content.filter((l) => l.kind === "bullet").map((l) => l.text));
        break;
      case "responsibilities":
        facts.responsibilities.push(...items);
        break;
      case "required":
        facts.required.push(...items);
        break;
      case "qualifications":
        for (const item of items) (mentionsPreferred(item) ? facts.preferred : facts.required).push(item);
        break;
      case "preferred":
        facts.preferred.push(...items);
        break;
      case "benefits":
        facts.benefits.push(...items);
        break;
      case "skills":
        facts.skillLines.push(...content.filter((l) => l.kind !== "blank").map((l) => l.text));
        break;
      default:
        break;
    }
  }
  return facts;
}
