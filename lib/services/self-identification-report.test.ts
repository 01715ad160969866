import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { NotFoundError } from "./errors";
import { getSelfIdentificationReport } from "./self-identification-report";

withTestDatabase();

let admin: UserActor, recruiter: UserActor, manager: UserActor;
let bigId: string, smallId: string;

beforeAll(async () => {
  [admin, recruiter, manager] = await Promise.all([createTestUser("admin"), createTestUser("recruiter"), createTestUser("hiring_manager")]);
  const [big, small] = await Promise.all([createTestRequisition(), createTestRequisition()]);
  bigId = big.id;
  smallId = small.id;
  // Five women and three men in the first stage of one requisition; three people in the other.
  for (const gender of ["Woman", "Woman", "Woman", "Woman", "Woman", "Man", "Man", "Man"]) await applyToTestRequisition(big.slug, { selfIdentification: { gender } });
  for (let i = 0; i < 3; i++) await applyToTestRequisition(small.slug, { selfIdentification: { gender: "Woman" } });
});

describe("getSelfIdentificationReport", () => {
  it("counts answers per requisition and stage, hiding groups under five and the cell that would give them away", async () => {
    const report = await getSelfIdentificationReport(admin);
    const big = report.requisitions.find((r) => r.requisitionId === bigId);
    expect(big?.stages).toHaveLength(1);
    const [stage] = big!.stages;
    expect(stage?.total).toEqual({ kind: "count", value: 8 });
    const gender = stage?.questions.find((q) => q.key === "gender")?.cells;
    const options = report.questions.find((q) => q.key === "gender")!.options;
    // 8 − 5 would give the three men away: the five women are suppressed too.
    expect(Object.fromEntries(options.map((o, i) => [o, gender?.[i]?.kind]))).toEqual({
      Woman: "suppressed",
      Man: "fewer-than-5",
      "Non-binary": "fewer-than-5",
      "Another gender": "fewer-than-5",
      "Decline to self-identify": "fewer-than-5",
    });
    // Everyone declined the veteran question: eight declines, and zeros (nobody) need no cover.
    const veteran = stage?.questions.find((q) => q.key === "veteranStatus")?.cells;
    expect(veteran).toEqual([{ kind: "fewer-than-5" }, { kind: "fewer-than-5" }, { kind: "count", value: 8 }]);

    const small = report.requisitions.find((r) => r.requisitionId === smallId);
    expect(small?.stages[0]?.total).toEqual({ kind: "fewer-than-5" });
    expect(JSON.stringify(small)).not.toMatch(/"count"/);
  });

  it("is for admins only, and each read is audited", async () => {
    for (const actor of [recruiter, manager]) await expect(getSelfIdentificationReport(actor)).rejects.toBeInstanceOf(NotFoundError);
    const before = await getDb().select().from(auditLog).where(eq(auditLog.action, "self_identification.report"));
    await getSelfIdentificationReport(admin);
    const after = await getDb().select().from(auditLog).where(eq(auditLog.action, "self_identification.report"));
    expect(after.length - before.length).toBe(1);
    expect(after.at(-1)).toMatchObject({ actorUserId: admin.id, targetType: "report", requestId: null, ipAddress: null });
  });
});
