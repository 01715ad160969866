import { describe, it, expect } from "vitest";
import { findSoftWord, isSoftEnd, isSoftStart, phraseKey } from "./text-scan";

describe("soft word boundaries", () => {
  it.each([
    ["EngineeringOnsite", 11, true],
    ["CABellevue", 2, true],
    ["Remotely", 6, false],
    ["a b", 2, true],
    ["ab", 1, false],
  ])("isSoftStart(%s, %d)", (s, i, expected) => {
    expect(isSoftStart(s, i)).toBe(expected);
  });

  it.each([
    ["CABellevue", 2, true],
    ["NoSQLDistributed", 5, true],
    ["Remotely", 6, false],
    ["Onsite", 6, true],
  ])("isSoftEnd(%s, %d)", (s, end, expected) => {
    expect(isSoftEnd(s, end)).toBe(expected);
  });

  it.each([
    ["Backend EngineeringOnsite", "onsite", 19],
    ["Remotely managed, remote team", "remote", 18],
    ["nothing here", "remote", -1],
  ])("findSoftWord(%s, %s)", (s, word, expected) => {
    expect(findSoftWord(s, s.toLowerCase(), word)).toBe(expected);
  });
});

describe("phraseKey", () => {
  it.each([
    ["What You’ll Do:", "what you'll do"],
    ["  Perks & Benefits  ", "perks and benefits"],
    ["## Requirements ##", "requirements"],
  ])("%s", (input, expected) => {
    expect(phraseKey(input)).toBe(expected);
  });
});
