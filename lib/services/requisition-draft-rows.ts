import type { RequisitionDraft, DraftQualification } from "@/lib/domain/requisition-draft";
import { ValidationError } from "./errors";
import { requisitionDraftSchema, type RequisitionDraftInput } from "./requisition-schema";

/** Validates a draft from the review screen, turning zod issues into field messages. */
export function parseDraft(input: RequisitionDraftInput): RequisitionDraft {
  const parsed = requisitionDraftSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    // "qualifications.3.text" → "qualifications.3"; "compensation.max" stays as it is.
    const key = issue.path.slice(0, 2).join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new ValidationError("Some fields need attention before this can be saved.", fieldErrors);
}

/** The requisition table's columns for a draft's posting fields. */
export function requisitionColumns(draft: RequisitionDraft) {
  const pay = draft.compensation;
  return {
    title: draft.title,
    department: draft.department,
    locations: draft.locations,
    workplaceType: draft.workplaceType,
    employmentType: draft.employmentType,
    payMin: pay?.min ?? null,
    payMax: pay?.max ?? null,
    payCurrency: pay?.currency ?? null,
    payPeriod: pay?.period ?? null,
    summary: draft.summary,
    responsibilities: draft.responsibilities,
    benefits: draft.benefits,
    skills: draft.skills,
    headcount: draft.headcount,
  };
}

/** Positions count within each kind, in the order the screen shows them. */
export function positioned(rows: readonly DraftQualification[]) {
  const next = { required: 0, preferred: 0 };
  return rows.map((row) => ({ ...row, position: next[row.kind]++ }));
}
