import { describe, expect, it } from "vitest";
import { auditLogHref, emptyAuditLogFilter, parseAuditLogFilter } from "./audit-log-filter";

const id = "3f2b6c1e-8a4d-4c2b-9f11-0a1b2c3d4e5f";

describe("parseAuditLogFilter", () => {
  it("reads every field, trims, and treats blanks as no filter", () => {
    expect(parseAuditLogFilter({ actor: " Ada ", action: "Candidate.", target: id.toUpperCase(), from: "2026-01-01", to: "2026-01-31", before: `2026-01-31 10:00:00.123456_${id}` })).toEqual({
      ok: true,
      filter: { actor: "Ada", action: "candidate.", targetId: id, from: "2026-01-01", to: "2026-01-31", before: { at: "2026-01-31 10:00:00.123456", id } },
    });
    expect(parseAuditLogFilter({ actor: "", action: " ", target: "" })).toEqual({ ok: true, filter: emptyAuditLogFilter });
  });

  it.each([
    [{ target: "not-an-id" }, /target/i],
    [{ from: "2026-02-30" }, /not a date/],
    [{ from: "2026-02-02", to: "2026-02-01" }, /From date/],
    [{ action: "drop table;" }, /Actions look like/],
    [{ before: "yesterday" }, /page link/],
    [{ unknown: "x", target: "x" }, /target/i],
  ])("refuses %j with a clear message", (params, message) => {
    const result = parseAuditLogFilter(params);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("round-trips through the page link", () => {
    const parsed = parseAuditLogFilter({ actor: "Ada Lovelace", action: "candidate.erase", to: "2026-03-01" });
    if (!parsed.ok) throw new Error(parsed.error);
    const href = auditLogHref(parsed.filter, { at: "2026-03-01 09:00:00.5", id });
    const again = parseAuditLogFilter(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(again).toEqual({ ok: true, filter: { ...parsed.filter, before: { at: "2026-03-01 09:00:00.5", id } } });
  });
});
