import type { Random } from "./random";
import { achievements, cities, companies, degrees, domains, fields, jobTitles, skills, systems, universities } from "./words";

export interface DemoPerson {
  firstName: string;
  lastName: string;
  email: string;
  city: string;
  title: string;
  skills: string[];
  yearsOfExperience: number;
}

export function pickSkills(random: Random, count: number): string[] {
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(random.weighted(skills));
  return [...chosen];
}

function fill(template: string, random: Random, person: DemoPerson): string {
  return template
    .replaceAll("{system}", random.pick(systems))
    .replaceAll("{skill}", random.pick(person.skills))
    .replaceAll("{n}", String(random.int(12, 70)))
    .replaceAll("{k}", `${random.int(2, 90)},000`)
    .replaceAll("{small}", String(random.int(2, 8)));
}

/**
 * A plain-text resume as the extraction job would store it: contact line, summary, two to four
 * positions with achievements, education and a skills list. 150 to 450 words.
 */
export function buildResumeText(random: Random, person: DemoPerson, now: Date): string {
  const year = now.getUTCFullYear();
  const lines = [
    `${person.firstName} ${person.lastName}`,
    `${person.title} · ${person.city} · ${person.email}`,
    "",
    "Summary",
    `${person.title} with ${person.yearsOfExperience} years of experience building ${random.pick(domains)}. ` +
      `Comfortable with ${person.skills.slice(0, 3).join(", ")}; cares about tests, clear documentation and calm on-call rotations.`,
    "",
    "Experience",
  ];
  let end = year;
  for (let i = 0, positions = random.int(2, 4); i < positions; i++) {
    const start = end - random.int(1, 4);
    lines.push(`${i === 0 ? person.title : random.pick(jobTitles)}, ${random.pick(companies)}, ${random.pick(cities)} (${start}–${i === 0 ? "present" : end})`);
    for (let j = 0, bullets = random.int(2, 4); j < bullets; j++) lines.push(`- ${fill(random.pick(achievements), random, person)}`);
    end = start;
  }
  lines.push(
    "",
    "Education",
    `${random.pick(degrees)} ${random.pick(fields)}, ${random.pick(universities)} (${end - random.int(0, 2)})`,
    "",
    "Skills",
    person.skills.join(", "),
  );
  return lines.join("\n");
}
