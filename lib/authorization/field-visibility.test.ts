import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outboxMessages, selfIdentifications } from "@/db/schema";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { reportTables } from "@/lib/domain/report-filter";
import { getApplicationProfile } from "@/lib/services/application-profile";
import { getApplicationTimeline } from "@/lib/services/application-timeline";
import { getRequisitionPipeline } from "@/lib/services/board";
import { searchCandidates } from "@/lib/services/candidate-search";
import { NotFoundError } from "@/lib/services/errors";
import { listInbox } from "@/lib/services/inbox";
import { getInterviewInvite } from "@/lib/services/interviews";
import { getApplicationInterviews, listMyInterviews } from "@/lib/services/interviews-queries";
import { draftOffer } from "@/lib/services/offers";
import { getApplicationOffers } from "@/lib/services/offers-read";
import { getApplicationDetail } from "@/lib/services/pipeline";
import { getReportCsv } from "@/lib/services/reports";
import { listDashboardRequisitions } from "@/lib/services/requisitions";
import { getScorecardMatrix, getScorecardPage } from "@/lib/services/scorecards";
import { createMatrixUsers, createTargetWorld, SELF_ID_ANSWERS, type MatrixUsers, type StaffKey, type TargetWorld } from "./testing/world";

/**
 * Field-level rules, at the service boundary (every page, route handler, CSV and email is built from
 * these DTOs): self-identification answers reach no hiring view at all; offer details never reach an
 * interviewer. Blind scorecards are tested in lib/services/scorecards.test.ts. HTML and the
 * server-component payload are checked over HTTP in e2e/authorization-matrix.spec.ts.
 */
withTestDatabase();

let users: MatrixUsers;
let world: TargetWorld;
const OFFER_NOTES = "Relocation bonus agreed on the phone";
const OFFER_SALARY = 123457;

beforeAll(async () => {
  users = await createMatrixUsers();
  world = await createTargetWorld(users);
  await draftOffer(users.admin, { applicationId: world.applicationId, salary: OFFER_SALARY, currency: "EUR", payPeriod: "year", startDate: "2031-07-01", notes: OFFER_NOTES });
}, 120_000);

/** Everything the actor can read about the world, as the JSON it would travel as; reads they may not make deliver nothing. */
async function everythingVisibleTo(actor: UserActor): Promise<{ read: string[]; payload: string }> {
  const reads: Record<string, () => Promise<unknown>> = {
    dashboard: () => listDashboardRequisitions(actor),
    board: () => getRequisitionPipeline(actor, world.requisitionId),
    detail: () => getApplicationDetail(actor, world.applicationId),
    profile: () => getApplicationProfile(actor, world.applicationId),
    timeline: () => getApplicationTimeline(actor, world.applicationId),
    interviews: () => getApplicationInterviews(actor, world.applicationId),
    myInterviews: () => listMyInterviews(actor),
    scorecardPage: () => getScorecardPage(actor, world.interviewId),
    scorecardMatrix: () => getScorecardMatrix(actor, world.applicationId),
    invite: () => getInterviewInvite(actor, world.interviewId),
    offers: () => getApplicationOffers(actor, world.applicationId),
    search: () => searchCandidates(actor, { q: "Grace", page: 1 }),
    inbox: () => listInbox(actor),
    ...Object.fromEntries(reportTables.map((table) => [`csv:${table}`, () => getReportCsv(actor, table, { requisitionId: null, from: null, to: null })])),
  };
  const read: string[] = [];
  const parts: string[] = [];
  for (const [name, run] of Object.entries(reads)) {
    try {
      parts.push(JSON.stringify(await run()));
      read.push(name);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  const emails = await getDb().select().from(outboxMessages).where(eq(outboxMessages.toAddress, actor.email));
  parts.push(JSON.stringify(emails));
  return { read, payload: parts.join("\n") };
}

const staff: StaffKey[] = ["admin", "recruiter", "managerOnTeam", "managerOffTeam", "interviewerScheduled", "interviewerNotScheduled"];

describe("field-level rules", () => {
  it("store the self-identification answers, so the checks below can fail", async () => {
    const [row] = await getDb().select().from(selfIdentifications).where(eq(selfIdentifications.applicationId, world.applicationId));
    expect(row).toMatchObject(SELF_ID_ANSWERS);
  });

  it.each(staff)("never give %s the candidate's self-identification answers", async (key) => {
    const { payload } = await everythingVisibleTo(users[key]);
    for (const answer of Object.values(SELF_ID_ANSWERS)) expect(payload).not.toContain(answer);
  });

  it("give the hiring team the offer, so the interviewer checks below can fail", async () => {
    const { read, payload } = await everythingVisibleTo(users.managerOnTeam);
    expect(read).toContain("offers");
    expect(payload).toContain(OFFER_NOTES);
    expect(payload).toContain(String(OFFER_SALARY));
  });

  it("give a scheduled interviewer the candidate's materials but no offer details", async () => {
    const { read, payload } = await everythingVisibleTo(users.interviewerScheduled);
    expect(read).toEqual(expect.arrayContaining(["detail", "profile", "scorecardPage", "invite", "myInterviews"]));
    expect(read).not.toContain("offers");
    expect(payload).toContain("Grace");
    expect(payload).not.toContain(OFFER_NOTES);
    expect(payload).not.toContain(String(OFFER_SALARY));
    expect(payload).not.toContain("123,457");
  });

  it("give an interviewer not scheduled on the application none of it", async () => {
    const { read, payload } = await everythingVisibleTo(users.interviewerNotScheduled);
    expect(read.filter((name) => ["detail", "profile", "scorecardPage", "scorecardMatrix", "invite", "offers", "timeline", "interviews"].includes(name))).toEqual([]);
    expect(payload).not.toContain(OFFER_NOTES);
  });
});
