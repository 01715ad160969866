import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeLinkedinUrl, normalizePhone } from "./contact-normalize";

describe("normalizePhone", () => {
  it.each([
    ["+1 (415) 555-0100", "14155550100"],
    ["1-415-555-0100", "14155550100"],
    ["  030 1234567 ", "0301234567"],
    ["123", null],
    ["", null],
    [null, null],
  ])("%j → %j", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });
});

describe("normalizeLinkedinUrl", () => {
  it.each([
    ["https://www.linkedin.com/in/Ada-L/", "linkedin.com/in/ada-l"],
    ["http://linkedin.com/in/ada-l?trk=profile#top", "linkedin.com/in/ada-l"],
    ["linkedin.com/in/ada-l//", "linkedin.com/in/ada-l"],
    ["https://de.linkedin.com/in/ada-l", "linkedin.com/in/ada-l"],
    ["https://linkedin.com", null],
    ["https://notlinkedin.com/in/ada-l", null],
    ["https://linkedin.com.evil.example/in/ada-l", null],
    ["not a url at all", null],
    [null, null],
  ])("%j → %j", (input, expected) => {
    expect(normalizeLinkedinUrl(input)).toBe(expected);
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        normalizeLinkedinUrl(input);
        normalizePhone(input);
      }),
    );
  });
});
