import type { RequisitionDraft } from "@/lib/domain/requisition-draft";
import { employmentTypes, payPeriods, workplaceTypes, type Compensation } from "@/lib/domain/posting/posting-types";
import { qualificationKinds } from "@/lib/domain/requisition-types";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** One item per line, blank lines dropped. */
const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const oneOf = <T extends string>(options: readonly T[], value: string): T | null => (options as readonly string[]).includes(value) ? (value as T) : null;

/** "175,000" and "175 000" are what people type; NaN (refused by the schema) for anything else. */
function amount(value: string): number {
  const cleaned = value.replace(/[\s,']/g, "");
  return cleaned === "" ? Number.NaN : Number(cleaned);
}

function compensation(formData: FormData): Compensation | null {
  const [min, max] = [text(formData, "payMin").trim(), text(formData, "payMax").trim()];
  if (!min && !max) return null;
  const period = oneOf(payPeriods, text(formData, "payPeriod")) ?? "year";
  return { min: amount(min || max), max: amount(max || min), currency: text(formData, "payCurrency").trim().toUpperCase(), period };
}

/**
 * The review screen's fields as a draft. Lenient on purpose: it keeps whatever was typed so the
 * screen can show it again; the service's schema decides what is valid.
 */
export function readRequisitionForm(formData: FormData): RequisitionDraft {
  const ids = formData.getAll("qualificationId").map(String);
  const kinds = formData.getAll("qualificationKind").map(String);
  const texts = formData.getAll("qualificationText").map(String);
  return {
    title: text(formData, "title"),
    department: text(formData, "department").trim() || null,
    locations: lines(text(formData, "locations")),
    workplaceType: oneOf(workplaceTypes, text(formData, "workplaceType")),
    employmentType: oneOf(employmentTypes, text(formData, "employmentType")),
    compensation: compensation(formData),
    summary: text(formData, "summary"),
    responsibilities: lines(text(formData, "responsibilities")),
    qualifications: texts.map((value, i) => ({
      ...(ids[i] ? { id: ids[i] } : {}),
      kind: oneOf(qualificationKinds, kinds[i] ?? "") ?? "required",
      text: value,
    })),
    benefits: lines(text(formData, "benefits")),
    skills: lines(text(formData, "skills")),
    headcount: Math.trunc(amount(text(formData, "headcount") || "1")),
  };
}
