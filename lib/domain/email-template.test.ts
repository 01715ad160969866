import { describe, expect, it } from "vitest";
import { fillEmailTemplate } from "./email-template";

describe("fillEmailTemplate", () => {
  it.each([
    ["Hello {firstName}, about {jobTitle}.", "Hello Ada, about Backend Engineer."],
    ["{firstName}{firstName}", "AdaAda"],
    ["Unknown {lastName} and {{firstName}}", "Unknown {lastName} and {Ada}"],
    ["No placeholders", "No placeholders"],
  ])("%j → %j", (template, expected) => {
    expect(fillEmailTemplate(template, { firstName: "Ada", jobTitle: "Backend Engineer" })).toBe(expected);
  });

  it("inserts values literally, even ones that look like replacement patterns", () => {
    expect(fillEmailTemplate("Hi {firstName}", { firstName: "$& $1 {jobTitle}", jobTitle: "X" })).toBe("Hi $& $1 {jobTitle}");
  });
});
