import { describe, expect, it } from "vitest";
import { makePdf } from "@/lib/resumes/testing/make-pdf";
import { readPostingUpload } from "./read-posting-upload";

describe("readPostingUpload", () => {
  it("reads the text of a PDF posting", async () => {
    const pdf = makePdf({ pages: [["Staff Engineer", "Requirements", "- Ten years of Go."]] });
    const result = await readPostingUpload(new File([pdf], "posting.pdf", { type: "application/pdf" }));
    expect(result.ok && result.text).toContain("Ten years of Go.");
  });

  it.each([
    ["Markdown", "# Staff Engineer\n## Requirements\n- Go", "# Staff Engineer"],
    ["HTML", "<h1>Staff Engineer</h1>", "<h1>Staff Engineer</h1>"],
  ])("passes %s through as text for the parser", async (_kind, content, expected) => {
    const result = await readPostingUpload(new File([content], "posting.txt"));
    expect(result).toEqual({ ok: true, text: expect.stringContaining(expected) });
  });

  it.each([
    ["a Word file", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), /\.txt, \.md, \.html or \.pdf/],
    ["a PDF without text", new TextEncoder().encode("%PDF-1.4\n%%EOF"), /No text could be read/],
  ])("refuses %s with a message", async (_name, bytes, message) => {
    const result = await readPostingUpload(new File([bytes], "posting.bin"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("treats no file as no upload", async () => {
    expect(await readPostingUpload(null)).toEqual({ ok: true, text: null });
    expect(await readPostingUpload(new File([], ""))).toEqual({ ok: true, text: null });
  });
});
