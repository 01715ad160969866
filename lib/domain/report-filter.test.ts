import { describe, expect, it } from "vitest";
import { cohortBounds, parseReportFilter } from "./report-filter";

const id = "0b6c3a52-6f1e-4a43-9a55-3f0f6d1c2a10";

describe("parseReportFilter", () => {
  it.each([
    { params: {}, filter: { requisitionId: null, from: null, to: null } },
    { params: { requisition: "", from: "", to: "" }, filter: { requisitionId: null, from: null, to: null } },
    { params: { requisition: id, from: "2026-01-01", to: "2026-01-31" }, filter: { requisitionId: id, from: "2026-01-01", to: "2026-01-31" } },
    { params: { from: ["2026-02-01", "2026-03-01"] }, filter: { requisitionId: null, from: "2026-02-01", to: null } },
  ])("accepts $params", ({ params, filter }) => {
    expect(parseReportFilter(params)).toEqual({ ok: true, filter });
  });

  it.each([
    { params: { requisition: "not-an-id" }, error: "Choose a requisition from the list." },
    { params: { from: "31/01/2026" }, error: "Use a date like 2026-01-31." },
    { params: { to: "2026-02-30" }, error: "That is not a date." },
    { params: { from: "2026-02-01", to: "2026-01-01" }, error: "The start date must not be after the end date." },
  ])("refuses $params", ({ params, error }) => {
    expect(parseReportFilter(params)).toEqual({ ok: false, error });
  });
});

describe("cohortBounds", () => {
  it.each([
    { filter: { requisitionId: null, from: null, to: null }, bounds: { start: "-infinity", end: "infinity" } },
    { filter: { requisitionId: null, from: "2026-01-01", to: "2026-01-31" }, bounds: { start: "2026-01-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z" } },
    { filter: { requisitionId: null, from: null, to: "2024-02-28" }, bounds: { start: "-infinity", end: "2024-02-29T00:00:00.000Z" } },
  ])("$filter.from – $filter.to", ({ filter, bounds }) => {
    expect(cohortBounds(filter)).toEqual(bounds);
  });
});
