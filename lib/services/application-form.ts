import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { requisitionQuestions, requisitions, stages } from "@/db/schema";
import { notifiedCache } from "@/lib/app/notified-cache";
import { derivedQuestions, type FormQuestion } from "@/lib/domain/application-questions";
import { NotFoundError } from "./errors";
import { getPublicJob, type PublicJob } from "./public-jobs";

export interface ApplicationForm {
  job: PublicJob;
  /** Derived from the job (location, sponsorship) first, then the recruiter's own questions. */
  questions: FormQuestion[];
}

/**
 * What the form asks changes only when a recruiter edits the posting or its questions, and it is
 * read on every application submitted and every apply page shown: each process keeps it until
 * such an edit, which empties every process's copy (lib/app/notified-cache.ts). Whether the job
 * takes applications is never taken from here: see `openFirstStage`.
 */
const forms = notifiedCache({ channel: "shortlist_application_forms", name: "Application form cache", safetyNetMs: 5 * 60_000, maxEntries: 200 });

/**
 * Everything the public apply form of a job asks, whatever the job's status; a draft or unknown
 * slug is not found (and not remembered, so random slugs cannot fill the cache).
 */
export function getApplicationForm(slug: string): Promise<ApplicationForm> {
  return forms.get(slug, () => loadApplicationForm(slug));
}

/** After a change to a posting's qualifications or questions has committed. */
export function forgetApplicationForms(): Promise<void> {
  return forms.invalidateEverywhere();
}

async function loadApplicationForm(slug: string): Promise<ApplicationForm> {
  // By slug, so both reads go out together.
  const [{ job }, custom] = await Promise.all([
    getPublicJob(slug),
    getDb()
      .select({ q: requisitionQuestions })
      .from(requisitionQuestions)
      .innerJoin(requisitions, eq(requisitions.id, requisitionQuestions.requisitionId))
      .where(and(eq(requisitions.slug, slug), isNull(requisitionQuestions.archivedAt)))
      .orderBy(asc(requisitionQuestions.position))
      .then((rows) => rows.map((row) => row.q)),
  ]);
  return {
    job,
    questions: [
      ...derivedQuestions(job),
      ...custom.map((q) => ({ key: q.id, kind: q.kind, label: q.label, required: q.required, options: q.options, knockoutAnswers: q.knockoutAnswers })),
    ],
  };
}

/**
 * The stage a new application of this job starts in, read fresh on every submission: the job
 * must be open now, whatever any cache says. Not found for a job that is not open.
 */
export async function openFirstStage(slug: string): Promise<{ requisitionId: string; stageId: string }> {
  const [row] = await getDb()
    .select({ requisitionId: requisitions.id, stageId: stages.id })
    .from(requisitions)
    .innerJoin(stages, and(eq(stages.requisitionId, requisitions.id), eq(stages.kind, "active"), isNull(stages.archivedAt)))
    .where(and(eq(requisitions.slug, slug), eq(requisitions.status, "open")))
    .orderBy(asc(stages.position))
    .limit(1);
  if (!row) throw new NotFoundError("That job");
  return row;
}
