import { describe, expect, it } from "vitest";
import { findMentions } from "./term-matcher";

function skillsIn(text: string): string[] {
  return findMentions(text).map((m) => m.skill);
}

describe("findMentions", () => {
  it.each([
    // Synonyms resolve to one canonical skill.
    ["Ran k8s clusters", ["Kubernetes"]],
    ["Tuned Postgres vacuum settings", ["PostgreSQL"]],
    ["Migrated to Google Cloud", ["GCP"]],
    ["Moved everything to Google Cloud Platform", ["GCP"]],
    ["Frontend in JS and TypeScript", ["JavaScript", "TypeScript"]],
    ["Wrote golang daemons", ["Go"]],
    ["Wrote Golang daemons", ["Go"]],
    ["Shipped on GKE", ["GKE"]],
    // "Go" the language is capitalised; the verb and go-to-market are not the language.
    ["Led our go to market plan", []],
    ["Owned the Go-to-market launch", []],
    ["GO TO MARKET strategy", []],
    ["Ready to go live in May", []],
    ["Let's go", []],
    ["Rewrote the service from Python to Go", ["Python", "Go"]],
    ["Built Go-based tooling", ["Go"]],
    // Punctuated names stand whole and do not leak their letters.
    ["C++, C#, .NET and Node.js", ["C++", "C#", ".NET", "Node.js"]],
    ["Java and JavaScript", ["Java", "JavaScript"]],
    ["Embedded C/C++", ["C", "C++"]],
    ["Reported to the C-suite", []],
    ["Vitamin C and grade C", []],
    ["Statistics in R and RStudio", ["data analysis", "R", "R"]],
    ["Ran the R&D budget", []],
    ["Reviewed by John R. Smith", []],
    // Case matters where a spelling is also an ordinary word.
    ["Designed REST and RESTful APIs", ["REST", "REST"]],
    ["Took a rest day", []],
    ["React and React Native apps", ["React", "React"]],
    ["Learned to react quickly", []],
    ["Swift and SwiftUI", ["Swift"]],
    ["A swift reply", []],
    // Spelling variants and plurals.
    ["On-call, on call and oncall rotations", ["on-call", "on-call", "on-call"]],
    ["CRDT-based editor using CRDTs", ["CRDTs", "CRDTs"]],
    ["Maintained ledgers", ["payments"]],
    ["non-relational and relational stores", ["NoSQL", "relational databases"]],
    ["job search and search ranking", ["search", "search"]],
    ["Built real-time media and real-time systems", ["real-time media", "real-time systems"]],
    ["streaming data pipelines", ["data pipelines"]],
    ["Visit http://example.com", []],
    ["HTTP/2 and HTTPS", ["HTTP", "HTTP"]],
    ["BLS, ACLS, RN license", ["BLS", "ACLS", "RN license"]],
    ["Quota attainment 130% in Salesforce", ["quota", "Salesforce"]],
    ["Prototyped in Figma", ["Figma"]],
    ["SQL, pandas and dbt", ["SQL", "pandas", "dbt"]],
    // Unicode around and between terms does not shift matches or break boundaries.
    ["İİİ Kubernetes — 数据库 PostgreSQL", ["Kubernetes", "PostgreSQL"]],
    ["Kubernetesque", []],
    ["", []],
  ])("%j → %j", (text, expected) => {
    expect(skillsIn(text)).toEqual(expected);
  });

  it("reports what was written and where", () => {
    const [m] = findMentions("Ran İ k8s");
    expect(m).toEqual({ skill: "Kubernetes", found: "k8s", start: 6, end: 9 });
  });
});
