import { describe, expect, it } from "vitest";
import { applyFieldNames, readAnswerFields } from "./apply-form-state";

describe("readAnswerFields", () => {
  it("reads every posted answer, evidence and question by id, with the form's own field names", () => {
    const form = new FormData();
    form.set(applyFieldNames.answer("q1"), "yes");
    form.set(applyFieldNames.evidence("q1"), "Ran the payments service.");
    form.set(applyFieldNames.evidence("q2"), "Some of it.");
    form.set(applyFieldNames.answer("q3"), "");
    form.set(applyFieldNames.question("visa_sponsorship"), "No");
    form.set(applyFieldNames.question("custom-1"), "");
    form.set("firstName", "Ada");
    form.set("resume", new File(["%PDF-1.7"], "cv.pdf"));
    const { qualificationAnswers, questionAnswers } = readAnswerFields(form);
    expect({ ...qualificationAnswers }).toEqual({
      q1: { answer: "yes", evidence: "Ran the payments service." },
      q2: { answer: null, evidence: "Some of it." },
      q3: { answer: null, evidence: "" },
    });
    expect({ ...questionAnswers }).toEqual({ visa_sponsorship: "No", "custom-1": null });
  });

  it("keeps a field named after Object's prototype an ordinary unknown id", () => {
    const form = new FormData();
    form.set("answer.__proto__", "yes");
    form.set("question.constructor", "x");
    const { qualificationAnswers, questionAnswers } = readAnswerFields(form);
    expect(Object.getPrototypeOf(qualificationAnswers)).toBeNull();
    expect(qualificationAnswers.__proto__).toEqual({ answer: "yes", evidence: "" });
    expect(questionAnswers.constructor).toBe("x");
    expect(({} as Record<string, unknown>).answer).toBeUndefined();
  });
});
