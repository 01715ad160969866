import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDocx, makeZip } from "@/lib/resumes/testing/make-docx";
import { makePdf } from "@/lib/resumes/testing/make-pdf";
import { checkResume, detectResumeKind, MAX_RESUME_BYTES, safeResumeFilename } from "./resume-file";
import { readZipDirectory, zipBombReason } from "./zip-directory";

const bytes = (text: string) => new TextEncoder().encode(text);
const MB = 1024 * 1024;
const docx = makeDocx(["Jane Doe", "Staff engineer"]);
const pdf = makePdf({ pages: [["Jane Doe"]] });
const xlsx = makeZip([{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "xl/workbook.xml", data: "<workbook/>" }]);
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const docm = makeDocx(["x"], { extraEntries: [{ name: "word/vbaProject.bin", data: "macro" }] });
const declaredBomb = makeDocx([], { document: { data: "<w:document/>", declaredUncompressedSize: 200 * MB } });
const ratioBomb = makeDocx([], { document: { data: new Uint8Array(2 * MB) } });
const manyEntries = makeDocx(["x"], { extraEntries: Array.from({ length: 2_000 }, (_, i) => ({ name: `word/media/e${i}.xml`, data: "" })) });
const oversized = (() => {
  const b = new Uint8Array(MAX_RESUME_BYTES + 1);
  b.set(bytes("%PDF-"));
  return b;
})();

describe("checkResume", () => {
  it.each([
    { name: "a PDF", input: pdf, result: { ok: true, kind: "pdf" } },
    { name: "a minimal PDF header", input: bytes("%PDF-1.7\n..."), result: { ok: true, kind: "pdf" } },
    { name: "a DOCX", input: docx, result: { ok: true, kind: "docx" } },
    { name: "an empty file", input: new Uint8Array(), error: /Attach your resume as a PDF or Word \(\.docx\) file/ },
    { name: "a text file renamed .pdf", input: bytes("hello, I am not a PDF"), error: /must be a PDF or Word \(\.docx\) file/ },
    { name: "a bare zip local header", input: new Uint8Array([0x50, 0x4b, 0x03, 0x04]), error: /could not read this file as a Word/ },
    { name: "a truncated DOCX", input: docx.subarray(0, docx.byteLength - 30), error: /could not read this file as a Word/ },
    { name: "an .xlsx", input: xlsx, error: /must be a PDF or Word \(\.docx\) file/ },
    { name: "a plain zip", input: makeZip([{ name: "notes.txt", data: "hi" }]), error: /must be a PDF or Word/ },
    { name: "a legacy .doc (OLE)", input: ole, error: /older Word \(\.doc\) file .* PDF or Word \(\.docx\)/ },
    { name: "a macro-enabled document", input: docm, error: /contains macros/ },
    { name: "a DOCX declaring 200 MB", input: declaredBomb, error: /unpacks to far more/ },
    { name: "a DOCX entry over 100:1", input: ratioBomb, error: /unpacks to far more/ },
    { name: "a DOCX with 2,003 entries", input: manyEntries, error: /unpacks to far more/ },
    { name: "a PDF over 10 MB", input: oversized, error: /larger than 10 MB/ },
  ])("$name", ({ input, result, error }) => {
    const check = checkResume(input);
    if (result) expect(check).toEqual(result);
    else expect(check.ok === false && check.error).toMatch(error!);
  });

  it("never throws and never accepts what is neither a PDF nor a DOCX, for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (input) => {
        const check = checkResume(input);
        if (check.ok) expect(["pdf", "docx"]).toContain(detectResumeKind(input));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on mutated DOCX bytes, with every loop bounded", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(docx.byteLength - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }), fc.nat(docx.byteLength), (edits, cut) => {
        const mutated = docx.slice(0, Math.max(cut, 4));
        for (const [at, value] of edits) if (at < mutated.length) mutated[at] = value;
        const started = performance.now();
        checkResume(mutated);
        expect(performance.now() - started).toBeLessThan(200);
      }),
      { numRuns: 500 },
    );
  });
});

describe("readZipDirectory", () => {
  it("lists entries with sizes and data offsets that point at their compressed bytes", () => {
    const directory = readZipDirectory(makeZip([{ name: "a.txt", data: "hello", store: true }, { name: "b.xml", data: "<b/>" }]));
    expect(directory.ok).toBe(true);
    if (!directory.ok) return;
    expect(directory.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ["a.txt", 0, 5],
      ["b.xml", 8, 4],
    ]);
    expect(directory.entries[0]?.dataOffset).toBe(30 + "a.txt".length);
  });

  it.each([
    ["no end record", bytes("PK\u0003\u0004 nothing else")],
    ["a directory pointing past the file", (() => {
      const zip = makeZip([{ name: "a", data: "a" }]);
      zip[zip.length - 6] = 0xff; // directory offset, high bytes
      return zip;
    })()],
  ])("refuses %s", (_name, input) => {
    expect(readZipDirectory(input).ok).toBe(false);
  });

  it("refuses more entries than the cap without walking them", () => {
    expect(readZipDirectory(manyEntries)).toEqual({ ok: false, reason: "more than 2000 entries" });
  });
});

describe("zipBombReason", () => {
  const entry = { name: "word/document.xml", method: 8, flags: 0, dataOffset: 0 };
  it.each([
    ["a normal document", { ...entry, compressedSize: 20_000, uncompressedSize: 90_000 }, null],
    ["small but highly compressible", { ...entry, compressedSize: 10, uncompressedSize: 900_000 }, null],
    ["over 100:1 above 1 MB", { ...entry, compressedSize: 10_000, uncompressedSize: 2 * MB }, /expands more than 100:1/],
    ["over 50 MB in total", { ...entry, compressedSize: 9 * MB, uncompressedSize: 51 * MB }, /more than 50 MB/],
  ])("%s", (_name, e, expected) => {
    const reason = zipBombReason([e]);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});

describe("safeResumeFilename", () => {
  it.each([
    ["Jane Doe CV.pdf", "pdf", "Jane Doe CV.pdf"],
    ["../../etc/passwd", "pdf", "passwd.pdf"],
    ["C:\\Users\\x\\resume.PDF", "pdf", "resume.pdf"],
    ['evil"\r\nX-Header: 1.pdf', "pdf", "evilX-Header 1.pdf"],
    [".pdf", "pdf", "resume.pdf"],
    ["report.exe", "pdf", "report.pdf"],
    ["Jane Doe.docx", "docx", "Jane Doe.docx"],
    ["cv.pdf", "docx", "cv.docx"],
  ] as const)("%j as %s → %j", (input, kind, expected) => {
    expect(safeResumeFilename(input, kind)).toBe(expected);
  });
});
