import { describe, expect, it } from "vitest";
import { checkResume, MAX_RESUME_BYTES, safeResumeFilename } from "./resume-file";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkResume", () => {
  it.each([
    { name: "a PDF", input: bytes("%PDF-1.7\n..."), ok: true },
    { name: "an empty file", input: new Uint8Array(), ok: false },
    { name: "a text file renamed .pdf", input: bytes("hello, I am not a PDF"), ok: false },
    { name: "a zip (DOCX)", input: new Uint8Array([0x50, 0x4b, 0x03, 0x04]), ok: false },
    { name: "a PDF over 10 MB", input: (() => { const b = new Uint8Array(MAX_RESUME_BYTES + 1); b.set(bytes("%PDF-")); return b; })(), ok: false },
  ])("$name → ok=$ok", ({ input, ok }) => {
    expect(checkResume(input).ok).toBe(ok);
  });
});

describe("safeResumeFilename", () => {
  it.each([
    ["Jane Doe CV.pdf", "Jane Doe CV.pdf"],
    ["../../etc/passwd", "passwd.pdf"],
    ["C:\\Users\\x\\resume.PDF", "resume.pdf"],
    ['evil"\r\nX-Header: 1.pdf', "evilX-Header 1.pdf"],
    [".pdf", "resume.pdf"],
    ["report.exe", "report.pdf"],
  ])("%j → %j", (input, expected) => {
    expect(safeResumeFilename(input, "pdf")).toBe(expected);
  });
});
