/**
 * parsePosting: pasted job posting text (plain, Markdown, Markdown with front matter, or HTML)
 * → structured posting plus warnings about what was missing or guessed. Pure and total: it never
 * throws and stays linear on hostile input, because it runs on whatever a recruiter pastes.
 */
import { collectFacts, type Facts } from "./collect-facts";
import { frontMatterField, readLocationValue } from "./labelled-fields";
import type { FrontMatter } from "./front-matter";
import { findPay } from "./compensation";
import { employmentIn, pickEmployment, pickWorkplace, workplaceIn } from "./job-attributes";
import { normaliseInput } from "./normalise-input";
import type { ParsedPosting, ParseResult } from "./posting-types";
import { resolvePay } from "./resolve-pay";
import { splitBlocks } from "./section-blocks";
import { splitSkills } from "./skills";
import { cleanTitle } from "./title";

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (item === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Front matter only fills what the body left out. */
function applyFrontMatter(facts: Facts, fm: FrontMatter): string[] {
  const skills: string[] = [];
  const body = { locations: facts.locations.length > 0, departments: facts.departments.length > 0 };
  for (const [key, values] of Object.entries(fm)) {
    const field = frontMatterField(key);
    const value = values.join("; ");
    if (key === "skills" || key === "tech_stack") skills.push(...values);
    else if (field === "title" && key !== "role" && facts.title === null) facts.title = value;
    else if (field === "location" && !body.locations) {
      const v = readLocationValue(value);
      facts.locations.push(...v.locations);
      facts.workplace.push(...v.workplace);
    } else if (field === "department" && !body.departments) facts.departments.push(value);
    else if (field === "employment") {
      const e = employmentIn(value);
      if (e) facts.employment.push(e);
    } else if (field === "workplace") {
      const w = workplaceIn(value) ?? (/^(?:yes|true)$/i.test(value) ? "remote" : null);
      if (w) facts.workplace.push(w);
    } else if (field === "pay") {
      const pay = findPay(value);
      if (pay) facts.pay.push({ pay, line: `${key}: ${value}` });
    }
  }
  return skills;
}

function parse(text: string): ParseResult {
  const { frontMatter, lines } = normaliseInput(text);
  const facts = collectFacts(splitBlocks(lines));
  const fmSkills = applyFrontMatter(facts, frontMatter);
  const warnings: string[] = [];

  const title = cleanTitle(facts.title ?? "");
  facts.workplace.push(...title.workplace);
  facts.employment.push(...title.employment);
  const titleEmployment = employmentIn(title.title);
  if (titleEmployment) facts.employment.push(titleEmployment);

  const locations = unique(facts.locations.map((l) => l.trim()));
  const pay = resolvePay(facts.pay, locations);
  // The line the pay came from is pay, not a benefit or a summary.
  const notPay = (item: string) => item !== pay.sourceLine;
  const summaryParts = facts.summary.length > 0 ? facts.summary : facts.preamble.filter(notPay);
  const summary = summaryParts.join("\n\n").trim();

  let workplaceType = pickWorkplace(facts.workplace);
  if (workplaceType === null && summary !== "") {
    workplaceType = workplaceIn(summary);
    if (workplaceType) warnings.push(`workplace type ${workplaceType} taken from the summary`);
  }
  let employmentType = pickEmployment(facts.employment);
  if (employmentType === null && summary !== "") employmentType = employmentIn(summary);

  const posting: ParsedPosting = {
    title: title.title,
    department: facts.departments[0]?.trim() || null,
    locations,
    workplaceType,
    employmentType,
    compensation: pay.compensation,
    summary,
    responsibilities: facts.responsibilities.filter(notPay),
    requiredQualifications: facts.required.filter(notPay),
    preferredQualifications: facts.preferred.filter(notPay),
    benefits: facts.benefits.filter(notPay),
    skills: splitSkills([...facts.skillLines, ...fmSkills]),
  };

  if (posting.title === "") warnings.push("no title found");
  warnings.push(...pay.warnings);
  if (locations.length === 0) warnings.push("no locations found");
  if (workplaceType === null) warnings.push("no workplace type found");
  if (employmentType === null) warnings.push("no employment type found");
  if (summary === "") warnings.push("no summary found");
  if (posting.responsibilities.length === 0) warnings.push("no responsibilities found");
  if (posting.requiredQualifications.length + posting.preferredQualifications.length === 0) {
    warnings.push("no qualifications found");
  }
  return { posting, warnings };
}

function emptyPosting(): ParsedPosting {
  return {
    title: "", department: null, locations: [], workplaceType: null, employmentType: null, compensation: null,
    summary: "", responsibilities: [], requiredQualifications: [], preferredQualifications: [], benefits: [], skills: [],
  };
}

export function parsePosting(text: string): ParseResult {
  try {
    return parse(typeof text === "string" ? text : "");
  } catch {
    // A parser bug must not lose the recruiter's paste; they get an empty form and the warning.
    return { posting: emptyPosting(), warnings: ["the posting could not be read; please fill the fields in by hand"] };
  }
}
