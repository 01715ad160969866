import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FunnelReport, RejectionReasonsReport } from "@/components/reports/report-views";

const href = (table: string) => `/dashboard/reports/export?table=${table}`;

describe("report views", () => {
  it("draw the funnel as a captioned table with header scopes, a described chart, footnotes and the CSV link", () => {
    const html = renderToStaticMarkup(
      createElement(FunnelReport, {
        exportHref: href,
        rows: [
          { stage: "Applied", kind: "active", reached: 7, conversion: null, leftRejected: 0, leftWithdrew: 0 },
          { stage: "Recruiter screen", kind: "active", reached: 6, conversion: 86, leftRejected: 0, leftWithdrew: 2 },
        ],
      }),
    );
    expect(html).toContain("<caption");
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
    expect(html).toContain('role="img" aria-label="Applications that reached each stage: Applied 7 applications, Recruiter screen 6 applications."');
    expect(html).toContain("86%");
    expect(html).toContain('href="/dashboard/reports/export?table=funnel"');
    expect(html).toContain("Reached: applications that were moved into the stage at least once");
  });

  it("escapes candidate-typed text and shows an empty state", () => {
    const html = renderToStaticMarkup(
      createElement(RejectionReasonsReport, { exportHref: href, rows: [{ kind: "we_rejected", reason: "<script>x</script>", stage: "Applied", count: 1 }] }),
    );
    expect(html).not.toContain("<script>");
    expect(renderToStaticMarkup(createElement(RejectionReasonsReport, { exportHref: href, rows: [] }))).toContain("No closed applications in this period.");
  });
});
