import { describe, expect, it } from "vitest";
import { maxSentenceChars, maxSentences, splitSentences } from "./resume-sentences";

describe("splitSentences", () => {
  it.each([
    ["One. Two.", ["One.", "Two."]],
    ["• Built X\n• Ran Y", ["Built X", "Ran Y"]],
    ["- Built X\n* Ran Y\n1. Led Z\n2) Cut W", ["Built X", "Ran Y", "Led Z", "Cut W"]],
    ["-5% churn after the launch", ["-5% churn after the launch"]],
    // Abbreviations and initials do not end a sentence.
    ["Used queues, e.g. SQS. Then Kafka.", ["Used queues, e.g. SQS.", "Then Kafka."]],
    ["Worked in the U.S. and the U.K. for Acme Inc. with Dr. Lee.", ["Worked in the U.S. and the U.K. for Acme Inc. with Dr. Lee."]],
    ["Reviewed by J. Smith. Approved.", ["Reviewed by J. Smith.", "Approved."]],
    // A line wrapped by PDF extraction continues; a capitalised or bulleted line does not.
    ["• Built a Go service that\n  handles 20k requests a second", ["Built a Go service that handles 20k requests a second"]],
    ["Staff Engineer\nAcme Inc", ["Staff Engineer", "Acme Inc"]],
    ["Skills:\nGo, Python", ["Skills:", "Go, Python"]],
    ["Built X • Ran Y", ["Built X", "Ran Y"]],
    ["Line one\r\nLine two\u2028Line three", ["Line one", "Line two", "Line three"]],
    ["   \n\n ,,, \n", []],
    ["", []],
  ])("%j", (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it("cuts runaway lines into bounded pieces", () => {
    const pieces = splitSentences("word ".repeat(10_000));
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(maxSentenceChars);
    expect(splitSentences("x".repeat(5_000)).every((p) => p.length <= maxSentenceChars)).toBe(true);
  });

  it("stops at maxSentences", () => {
    expect(splitSentences("Go.\n".repeat(maxSentences + 100))).toHaveLength(maxSentences);
  });
});
