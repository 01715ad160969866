import { describe, expect, it } from "vitest";
import { APPLICANT_DATA_RETENTION_DAYS, PRIVACY_NOTICE_VERSION } from "./privacy-notice";

describe("privacy notice", () => {
  it("is versioned by a real calendar date, so stored consents sort and compare", () => {
    expect(PRIVACY_NOTICE_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${PRIVACY_NOTICE_VERSION}T00:00:00Z`).toISOString().slice(0, 10)).toBe(PRIVACY_NOTICE_VERSION);
  });

  it("keeps applicant data for a year after the last activity", () => {
    expect(APPLICANT_DATA_RETENTION_DAYS).toBe(365);
  });
});
