import { describe, expect, it } from "vitest";
import { buildJobPostingJsonLd, jobDescriptionHtml, serializeJsonLd, type JobPostingSource } from "./job-posting-json-ld";

const publishedAt = new Date("2026-11-02T09:30:00.000Z");

function job(overrides: Partial<JobPostingSource> = {}): JobPostingSource {
  return {
    id: "7d4f3a52-0000-4000-8000-000000000001",
    title: "Backend Software Engineer",
    locations: ["San Francisco, CA", "London, UK"],
    workplaceType: "onsite",
    employmentType: "full_time",
    compensation: { min: 175000, max: 280000, currency: "USD", period: "year" },
    summary: "Builds backend systems.",
    responsibilities: ["Own the APIs."],
    requiredQualifications: [{ text: "Go or Rust." }],
    preferredQualifications: [{ text: "GCP." }],
    benefits: ["401(k) match."],
    skills: ["Go", "PostgreSQL"],
    publishedAt,
    validThrough: null,
    ...overrides,
  };
}

const build = (overrides: Partial<JobPostingSource> = {}, organizationName: string | null = "Sesame") =>
  buildJobPostingJsonLd({ job: job(overrides), organizationName });

describe("buildJobPostingJsonLd", () => {
  it("states every field Google for Jobs reads", () => {
    expect(build()).toEqual({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Backend Software Engineer",
      description:
        "<p>Builds backend systems.</p><h2>Responsibilities</h2><ul><li>Own the APIs.</li></ul>" +
        "<h2>Required qualifications</h2><ul><li>Go or Rust.</li></ul><h2>Preferred qualifications</h2><ul><li>GCP.</li></ul>" +
        "<h2>Benefits</h2><ul><li>401(k) match.</li></ul><h2>Skills</h2><ul><li>Go</li><li>PostgreSQL</li></ul>",
      identifier: { "@type": "PropertyValue", name: "Sesame", value: "7d4f3a52-0000-4000-8000-000000000001" },
      datePosted: "2026-11-02T09:30:00.000Z",
      validThrough: "2027-01-01T09:30:00.000Z",
      employmentType: "FULL_TIME",
      hiringOrganization: { "@type": "Organization", name: "Sesame" },
      jobLocation: [
        { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "San Francisco", addressRegion: "CA", addressCountry: "US" } },
        { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "London", addressCountry: "GB" } },
      ],
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "USD",
        value: { "@type": "QuantitativeValue", minValue: 175000, maxValue: 280000, unitText: "YEAR" },
      },
      directApply: true,
      responsibilities: ["Own the APIs."],
      qualifications: ["Go or Rust."],
      skills: ["Go", "PostgreSQL"],
      jobBenefits: ["401(k) match."],
    });
  });

  it.each([
    ["full_time", "FULL_TIME"],
    ["part_time", "PART_TIME"],
    ["contract", "CONTRACTOR"],
    ["internship", "INTERN"],
    ["temporary", "TEMPORARY"],
  ] as const)("employment type %s → %s", (employmentType, code) => {
    expect(build({ employmentType })?.employmentType).toBe(code);
  });

  it.each([
    ["year", "YEAR"],
    ["month", "MONTH"],
    ["week", "WEEK"],
    ["day", "DAY"],
    ["hour", "HOUR"],
  ] as const)("pay period %s → unitText %s", (period, unitText) => {
    const ld = build({ compensation: { min: 40, max: 55, currency: "EUR", period } });
    expect(ld?.baseSalary).toEqual({ "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", minValue: 40, maxValue: 55, unitText } });
  });

  it.each([
    ["the requisition's own end date", new Date("2026-12-15T00:00:00.000Z"), "2026-12-15T00:00:00.000Z"],
    ["60 days after publication without one", null, "2027-01-01T09:30:00.000Z"],
  ])("validThrough is %s", (_name, validThrough, expected) => {
    expect(build({ validThrough })?.validThrough).toBe(expected);
  });

  it.each([
    ["remote in one country", ["Remote (US)"], "remote", undefined, [{ "@type": "Country", name: "United States" }]],
    ["remote in a region", ["Remote - Europe"], "remote", undefined, [{ "@type": "AdministrativeArea", name: "Europe" }]],
    ["remote anywhere", ["Remote"], "remote", undefined, undefined],
    [
      "remote with an office",
      ["Remote (UK)", "London, UK"],
      "remote",
      [{ "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "London", addressCountry: "GB" } }],
      [{ "@type": "Country", name: "United Kingdom" }],
    ],
  ] as const)("%s", (_name, locations, workplaceType, jobLocation, requirements) => {
    const ld = build({ locations: [...locations], workplaceType });
    expect(ld?.jobLocationType).toBe("TELECOMMUTE");
    expect(ld?.jobLocation).toEqual(jobLocation);
    expect(ld?.applicantLocationRequirements).toEqual(requirements);
  });

  it("leaves out what the requisition does not state", () => {
    const ld = build(
      { employmentType: null, compensation: null, locations: [], responsibilities: [], requiredQualifications: [], skills: [], benefits: [] },
      null,
    );
    for (const key of ["employmentType", "baseSalary", "jobLocation", "jobLocationType", "hiringOrganization", "responsibilities", "qualifications", "skills", "jobBenefits"]) {
      expect(ld).not.toHaveProperty(key);
    }
    expect(ld?.directApply).toBe(true);
  });

  it("adds the page URL when known", () => {
    expect(buildJobPostingJsonLd({ job: job(), organizationName: "Sesame", url: "https://jobs.example.org/jobs/x" })?.url).toBe("https://jobs.example.org/jobs/x");
  });

  it("has nothing to say about a job that was never published", () => {
    expect(build({ publishedAt: null })).toBeNull();
  });
});

describe("jobDescriptionHtml", () => {
  it("escapes text so a posting cannot inject markup into the description", () => {
    const html = jobDescriptionHtml(job({ summary: `<img src=x onerror="alert(1)"> & 'quotes'`, responsibilities: [], requiredQualifications: [], preferredQualifications: [], benefits: [], skills: [] }));
    expect(html).toBe("<p>&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#39;quotes&#39;</p>");
  });
});

describe("serializeJsonLd", () => {
  const hostile = `</script><script>alert(1)</script><!-- & \u2028\u2029`;

  it("cannot close the script element or open a comment, whatever the text", () => {
    const out = serializeJsonLd({ title: hostile, nested: [{ text: hostile }] });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain("\\u003c/script\\u003e");
  });

  it("still parses back to exactly the same value", () => {
    const value = { title: hostile, n: 1, list: ["a", "<b>"] };
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });

  it("round-trips a whole JobPosting", () => {
    const ld = build({ title: "Engineer </script> & <b>friends</b>" });
    expect(JSON.parse(serializeJsonLd(ld))).toEqual(ld);
  });
});
