import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, hasMatch, headlineOptions, parseHighlight, plainFragments } from "./search-highlight";

describe("parseHighlight", () => {
  it.each([
    ["no marks", "Grace Hopper", [{ text: "Grace Hopper", match: false }]],
    ["one mark", `Grace ${S}Hopper${E}`, [{ text: "Grace ", match: false }, { text: "Hopper", match: true }]],
    ["two marks", `${S}a${E} b ${S}c${E}`, [{ text: "a", match: true }, { text: " b ", match: false }, { text: "c", match: true }]],
    ["adjacent marks merge", `${S}Tester${E}${S}-x${E}`, [{ text: "Tester-x", match: true }]],
    ["an unclosed mark runs to the end", `a ${S}b`, [{ text: "a ", match: false }, { text: "b", match: true }]],
    ["a stray stop is dropped", `a${E}b`, [{ text: "ab", match: false }]],
    ["markup stays text", `${S}<img src=x onerror=alert(1)>${E}`, [{ text: "<img src=x onerror=alert(1)>", match: true }]],
    ["empty", "", []],
  ])("%s", (_name, input, expected) => {
    expect(parseHighlight(input)).toEqual(expected);
  });

  it("keeps every character but the markers, and never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "<", S, E, "é", "😀") }), (input) => {
        const fragments = parseHighlight(input);
        expect(fragments.map((f) => f.text).join("")).toBe(input.replaceAll(S, "").replaceAll(E, ""));
        expect(fragments.every((f) => f.text.length > 0)).toBe(true);
      }),
    );
  });
});

describe("helpers", () => {
  it("builds ts_headline options around the markers", () => {
    expect(headlineOptions()).toBe(`StartSel=${S}, StopSel=${E}`);
    expect(headlineOptions("HighlightAll=true")).toBe(`StartSel=${S}, StopSel=${E}, HighlightAll=true`);
  });

  it("tells plain text from a match", () => {
    expect(hasMatch(plainFragments("x"))).toBe(false);
    expect(plainFragments("")).toEqual([]);
    expect(hasMatch(parseHighlight(`${S}x${E}`))).toBe(true);
  });
});
