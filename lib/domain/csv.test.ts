import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it.each([
    { input: '=HYPERLINK("http://x")', output: `"'=HYPERLINK(""http://x"")"` },
    { input: "+1", output: "'+1" },
    { input: "-2", output: "'-2" },
    { input: "@SUM(1)", output: "'@SUM(1)" },
    { input: "\tx", output: "'\tx" },
    { input: "\rx", output: `"'\rx"` },
    { input: "LinkedIn", output: "LinkedIn" },
    { input: "a,b", output: '"a,b"' },
    { input: 'say "hi"', output: '"say ""hi"""' },
    { input: "two\nlines", output: '"two\nlines"' },
    { input: " padded ", output: '" padded "' },
    { input: "", output: "" },
    { input: "1+1=2", output: "1+1=2" },
  ])("text $input", ({ input, output }) => {
    expect(csvCell(input)).toBe(output);
  });

  it.each([
    { input: 12, output: "12" },
    { input: -2, output: "-2" },
    { input: 0.5, output: "0.5" },
    { input: Number.NaN, output: "" },
    { input: null, output: "" },
    { input: undefined, output: "" },
  ])("value $input", ({ input, output }) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe("toCsv", () => {
  it("writes a header and rows with CRLF line ends", () => {
    expect(toCsv(["Stage", "Reached"], [["Applied", 4], ["=cmd|' /C calc'!A0", null]])).toBe("Stage,Reached\r\nApplied,4\r\n'=cmd|' /C calc'!A0,\r\n");
  });
});
