import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, offers, requisitionStatusEvents, requisitions } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { listRemainingCandidates } from "./filled-requisition";
import { scheduleInterview } from "./interviews";
import { getApplicationOffers } from "./offers-read";
import { approveOffer, draftOffer, markOfferExtended, recordOfferResponse, withdrawOffer } from "./offers";
import { getApplicationDetail } from "./pipeline";
import { listRejectionReasons, rejectApplication } from "./rejections";
import { getRequisitionHeadcount, setRequisitionHeadcount } from "./requisition-headcount";

withTestDatabase();

let admin: UserActor, recruiter: UserActor, manager: UserActor, otherManager: UserActor, ivan: UserActor;

beforeAll(async () => {
  [admin, recruiter, manager, otherManager, ivan] = await Promise.all([
    createTestUser("admin", "Ada Offers"),
    createTestUser("recruiter", "Rita Offers"),
    createTestUser("hiring_manager", "Hank Offers"),
    createTestUser("hiring_manager", "Olga Elsewhere"),
    createTestUser("interviewer", "Ivan Offers"),
  ]);
});

/** A requisition (pay 70,000–90,000 EUR a year) with its team, and applications to it. */
async function requisitionWith(applicationCount: number) {
  const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }, { userId: ivan.id, role: "interviewer" }] });
  const applicationIds: string[] = [];
  for (let i = 0; i < applicationCount; i++) applicationIds.push(await applyToTestRequisition(req.slug));
  return { req, applicationIds };
}

const terms = (applicationId: string, overrides: Record<string, unknown> = {}) => ({
  applicationId,
  salary: "85,000",
  currency: "eur",
  payPeriod: "year" as const,
  startDate: "2031-02-01",
  notes: "Signing bonus discussed.",
  ...overrides,
});

// In the order they happened: without an order PostgreSQL may return the rows either way.
const auditActions = async (offerId: string) =>
  (
    await getDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "offer"), eq(auditLog.targetId, offerId)))
      .orderBy(asc(auditLog.createdAt))
  ).map((r) => r.action);

