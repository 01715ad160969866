import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applications, outboxMessages, stages } from "@/db/schema";
import { createTestRequisition, createTestUser, testContext, validSubmission } from "@/db/testing/factories";
import { anonymousActor, type UserActor } from "@/lib/domain/actor";
import { submitApplication } from "@/lib/services/applications";
import { scheduleInterview } from "@/lib/services/interviews";
import { newSecretToken } from "@/lib/services/secret-tokens";
import type { ActorKey } from "../matrix";

/** Self-identification answers no hiring view may ever show (field-level rules). */
export const SELF_ID_ANSWERS = { gender: "Non-binary", raceEthnicity: "Native Hawaiian or Other Pacific Islander", veteranStatus: "I am a protected veteran", disability: "Yes, I have a disability (or previously had one)" };

export type StaffKey = Exclude<ActorKey, "candidate" | "anonymous">;
export type MatrixUsers = Record<StaffKey, UserActor>;

/** The people of the matrix, created once per test file. The off-team manager manages another requisition. */
export async function createMatrixUsers(): Promise<MatrixUsers & { otherRequisition: { id: string; slug: string } }> {
  const [admin, recruiter, managerOnTeam, managerOffTeam, interviewerScheduled, interviewerNotScheduled] = await Promise.all([
    createTestUser("admin", "Ada Matrix"),
    createTestUser("recruiter", "Rita Matrix"),
    createTestUser("hiring_manager", "Hank Matrix"),
    createTestUser("hiring_manager", "Olga Matrix"),
    createTestUser("interviewer", "Ivan Matrix"),
    createTestUser("interviewer", "Iris Matrix"),
  ]);
  const otherRequisition = await createTestRequisition({ team: [{ userId: managerOffTeam.id, role: "hiring_manager" }] });
  return { admin, recruiter, managerOnTeam, managerOffTeam, interviewerScheduled, interviewerNotScheduled, otherRequisition };
}

export interface TargetWorld {
  requisitionId: string;
  slug: string;
  applicationId: string;
  candidateId: string;
  /** The candidate's real status token. */
  statusToken: string;
  interviewId: string;
  /** An email in the outbox (the candidate's confirmation or the invite). */
  outboxMessageId: string;
  stageIds: string[];
}

/**
 * One open requisition with the on-team manager and both interviewers on its team, one application
 * (with self-identification answers), and one interview with the scheduled interviewer on it.
 */
export async function createTargetWorld(users: MatrixUsers): Promise<TargetWorld> {
  const requisition = await createTestRequisition({
    team: [
      { userId: users.managerOnTeam.id, role: "hiring_manager" },
      { userId: users.interviewerScheduled.id, role: "interviewer" },
      { userId: users.interviewerNotScheduled.id, role: "interviewer" },
    ],
  });
  // No client address: hundreds of worlds would trip the per-IP apply limit, which is not under test here.
  const submitted = await submitApplication(anonymousActor, await validSubmission(requisition.slug, { selfIdentification: SELF_ID_ANSWERS }), { ...testContext, ip: null });
  if (submitted.status !== "created") throw new Error(`matrix application not created: ${submitted.status}`);
  const interview = await scheduleInterview(users.admin, {
    applicationId: submitted.applicationId,
    title: "Matrix onsite",
    date: "2031-05-06",
    time: "10:00",
    timeZone: "UTC",
    durationMinutes: 60,
    location: "",
    interviewerIds: [users.interviewerScheduled.id],
  });
  const db = getDb();
  const [application] = await db.select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, submitted.applicationId));
  const [message] = await db.select({ id: outboxMessages.id }).from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(1);
  const stageRows = await db.select({ id: stages.id, kind: stages.kind }).from(stages).where(and(eq(stages.requisitionId, requisition.id), eq(stages.kind, "active"))).orderBy(stages.position);
  if (!application || !message) throw new Error("matrix world incomplete");
  return {
    requisitionId: requisition.id,
    slug: requisition.slug,
    applicationId: submitted.applicationId,
    candidateId: application.candidateId,
    statusToken: submitted.statusToken,
    interviewId: interview.id,
    outboxMessageId: message.id,
    stageIds: stageRows.map((s) => s.id),
  };
}

/** Who is signed in as this actor (null: nobody), and the status token they hold. */
export function credentialsOf(actor: ActorKey, users: MatrixUsers, world: TargetWorld): { userId: string | null; token: string } {
  if (actor === "candidate") return { userId: null, token: world.statusToken };
  // Everyone else holds no token: they can only guess one.
  const guessed = newSecretToken().token;
  if (actor === "anonymous") return { userId: null, token: guessed };
  return { userId: users[actor].id, token: guessed };
}
