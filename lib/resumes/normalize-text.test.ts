import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeResumeText } from "./normalize-text";

describe("normalizeResumeText", () => {
  it.each([
    ["whitespace within a line", "  Jane \t  Doe\u00a0 ", "Jane Doe"],
    ["Windows and old Mac line ends", "a\r\nb\rc", "a\nb\nc"],
    ["runs of blank lines", "a\n\n\n \n\nb\n\n", "a\n\nb"],
    ["leading blank lines", "\n\n  \na", "a"],
    ["control characters", "Ja\u0000ne\u0007 D\u001boe\u0085", "Jane Doe"],
    ["form feeds and vertical tabs as line breaks", "page one\fpage two\u000bthree", "page one\npage two\nthree"],
    ["zero-width and bidi-override characters", "Ja\u200bne \u202eeoD\u202c", "Jane eoD"],
    ["unpaired surrogates", "a\ud800b\udc00c", "abc"],
    ["paired surrogates kept", "emoji \ud83d\ude00 ok", "emoji \ud83d\ude00 ok"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeResumeText(input)).toBe(expected);
  });

  it("cuts at the cap without splitting a surrogate pair", () => {
    expect(normalizeResumeText("ab\ud83d\ude00", 3)).toBe("ab");
    expect(normalizeResumeText("x".repeat(500), 100)).toHaveLength(100);
  });

  it("is bounded, idempotent and free of control characters for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (input, cap) => {
        const once = normalizeResumeText(input, cap);
        expect(once.length).toBeLessThanOrEqual(cap);
        expect(once).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
        expect(normalizeResumeText(once, cap)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
