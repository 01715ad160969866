import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { systemActor, type UserActor } from "@/lib/domain/actor";
import { emptyAuditLogFilter, type AuditLogFilter } from "@/lib/domain/audit-log-filter";
import { writeAudit } from "./audit";
import { listAuditLog } from "./audit-log";
import { NotFoundError } from "./errors";

withTestDatabase();

let admin: UserActor, recruiter: UserActor;
const target = "5a0c7a1e-0000-4000-8000-00000000abcd";

beforeAll(async () => {
  [admin, recruiter] = await Promise.all([createTestUser("admin", "Ada Auditor"), createTestUser("recruiter", "Rick Recruiter")]);
  await getDb().delete(auditLog);
  // Seven entries in one millisecond (same created_at to the microsecond is possible; the id breaks ties).
  const at = new Date("2020-01-15T10:00:00Z");
  await getDb().insert(auditLog).values(
    Array.from({ length: 7 }, (_, i) => ({ actorUserId: recruiter.id, action: i % 2 ? "application.move" : "application.tag", targetType: "application", targetId: i === 3 ? target : null, createdAt: at, details: {} })),
  );
  await writeAudit(getDb(), admin, { action: "candidate.erase", targetType: "candidate", targetId: target });
  await writeAudit(getDb(), systemActor("retention"), { action: "retention.run", targetType: "retention_run" });
});

const list = (filter: Partial<AuditLogFilter>, size?: number) => listAuditLog(admin, { ...emptyAuditLogFilter, ...filter }, size);

describe("listAuditLog", () => {
  it("lists newest first with the actor's name, and pages by keyset without losing or repeating an entry", async () => {
    const first = await list({}, 4);
    expect(first.entries.map((e) => e.actorName).slice(0, 2)).toEqual(["System (retention)", "Ada Auditor"]);
    const seen = [...first.entries];
    let older = first.older;
    while (older) {
      const next = await list({ before: older }, 4);
      seen.push(...next.entries);
      older = next.older;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen.map((e) => e.id)).size).toBe(9);
  });

  it("filters by actor, action prefix, target and dates", async () => {
    expect((await list({ actor: "rick" })).entries).toHaveLength(7);
    expect((await list({ actor: "retention" })).entries.map((e) => e.action)).toEqual(["retention.run"]);
    expect((await list({ action: "application.move" })).entries).toHaveLength(3);
    expect((await list({ action: "application." })).entries).toHaveLength(7);
    expect((await list({ targetId: target })).entries.map((e) => e.action).sort()).toEqual(["application.move", "candidate.erase"]);
    expect((await list({ from: "2020-01-15", to: "2020-01-15" })).entries).toHaveLength(7);
    expect((await list({ to: "2020-01-14" })).entries).toHaveLength(0);
    expect((await list({ actor: "100%_" })).entries).toHaveLength(0);
  });

  it("is for admins only", async () => {
    await expect(listAuditLog(recruiter, emptyAuditLogFilter)).rejects.toBeInstanceOf(NotFoundError);
  });
});
