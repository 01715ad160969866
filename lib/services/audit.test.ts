import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { systemActor, type UserActor } from "@/lib/domain/actor";
import { writeAudit } from "./audit";
import { getResumeDownload } from "./pipeline";
import { getReportCsv } from "./reports";
import { requestMetadataFrom } from "./request-metadata";

withTestDatabase();

let admin: UserActor;
let requisitionId: string;
let applicationId: string;

beforeAll(async () => {
  admin = await createTestUser("admin");
  const req = await createTestRequisition();
  requisitionId = req.id;
  applicationId = await applyToTestRequisition(req.slug);
});

describe("requestMetadataFrom", () => {
  it("takes a proxy's request id and the first forwarded address", () => {
    const h = new Headers({ "x-request-id": "req-42.a:b", "x-forwarded-for": "203.0.113.9, 10.0.0.1" });
    expect(requestMetadataFrom(h)).toEqual({ requestId: "req-42.a:b", ipAddress: "203.0.113.9" });
  });

  it("makes one id per request when none came, and refuses odd ids and addresses", () => {
    const h = new Headers({ "x-request-id": "<script>", "x-real-ip": "not an address" });
    const first = requestMetadataFrom(h);
    expect(first.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.ipAddress).toBeNull();
    expect(requestMetadataFrom(h).requestId).toBe(first.requestId);
    expect(requestMetadataFrom(new Headers()).requestId).not.toBe(first.requestId);
    expect(requestMetadataFrom(new Headers({ "x-real-ip": "2001:db8::1" })).ipAddress).toBe("2001:db8::1");
  });
});

describe("writeAudit", () => {
  it("leaves request id and address empty outside a request", async () => {
    await writeAudit(getDb(), systemActor("test"), { action: "test.outside", targetType: "test" });
    const [row] = await getDb().select().from(auditLog).where(eq(auditLog.action, "test.outside"));
    expect(row).toMatchObject({ requestId: null, ipAddress: null, actorUserId: null, details: { actorKind: "system", purpose: "test" } });
  });
});

describe("sensitive reads", () => {
  it("audit the résumé download and the report CSV export", async () => {
    await getResumeDownload(admin, applicationId);
    await getReportCsv(admin, "funnel", { requisitionId, from: null, to: "2099-12-31" });
    const rows = await getDb().select().from(auditLog).where(and(eq(auditLog.actorUserId, admin.id)));
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "resume.download", targetType: "application", targetId: applicationId }),
        expect.objectContaining({ action: "report.export", targetType: "report", targetId: requisitionId, details: expect.objectContaining({ table: "funnel", to: "2099-12-31" }) }),
      ]),
    );
  });
});
