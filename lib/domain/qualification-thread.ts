/**
 * The debrief thread of one application: each qualification, what the candidate said about it,
 * and what every interviewer who rated it concluded. It follows the product's spine
 * (qualification → answer → scorecard attribute → decision) in one place.
 *
 * The input is what the services already returned to this actor, so the blind rule has been applied
 * before anything reaches here; this only joins. Drafts never count, even an actor's own: the thread is
 * for the debrief, and a draft is not a conclusion yet.
 */
import type { Answer, EvidenceStatus } from "./evidence/assess-qualification";
import type { QualificationKind } from "./requisition-types";
import type { ScorecardRating } from "./scorecard-types";

export interface ThreadQualificationInput {
  qualificationId: string;
  kind: QualificationKind;
  text: string;
  answer: Answer | null;
  evidence: string | null;
  status: EvidenceStatus;
  reason: string;
}

export interface ThreadInterviewInput {
  id: string;
  title: string;
  status: "scheduled" | "cancelled";
  attributes: readonly { id: string; label: string; qualificationId: string | null }[];
  interviewers: readonly {
    id: string;
    name: string;
    scorecard: { status: "draft" | "submitted"; ratings: Readonly<Record<string, { rating: ScorecardRating | null; notes: string }>> } | null;
  }[];
}

export interface ThreadRating {
  interviewId: string;
  interviewTitle: string;
  interviewerId: string;
  interviewerName: string;
  attributeId: string;
  /** The attribute's label as copied when the interview was scheduled (the qualification's text then). */
  attributeLabel: string;
  rating: ScorecardRating | null;
  notes: string;
}

export interface QualificationThreadEntry extends ThreadQualificationInput {
  /** Interview order, then interviewer order, as given; empty when no submitted scorecard rated it. */
  ratings: ThreadRating[];
}

const kindOrder: Record<QualificationKind, number> = { required: 0, preferred: 1 };

export function buildQualificationThread(qualifications: readonly ThreadQualificationInput[], interviews: readonly ThreadInterviewInput[]): QualificationThreadEntry[] {
  const ratingsByQualification = new Map<string, ThreadRating[]>();
  // The summary shows live interviews only; a cancelled interview's scorecards stay on its own page.
  for (const interview of interviews.filter((i) => i.status === "scheduled")) {
    for (const attribute of interview.attributes) {
      // Custom attributes (values, communication …) belong to no qualification, so not to the thread.
      if (attribute.qualificationId === null) continue;
      for (const interviewer of interview.interviewers) {
        if (interviewer.scorecard?.status !== "submitted") continue;
        const given = interviewer.scorecard.ratings[attribute.id];
        // A submitted scorecard that left the attribute blank said nothing about it.
        if (!given || (given.rating === null && given.notes.trim() === "")) continue;
        const list = ratingsByQualification.get(attribute.qualificationId) ?? [];
        list.push({
          interviewId: interview.id,
          interviewTitle: interview.title,
          interviewerId: interviewer.id,
          interviewerName: interviewer.name,
          attributeId: attribute.id,
          attributeLabel: attribute.label,
          rating: given.rating,
          notes: given.notes,
        });
        ratingsByQualification.set(attribute.qualificationId, list);
      }
    }
  }
  return qualifications
    .map((q, index) => ({ q, index }))
    .sort((a, b) => kindOrder[a.q.kind] - kindOrder[b.q.kind] || a.index - b.index)
    .map(({ q }) => ({
      qualificationId: q.qualificationId,
      kind: q.kind,
      text: q.text,
      answer: q.answer,
      evidence: q.evidence,
      status: q.status,
      reason: q.reason,
      ratings: ratingsByQualification.get(q.qualificationId) ?? [],
    }));
}
