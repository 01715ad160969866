import { describe, expect, it } from "vitest";
import { postingUploadKind } from "./posting-upload";

const enc = (s: string) => new TextEncoder().encode(s);

describe("postingUploadKind", () => {
  it.each([
    ["a PDF", enc("%PDF-1.7\n..."), "pdf"],
    ["plain text", enc("Backend Engineer\nResponsibilities\n- Build"), "text"],
    ["HTML", enc("<h1>Engineer</h1><ul><li>Build</li></ul>"), "text"],
    ["UTF-8 with accents", enc("Développeur · Zürich · €70k"), "text"],
    ["a DOCX (zip)", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), "other"],
    ["Latin-1 bytes that are not UTF-8", new Uint8Array([0x44, 0xe9, 0x76]), "other"],
  ])("%s → %s", (_name, bytes, kind) => {
    expect(postingUploadKind(bytes)).toBe(kind);
  });

  it("does not mistake a multibyte character cut at the 8 KB sample edge for binary", () => {
    const text = "a".repeat(8191) + "€ and more";
    expect(postingUploadKind(enc(text))).toBe("text");
  });
});
