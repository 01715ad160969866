import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applications, outboxMessages, users } from "@/db/schema";
import { demoUsers } from "@/db/seed/demo-users";
import { anonymousActor, systemActor } from "@/lib/domain/actor";
import type { ParsedPosting } from "@/lib/domain/posting/posting-types";
import { getApplicationForm } from "@/lib/services/application-form";
import { submitApplication, type ApplicationSubmission } from "@/lib/services/applications";
import { scheduleInterview } from "@/lib/services/interviews";
import { draftOffer } from "@/lib/services/offers";
import { createRequisition } from "@/lib/services/requisitions";
import { saveScorecard } from "@/lib/services/scorecards";
import { findActiveUserActor } from "@/lib/services/users";
import { authorizationFixturesPath, type AuthorizationFixtures } from "./authorization-fixtures-file";

const SELF_ID = { gender: "Non-binary", raceEthnicity: "Native Hawaiian or Other Pacific Islander", veteranStatus: "I am a protected veteran", disability: "Yes, I have a disability (or previously had one)" };

const posting = (title: string): ParsedPosting => ({
  title,
  department: "Security",
  locations: ["Lisbon, Portugal"],
  workplaceType: "hybrid",
  employmentType: "full_time",
  compensation: { min: 50000, max: 65000, currency: "EUR", period: "year" },
  summary: "Checks who may see what.",
  responsibilities: ["Review access."],
  requiredQualifications: ["Two years of access reviews."],
  preferredQualifications: [],
  benefits: ["Lunch."],
  skills: ["Auditing"],
});

async function apply(slug: string, firstName: string) {
  const form = await getApplicationForm(slug);
  const qualificationAnswers: ApplicationSubmission["qualificationAnswers"] = {};
  for (const q of [...form.job.requiredQualifications, ...form.job.preferredQualifications]) qualificationAnswers[q.id] = { answer: "yes", evidence: null };
  const questionAnswers: ApplicationSubmission["questionAnswers"] = {};
  for (const q of form.questions) questionAnswers[q.key] = q.kind === "yes_no" ? "Yes" : (q.options[0] ?? "An answer");
  const result = await submitApplication(
    anonymousActor,
    {
      slug,
      submissionId: randomUUID(),
      contact: { firstName, lastName: "Matrix", email: `${firstName.toLowerCase()}-${randomUUID().slice(0, 8)}@example.org` },
      qualificationAnswers,
      questionAnswers,
      consent: true,
      selfIdentification: SELF_ID,
      resume: { filename: "resume.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n% matrix resume\n%%EOF\n") },
    },
    { ip: null, baseUrl: "http://127.0.0.1" },
  );
  if (result.status !== "created") throw new Error(`fixture application not created: ${result.status}`);
  return result;
}

/**
 * Two requisitions whose titles never contain the seed job's title: "Access Matrix Analyst" with the
 * demo manager and both demo interviewers on its team, and "Access Matrix Auditor" without the manager.
 */
export async function seedAuthorizationFixtures(port: string): Promise<void> {
  const system = systemActor("e2e authorization fixtures");
  const db = getDb();
  const idOf = async (email: string) => {
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!row) throw new Error(`no demo user ${email}`);
    return row.id;
  };
  const demo = (role: string, name?: string) => demoUsers.find((u) => u.role === role && (!name || u.name === name))?.email ?? "";
  const [hank, ivan, iris, ada] = await Promise.all([demo("hiring_manager"), demo("interviewer", "Ivan Interviewer"), demo("interviewer", "Iris Interviewer"), demo("admin")].map(idOf));
  if (!hank || !ivan || !iris || !ada) throw new Error("demo users missing");
  const interview = (applicationId: string, interviewerIds: string[]) =>
    scheduleInterview(system, { applicationId, title: "Matrix onsite", date: "2031-05-06", time: "10:00", timeZone: "UTC", durationMinutes: 60, location: "", interviewerIds });

  const onTeamReq = await createRequisition(system, {
    posting: posting("Access Matrix Analyst"),
    status: "open",
    team: [{ userId: hank, role: "hiring_manager" }, { userId: ivan, role: "interviewer" }, { userId: iris, role: "interviewer" }],
  });
  const offTeamReq = await createRequisition(system, { posting: posting("Access Matrix Auditor"), status: "open", team: [{ userId: ivan, role: "interviewer" }, { userId: iris, role: "interviewer" }] });
  const onTeamApp = await apply(onTeamReq.slug, "Mara");
  const offTeamApp = await apply(offTeamReq.slug, "Bea");
  const blindApp = await apply(onTeamReq.slug, "Nico");
  const [onTeamInterview, offTeamInterview, blindInterview] = [await interview(onTeamApp.applicationId, [ivan]), await interview(offTeamApp.applicationId, [ivan]), await interview(blindApp.applicationId, [ivan, iris])];

  const irisTakeaway = "Iris-only matrix takeaway";
  const irisActor = await findActiveUserActor(iris);
  const adaActor = await findActiveUserActor(ada);
  if (!irisActor || !adaActor) throw new Error("demo users inactive");
  await saveScorecard(irisActor, { scheduledInterviewId: blindInterview.id, intent: "submit", keyTakeaways: irisTakeaway, overallRecommendation: "strong_yes" });
  const offerNotes = "Matrix offer: signing bonus agreed";
  const offerSalary = 61234;
  await draftOffer(adaActor, { applicationId: blindApp.applicationId, salary: offerSalary, currency: "EUR", payPeriod: "year", startDate: "2031-07-01", notes: offerNotes });

  const [message] = await db.select({ id: outboxMessages.id }).from(outboxMessages).limit(1);
  const candidateOf = async (applicationId: string) => {
    const [row] = await db.select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, applicationId));
    if (!row) throw new Error(`fixture application ${applicationId} missing`);
    return row.candidateId;
  };
  if (!message) throw new Error("authorization fixtures: no outbox message");
  const fixtures: AuthorizationFixtures = {
    onTeam: { requisitionId: onTeamReq.id, slug: onTeamReq.slug, applicationId: onTeamApp.applicationId, candidateId: await candidateOf(onTeamApp.applicationId), statusToken: onTeamApp.statusToken, interviewId: onTeamInterview.id },
    offTeam: { requisitionId: offTeamReq.id, slug: offTeamReq.slug, applicationId: offTeamApp.applicationId, candidateId: await candidateOf(offTeamApp.applicationId), statusToken: offTeamApp.statusToken, interviewId: offTeamInterview.id },
    blind: { applicationId: blindApp.applicationId, interviewId: blindInterview.id, irisTakeaway, offerNotes, offerSalary },
    outboxMessageId: message.id,
    selfIdentification: SELF_ID,
  };
  writeFileSync(authorizationFixturesPath(port), JSON.stringify(fixtures, null, 2));
}
