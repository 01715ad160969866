import { describe, expect, it } from "vitest";
import { checkQuestionAnswer, derivedQuestions, type FormQuestion } from "./application-questions";

describe("derivedQuestions", () => {
  it.each([
    { workplaceType: "onsite" as const, locations: ["San Francisco, CA", "New York, NY"], keys: ["location", "visa_sponsorship"] },
    { workplaceType: "hybrid" as const, locations: ["London, UK"], keys: ["location", "visa_sponsorship"] },
    { workplaceType: "remote" as const, locations: ["Remote (US)"], keys: ["visa_sponsorship"] },
    { workplaceType: "onsite" as const, locations: [], keys: ["visa_sponsorship"] },
    { workplaceType: null, locations: ["Berlin"], keys: ["visa_sponsorship"] },
  ])("$workplaceType at $locations → $keys", ({ workplaceType, locations, keys }) => {
    expect(derivedQuestions({ workplaceType, locations }).map((q) => q.key)).toEqual(keys);
  });

  it("lists the locations with the location question", () => {
    const [location] = derivedQuestions({ workplaceType: "onsite", locations: ["San Francisco, CA", "Bellevue, WA"] });
    expect(location).toMatchObject({ label: "Can you work from one of these locations?", description: "San Francisco, CA; Bellevue, WA", knockoutAnswers: ["No"] });
  });
});

describe("checkQuestionAnswer", () => {
  const yesNo: FormQuestion = { key: "location", kind: "yes_no", label: "L", required: true, options: [], knockoutAnswers: ["No"] };
  const choice: FormQuestion = { key: "c", kind: "single_choice", label: "C", required: false, options: ["Red", "Blue"], knockoutAnswers: [] };
  const short: FormQuestion = { key: "s", kind: "short_text", label: "S", required: false, options: [], knockoutAnswers: [] };
  it.each([
    { q: yesNo, raw: "Yes", expected: { ok: true, value: "Yes", knockout: false } },
    { q: yesNo, raw: "No", expected: { ok: true, value: "No", knockout: true } },
    { q: yesNo, raw: "", expected: { ok: false, error: "Answer this question." } },
    { q: yesNo, raw: "Maybe", expected: { ok: false, error: "Choose one of the options." } },
    { q: choice, raw: null, expected: { ok: true, value: null, knockout: false } },
    { q: choice, raw: "Green", expected: { ok: false, error: "Choose one of the options." } },
    { q: short, raw: "x".repeat(301), expected: { ok: false, error: "Keep your answer under 300 characters." } },
  ])("$q.kind $raw", ({ q, raw, expected }) => {
    expect(checkQuestionAnswer(q, raw)).toEqual(expected);
  });
});
