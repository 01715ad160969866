import { describe, it, expect } from "vitest";
import { classifyHeading, isChromeLine, mentionsPreferred, splitLabelledLine } from "./sections";

describe("classifyHeading", () => {
  it.each([
    ["Summary", false, "role"],
    ["About the role", false, "role"],
    ["Job Description", false, "role"],
    ["Responsibilities", false, "responsibilities"],
    ["What you'll do", false, "responsibilities"],
    ["What You’ll Do:", false, "responsibilities"],
    ["In this role, you will:", false, "responsibilities"],
    ["As a Store Manager, you will", false, "responsibilities"],
    ["Your impact", false, "responsibilities"],
    ["Key Responsibilities include", false, "responsibilities"],
    ["Required Qualifications", false, "required"],
    ["Minimum qualifications", false, "required"],
    ["Must have", false, "required"],
    ["Requirements", false, "qualifications"],
    ["Qualifications", false, "qualifications"],
    ["What we're looking for", false, "qualifications"],
    ["You have", false, "qualifications"],
    ["About you", false, "qualifications"],
    ["Preferred Qualifications", false, "preferred"],
    ["Nice to have", false, "preferred"],
    ["Nice-to-haves", false, "preferred"],
    ["Bonus points", false, "preferred"],
    ["Pluses", false, "preferred"],
    ["Benefits", false, "benefits"],
    ["Perks & Benefits", false, "benefits"],
    ["What we offer", false, "benefits"],
    ["Skills", false, "skills"],
    ["Tech stack", false, "skills"],
    ["Compensation", false, "meta"],
    ["Location", false, "meta"],
    ["About us", false, "ignored"],
    ["About Acme", true, "ignored"],
    ["Why Acme?", false, "ignored"],
    ["Similar roles at this salary range", false, "chrome"],
    ["All Backend Engineering jobs →", false, "chrome"],
    ["🚀 What you'll do", true, "responsibilities"],
    ["Our process", true, "ignored"],
    ["Backend Software Engineer", false, null],
    ["We are looking for a nurse who loves patients.", false, null],
    ["Design and build the backend systems", false, null],
  ])("%s (explicit=%s) → %s", (text, explicit, kind) => {
    expect(classifyHeading(text, explicit)).toBe(kind);
  });
});

describe("splitLabelledLine", () => {
  it.each([
    ["Requirements: 3+ years in retail", { kind: "qualifications", rest: "3+ years in retail" }],
    ["Skills: Python, SQL", { kind: "skills", rest: "Python, SQL" }],
    ["Salary: £30k", { kind: "meta", rest: "£30k" }],
    ["Note: we reply within a week", null],
    ["Responsibilities:", null],
  ])("%s", (text, expected) => {
    expect(splitLabelledLine(text)).toEqual(expected);
  });
});

describe("isChromeLine", () => {
  it.each([
    ["All Backend Engineering jobs →", true],
    ["Apply now", true],
    ["View all Marketing jobs", true],
    ["Competitive stock options.", false],
  ])("%s", (text, expected) => {
    expect(isChromeLine(text)).toBe(expected);
  });
});

describe("mentionsPreferred", () => {
  it.each([
    ["Experience with Kafka is a plus", true],
    ["CPA preferred", true],
    ["Bonus: Spanish speaker", true],
    ["Ideally some SaaS experience", true],
    ["Nice to have: Figma plugins", true],
    ["3+ years of B2B sales experience", false],
    ["Plus-size fashion retail experience", false],
  ])("%s", (text, expected) => {
    expect(mentionsPreferred(text)).toBe(expected);
  });
});
