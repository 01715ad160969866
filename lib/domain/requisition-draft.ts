import type { ParsedPosting } from "./posting/posting-types";
import type { QualificationKind } from "./requisition-types";

export interface DraftQualification {
  /** Present for qualifications already saved, so edits keep their identity (and their answers). */
  id?: string;
  kind: QualificationKind;
  text: string;
}

/** What the review screen edits: a posting whose qualifications are one ordered list of rows. */
export interface RequisitionDraft extends Omit<ParsedPosting, "requiredQualifications" | "preferredQualifications"> {
  qualifications: DraftQualification[];
  headcount: number;
}

export function draftFromPosting(posting: ParsedPosting): RequisitionDraft {
  const { requiredQualifications, preferredQualifications, ...rest } = posting;
  return {
    ...rest,
    qualifications: [
      ...requiredQualifications.map((text) => ({ kind: "required" as const, text })),
      ...preferredQualifications.map((text) => ({ kind: "preferred" as const, text })),
    ],
    headcount: 1,
  };
}

export function emptyDraft(): RequisitionDraft {
  return {
    title: "",
    department: null,
    locations: [],
    workplaceType: null,
    employmentType: null,
    compensation: null,
    summary: "",
    responsibilities: [],
    qualifications: [],
    benefits: [],
    skills: [],
    headcount: 1,
  };
}

/** Edits the review screen makes to the qualification list; with and without JavaScript alike. */
export type DraftIntent =
  | { type: "move-up"; index: number }
  | { type: "move-down"; index: number }
  | { type: "remove"; index: number }
  | { type: "toggle-kind"; index: number }
  | { type: "add"; kind: QualificationKind };

const INTENT_PATTERN = /^(move-up|move-down|remove|toggle-kind):(\d{1,4})$|^add:(required|preferred)$/;

export function parseDraftIntent(value: string): DraftIntent | null {
  const match = INTENT_PATTERN.exec(value);
  if (!match) return null;
  if (match[3]) return { type: "add", kind: match[3] as QualificationKind };
  return { type: match[1] as "move-up" | "move-down" | "remove" | "toggle-kind", index: Number(match[2]) };
}

/**
 * Applies an edit. Moving up or down swaps with the neighbouring row *of the same kind*, because
 * the screen shows required and preferred as two lists. Toggling the kind moves a row to the end
 * of the other list.
 */
export function applyDraftIntent(qualifications: readonly DraftQualification[], intent: DraftIntent): DraftQualification[] {
  const rows = [...qualifications];
  if (intent.type === "add") return [...rows, { kind: intent.kind, text: "" }];
  const row = rows[intent.index];
  if (!row) return rows;
  switch (intent.type) {
    case "remove":
      rows.splice(intent.index, 1);
      return rows;
    case "toggle-kind": {
      rows.splice(intent.index, 1);
      return [...rows, { ...row, kind: row.kind === "required" ? "preferred" : "required" }];
    }
    case "move-up":
    case "move-down": {
      const step = intent.type === "move-up" ? -1 : 1;
      for (let j = intent.index + step; j >= 0 && j < rows.length; j += step) {
        const other = rows[j];
        if (other && other.kind === row.kind) {
          rows[j] = row;
          rows[intent.index] = other;
          break;
        }
      }
      return rows;
    }
  }
}

export function qualificationsOfKind(qualifications: readonly DraftQualification[], kind: QualificationKind) {
  return qualifications.flatMap((q, index) => (q.kind === kind ? [{ ...q, index }] : []));
}
