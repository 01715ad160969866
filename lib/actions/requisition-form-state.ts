import type { RequisitionDraft } from "@/lib/domain/requisition-draft";

/** What the requisition review screen round-trips through its server action. */
export interface RequisitionFormState {
  /** Null until a posting has been pasted and parsed. */
  draft: RequisitionDraft | null;
  warnings: string[];
  fieldErrors: Record<string, string[] | undefined>;
  error?: string;
  /** Bumped whenever the server hands back a new draft, so the form's inputs show it. */
  revision: number;
  /** The element to focus after an edit such as "move up", so keyboard users keep their place. */
  focus?: string;
}
