/**
 * The job title: the first line when it reads like one, cleaned of "Job title:" labels and of
 * workplace/employment tags a board appends ("Data Scientist (Remote)"). Also recognises the
 * pipe-separated one-liners people post ("Acme | Berlin | Senior Go developer | €70–90k | …").
 */
import { employmentHits, workplaceHits } from "./job-attributes";
import type { EmploymentType, WorkplaceType } from "./posting-types";

const roleNouns = new Set(
  ("engineer developer designer manager nurse associate scientist analyst intern internship specialist coordinator " +
    "assistant lead director consultant representative executive officer technician administrator architect " +
    "writer editor accountant teacher driver operator clerk cashier chef cook barista therapist physician " +
    "pharmacist recruiter advisor adviser agent programmer head vp president researcher strategist marketer owner " +
    "supervisor worker attendant host server bartender mechanic electrician technologist counselor counsellor " +
    "planner buyer merchandiser producer photographer sre tester apprentice trainee fellow tutor instructor " +
    "lecturer professor paralegal lawyer attorney solicitor secretary receptionist caregiver aide housekeeper " +
    "picker packer handler courier dispatcher estimator surveyor auditor controller bookkeeper partner " +
    "devops qa expert generalist staff principal")
    .split(" "),
);

export function hasRoleNoun(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => roleNouns.has(w) || roleNouns.has(w.replace(/s$/, "")));
}

export interface CleanTitle {
  title: string;
  workplace: WorkplaceType[];
  employment: EmploymentType[];
}

/** Tags such as "(Remote)", "– Hybrid", "[Contract]" at the end of a title move to their fields. */
export function cleanTitle(raw: string): CleanTitle {
  let title = raw
    .slice(0, 300)
    .replace(/^(?:job title|title|position|role|we(?:'|’)?re hiring|hiring|now hiring|job)\s*[:!-]\s*/i, "")
    .trim();
  const workplace: WorkplaceType[] = [];
  const employment: EmploymentType[] = [];
  for (let guard = 0; guard < 3; guard++) {
    const tag = /\s*(?:\(([^()]{1,40})\)|\[([^[\]]{1,40})\]|\s[-–—|,]\s*([^-–—|,()]{1,30}))$/.exec(title);
    const inner = tag ? (tag[1] ?? tag[2] ?? tag[3] ?? "") : "";
    if (!tag) break;
    const w = workplaceHits(inner);
    const e = employmentHits(inner);
    const leftover = inner.replace(/[^\p{L}]/gu, "").length -
      [...w, ...e].reduce((n, h) => n + inner.slice(h.start, h.end).replace(/[^\p{L}]/gu, "").length, 0);
    if (w.length + e.length === 0 || leftover > 0) break;
    workplace.push(...w.map((h) => h.value));
    employment.push(...e.map((h) => h.value));
    title = title.slice(0, tag.index).trim();
  }
  return { title, workplace, employment };
}

/** "Acme | Berlin | Senior Go developer | €70–90k | …" → segments, when the line is pipe-separated. */
export function pipeSegments(line: string): string[] | null {
  const parts = line.slice(0, 2000).split(/\s*\|\s*/).map((p) => p.trim()).filter((p) => p !== "");
  return parts.length >= 3 ? parts : null;
}

/** A first line is a title when it is short and does not read as a sentence. */
export function looksLikeTitle(line: string): boolean {
  if (line.length > 100) return false;
  const words = line.split(/\s+/).length;
  return words <= 12 && !/[.!?]$/.test(line.trim()) || (words <= 8 && hasRoleNoun(line));
}
