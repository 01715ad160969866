import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { requisitionQuestions, requisitions } from "@/db/schema";
import { derivedQuestions, type FormQuestion } from "@/lib/domain/application-questions";
import { getOpenJob, type PublicJob } from "./public-jobs";

export interface ApplicationForm {
  job: PublicJob;
  /** Derived from the job (location, sponsorship) first, then the recruiter's own questions. */
  questions: FormQuestion[];
}

/** Everything the public apply form asks, for an open requisition; anything else is not found. */
export async function getApplicationForm(slug: string): Promise<ApplicationForm> {
  // By slug, so both reads go out together: this runs on every application submitted.
  const [job, custom] = await Promise.all([
    getOpenJob(slug),
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
