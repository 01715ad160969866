/**
 * "Label: value" metadata lines ("Location: Leeds (Hybrid)", "Job type: Part-time",
 * "Salary: £32,000 – £36,000"), wherever they appear, and front-matter keys with the same meaning.
 */
import { workplaceHits } from "./job-attributes";
import { parseLocationField, scanLocations } from "./locations";
import type { WorkplaceType } from "./posting-types";
import { phraseKey } from "./text-scan";

export type FieldName = "title" | "location" | "department" | "employment" | "pay" | "workplace";

const labels: [FieldName, string][] = [
  ["title", "job title|title|position title|role title|position|role"],
  ["location", "location|locations|where|based in|office|office location|work location|job location|city|location s"],
  ["department", "department|team|function|division|group|business unit|org|organisation|organization"],
  ["employment", "employment type|job type|type|contract type|contract|schedule|hours|position type|employment|work schedule|shift|commitment|engagement"],
  ["pay", "salary|pay|compensation|rate|day rate|daily rate|hourly rate|pay range|salary range|base salary|base pay|base|ote|wage|wages|remuneration|package|budget|compensation range|pay rate"],
  ["workplace", "workplace|workplace type|work model|work arrangement|work type|remote|location type|work setting|arrangement|work style|remote policy"],
];
const byLabel = new Map<string, FieldName>();
for (const [field, names] of labels) for (const n of names.split("|")) byLabel.set(n, field);

export interface LabelledField {
  field: FieldName;
  value: string;
}

export function readLabelledField(line: string): LabelledField | null {
  const colon = line.indexOf(":");
  if (colon <= 0 || colon > 30) return null;
  const value = line.slice(colon + 1).trim();
  const field = byLabel.get(phraseKey(line.slice(0, colon)));
  return field && value !== "" ? { field, value } : null;
}

/** Front-matter keys, normalised the same way ("employment_type" → "employment type"). */
export function frontMatterField(key: string): FieldName | null {
  return byLabel.get(key.replace(/_/g, " ")) ?? null;
}

/** "London (Hybrid)", "Remote (US)", "Hybrid - Leeds": places plus any workplace word. */
export function readLocationValue(raw: string): { locations: string[]; workplace: WorkplaceType[] } {
  const value = raw.slice(0, 1000);
  const words = workplaceHits(value);
  // "(Hybrid – 3 days a week in our studio)" is a note about the workplace, not a place.
  const notes = /\(([^()]{1,120})\)/g;
  const place = value.replace(notes, (all, inner: string) => (workplaceHits(inner).length > 0 ? "" : all));
  return { locations: placesOf(place), workplace: words.map((w) => w.value) };
}

function placesOf(value: string): string[] {
  const remoteSpans = scanLocations(value).filter((s) => s.remote);
  const words = workplaceHits(value);
  let stripped = "";
  let at = 0;
  for (const w of words) {
    if (remoteSpans.some((s) => w.start < s.end && w.end > s.start)) continue;
    stripped += value.slice(at, w.start);
    at = w.end;
  }
  stripped += value.slice(at);
  stripped = stripped.replace(/\([\s,;/&-]*\)/g, "").replace(/ {2,}/g, " ");
  return parseLocationField(stripped);
}