describe("drafting", () => {
  it("lets the requisition's hiring manager draft an in-range offer, audited, and refuses a second live one", async () => {
    const { applicationIds: [applicationId] } = await requisitionWith(1);
    const drafted = await draftOffer(manager, terms(applicationId!));
    expect(drafted).toMatchObject({ status: "draft", version: 1, outsideRange: false });
    const [row] = await getDb().select().from(offers).where(eq(offers.id, drafted.offerId));
    expect(row).toMatchObject({ salary: 85_000, currency: "EUR", payPeriod: "year", startDate: "2031-02-01", createdByUserId: manager.id });
    expect(await auditActions(drafted.offerId)).toEqual(["offer.draft"]);
    await expect(draftOffer(recruiter, terms(applicationId!))).rejects.toBeInstanceOf(ConflictError);
  });

  it("flags an offer outside the range (amount, currency or period) and reports bad input by field", async () => {
    const { applicationIds } = await requisitionWith(3);
    expect((await draftOffer(recruiter, terms(applicationIds[0]!, { salary: "95000" }))).outsideRange).toBe(true);
    expect((await draftOffer(recruiter, terms(applicationIds[1]!, { currency: "USD" }))).outsideRange).toBe(true);
    expect((await draftOffer(recruiter, terms(applicationIds[2]!, { payPeriod: "month", salary: 7000 }))).outsideRange).toBe(true);
    const refused = await draftOffer(recruiter, terms(applicationIds[0]!, { salary: "", currency: "euro", startDate: "soon" })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(Object.keys((refused as ValidationError).fieldErrors).sort()).toEqual(["currency", "salary", "startDate"]);
  });

  it("is not found for interviewers, even scheduled ones, and for hiring managers of other requisitions", async () => {
    const { applicationIds: [applicationId] } = await requisitionWith(1);
    await scheduleInterview(recruiter, { applicationId: applicationId!, title: "Onsite", date: "2031-03-04", time: "10:00", timeZone: "UTC", durationMinutes: 60, location: "", interviewerIds: [ivan.id] });
    expect((await getApplicationDetail(ivan, applicationId!)).canMove).toBe(false);
    const { offerId, version } = await draftOffer(manager, terms(applicationId!));
    for (const intruder of [ivan, otherManager]) {
      await expect(draftOffer(intruder, terms(applicationId!))).rejects.toBeInstanceOf(NotFoundError);
      await expect(getApplicationOffers(intruder, applicationId!)).rejects.toBeInstanceOf(NotFoundError);
      await expect(approveOffer(intruder, { offerId, expectedVersion: version })).rejects.toBeInstanceOf(NotFoundError);
      await expect(withdrawOffer(intruder, { offerId, expectedVersion: version })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await auditActions(offerId)).toEqual(["offer.draft"]);
  });
});

describe("approval", () => {
  it("is an admin's alone; an outside-range offer needs the exception reason, which is kept", async () => {
    const { applicationIds: [applicationId] } = await requisitionWith(1);
    const { offerId, version } = await draftOffer(manager, terms(applicationId!, { salary: 120_000 }));
    await expect(approveOffer(manager, { offerId, expectedVersion: version, exceptionReason: "Please" })).rejects.toBeInstanceOf(ValidationError);
    const missing = await approveOffer(admin, { offerId, expectedVersion: version }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).fieldErrors.exceptionReason).toBeDefined();
    const approved = await approveOffer(admin, { offerId, expectedVersion: version, exceptionReason: "Matches a competing offer" });
    expect(approved).toMatchObject({ status: "approved", version: version + 1, requisitionFilled: false });
    const [row] = await getDb().select().from(offers).where(eq(offers.id, offerId));
    expect(row).toMatchObject({ exceptionReason: "Matches a competing offer", approvedByUserId: admin.id });
    expect(await auditActions(offerId)).toEqual(["offer.draft", "offer.approve"]);
  });

  it("refuses a step taken on a stale view, and one out of order, writing nothing", async () => {
    const { applicationIds: [applicationId] } = await requisitionWith(1);
    const { offerId, version } = await draftOffer(manager, terms(applicationId!));
    await expect(markOfferExtended(manager, { offerId, expectedVersion: version })).rejects.toBeInstanceOf(ValidationError);
    await approveOffer(admin, { offerId, expectedVersion: version });
    await expect(withdrawOffer(manager, { offerId, expectedVersion: version })).rejects.toBeInstanceOf(ConflictError);
    expect(await auditActions(offerId)).toEqual(["offer.draft", "offer.approve"]);
  });
});

describe("the candidate's answer", () => {
  it("accepting hires the candidate and, with the headcount reached, closes the requisition as filled", async () => {
    const { req, applicationIds } = await requisitionWith(3);
    const [hiredId, otherId, thirdId] = applicationIds as [string, string, string];
    const drafted = await draftOffer(manager, terms(hiredId));
    const approved = await approveOffer(admin, { offerId: drafted.offerId, expectedVersion: drafted.version });
    const extended = await markOfferExtended(recruiter, { offerId: drafted.offerId, expectedVersion: approved.version });
    const accepted = await recordOfferResponse(manager, { offerId: drafted.offerId, expectedVersion: extended.version, response: "accepted" });
    expect(accepted).toMatchObject({ status: "accepted", requisitionFilled: true, requisitionId: req.id });

    const detail = await getApplicationDetail(manager, hiredId);
    expect(detail.stage.kind).toBe("hired");
    expect(detail.events[0]).toMatchObject({ to: "Hired", reason: "Offer accepted", actorName: "Hank Offers" });
    const [requisition] = await getDb().select().from(requisitions).where(eq(requisitions.id, req.id));
    expect(requisition).toMatchObject({ status: "closed", closeReason: "filled" });
    const events = await getDb().select().from(requisitionStatusEvents).where(eq(requisitionStatusEvents.requisitionId, req.id));
    expect(events.at(-1)).toMatchObject({ fromStatus: "open", toStatus: "closed", closeReason: "filled", actorUserId: manager.id });
    expect(await auditActions(drafted.offerId)).toEqual(["offer.draft", "offer.approve", "offer.extend", "offer.accept"]);

    // The others are listed for the hiring manager, who rejects them through the ordinary flow.
    const remaining = await listRemainingCandidates(manager, req.id);
    expect(remaining.requisition).toMatchObject({ status: "closed", closeReason: "filled", headcount: 1 });
    expect(remaining.candidates.map((c) => c.applicationId).sort()).toEqual([otherId, thirdId].sort());
    const reason = (await listRejectionReasons(manager)).find((r) => r.label === "Position closed");
    const other = remaining.candidates.find((c) => c.applicationId === otherId)!;
    await rejectApplication(manager, { applicationId: otherId, expectedVersion: other.version, reasonId: reason!.id, sendEmail: false });
    expect((await listRemainingCandidates(manager, req.id)).candidates.map((c) => c.applicationId)).toEqual([thirdId]);
    await expect(listRemainingCandidates(ivan, req.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listRemainingCandidates(otherManager, req.id)).rejects.toBeInstanceOf(NotFoundError);

    // A closed requisition takes no new offers.
    await expect(draftOffer(manager, terms(thirdId))).rejects.toBeInstanceOf(ValidationError);
  });

  it("keeps the requisition open until the headcount is hired", async () => {
    const { req, applicationIds } = await requisitionWith(2);
    expect(await setRequisitionHeadcount(recruiter, req.id, "2")).toBe(2);
    const hire = async (applicationId: string) => {
      const d = await draftOffer(recruiter, terms(applicationId));
      const a = await approveOffer(admin, { offerId: d.offerId, expectedVersion: d.version });
      const e = await markOfferExtended(recruiter, { offerId: d.offerId, expectedVersion: a.version });
      return recordOfferResponse(recruiter, { offerId: d.offerId, expectedVersion: e.version, response: "accepted" });
    };
    expect((await hire(applicationIds[0]!)).requisitionFilled).toBe(false);
    const [stillOpen] = await getDb().select().from(requisitions).where(eq(requisitions.id, req.id));
    expect(stillOpen?.status).toBe("open");
    expect((await hire(applicationIds[1]!)).requisitionFilled).toBe(true);
  });

  it("fills the last two seats when both acceptances arrive at once", async () => {
    const { req, applicationIds } = await requisitionWith(2);
    await setRequisitionHeadcount(recruiter, req.id, 2);
    const extended = [];
    for (const applicationId of applicationIds) {
      const d = await draftOffer(recruiter, terms(applicationId));
      const a = await approveOffer(admin, { offerId: d.offerId, expectedVersion: d.version });
      extended.push(await markOfferExtended(recruiter, { offerId: d.offerId, expectedVersion: a.version }));
    }
    const results = await Promise.all(extended.map((e) => recordOfferResponse(recruiter, { offerId: e.offerId, expectedVersion: e.version, response: "accepted" })));
    expect(results.map((r) => r.requisitionFilled).sort()).toEqual([false, true]);
    const [requisition] = await getDb().select().from(requisitions).where(eq(requisitions.id, req.id));
    expect(requisition).toMatchObject({ status: "closed", closeReason: "filled" });
  });

  it("declining moves nobody and leaves room for a new offer; a held offer cannot be withdrawn, a draft can", async () => {
    const { applicationIds: [applicationId] } = await requisitionWith(1);
    const before = await getApplicationDetail(manager, applicationId!);
    const d = await draftOffer(manager, terms(applicationId!));
    const a = await approveOffer(admin, { offerId: d.offerId, expectedVersion: d.version });
    const e = await markOfferExtended(manager, { offerId: d.offerId, expectedVersion: a.version });
    await expect(withdrawOffer(manager, { offerId: d.offerId, expectedVersion: e.version })).rejects.toBeInstanceOf(ValidationError);
    expect(await recordOfferResponse(manager, { offerId: d.offerId, expectedVersion: e.version, response: "declined" })).toMatchObject({ status: "declined" });
    expect((await getApplicationDetail(manager, applicationId!)).stage.id).toBe(before.stage.id);

    const second = await draftOffer(manager, terms(applicationId!, { salary: 89_000 }));
    expect(await withdrawOffer(manager, { offerId: second.offerId, expectedVersion: second.version })).toMatchObject({ status: "withdrawn" });
    const view = await getApplicationOffers(manager, applicationId!);
    expect(view.canDraft).toBe(true);
    expect(view.offers.map((o) => o.status)).toEqual(["withdrawn", "declined"]);
    expect(view.offers[1]?.history.map((h) => h.action)).toEqual(["offer.draft", "offer.approve", "offer.extend", "offer.decline"]);
    expect(view.offers[1]?.history[1]?.actorName).toBe("Ada Offers");
  });

  it("shows each actor only the steps they may take", async () => {
    const { applicationIds: [applicationId] } = await requisitionWith(1);
    await draftOffer(manager, terms(applicationId!));
    expect((await getApplicationOffers(manager, applicationId!)).offers[0]?.steps).toEqual(["withdraw"]);
    expect((await getApplicationOffers(admin, applicationId!)).offers[0]?.steps).toEqual(["approve", "withdraw"]);
    expect((await getApplicationOffers(admin, applicationId!)).canDraft).toBe(false);
  });
});

describe("headcount", () => {
  it("is set by recruiters and admins within 1–999 and audited; others get not-found", async () => {
    const { req } = await requisitionWith(0);
    expect(await getRequisitionHeadcount(recruiter, req.id)).toBe(1);
    for (const bad of ["0", "1000", "1.5", "", "two"]) {
      const error = await setRequisitionHeadcount(admin, req.id, bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.headcount?.[0]).toBeTruthy();
    }
    expect(await setRequisitionHeadcount(admin, req.id, "999")).toBe(999);
    await expect(setRequisitionHeadcount(manager, req.id, "3")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRequisitionHeadcount(ivan, req.id)).rejects.toBeInstanceOf(NotFoundError);
    const audits = await getDb().select().from(auditLog).where(and(eq(auditLog.action, "requisition.headcount"), eq(auditLog.targetId, req.id)));
    expect(audits.map((a) => a.details)).toEqual([expect.objectContaining({ from: 1, to: 999 })]);
  });
});
