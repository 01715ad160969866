import { deflateSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractResumeText } from "./extract-text";
import { readUploadedResume } from "./intake";
import { deflateZeros, documentXml, makeDocx, makeDocxBomb, makeZip } from "./testing/make-docx";
import { makePdf } from "./testing/make-pdf";

/**
 * The resume upload pipeline as a submission runs it (intake's size and magic-byte checks, then
 * text extraction in a worker) on a corpus of broken and hostile files generated here: truncated,
 * bit-flipped, zip bombs, nested archives, huge page counts, loops and deep nesting. Each must be
 * rejected with a message a candidate can act on, or extracted, or reported "unavailable" — never
 * an exception, and never past the time limit.
 */
const MB = 1024 * 1024;
const EXTRACT_LIMIT_MS = 3_000;
/** Worker start-up and teardown on a busy 2-core machine, on top of the extraction's own limit. */
const SLACK_MS = 3_000;
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

/** A PDF from raw object bodies with a correct cross-reference table; `trailer` adds to the trailer dictionary. */
function rawPdf(objects: string[], trailer = ""): Uint8Array {
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer.replace("$XREF", String(xrefAt))} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return latin1(body);
}

const FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
const page = (contents: number) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`;
const textStream = (text: string) => {
  const content = `BT /F1 11 Tf 50 700 Td (${text}) Tj ET`;
  return `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
};

async function pdfCorpus(): Promise<[string, Uint8Array][]> {
  const good = makePdf({ pages: [["Jane Doe", "Senior engineer"], ["Page two"]] });
  const zeros = await deflateZeros(120 * MB);
  const bomb = `<< /Length ${zeros.bytes.byteLength} /Filter /FlateDecode >>\nstream\n${Buffer.from(zeros.bytes).toString("latin1")}\nendstream`;
  const manyKids = Array.from({ length: 50_000 }, () => "4 0 R").join(" ");
  return [
    ...[0.1, 0.5, 0.99].map((f): [string, Uint8Array] => [`truncated at ${f * 100}%`, good.subarray(0, Math.floor(f * good.byteLength))]),
    ["a lying page count of 2^31", rawPdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 2147483647 >>", FONT, page(5), textStream("Jane")])],
    ["50,000 pages (one page object listed 50,000 times)", rawPdf(["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${manyKids}] /Count 50000 >>`, FONT, page(5), textStream("Jane")])],
    ["a page tree that contains itself", rawPdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>", FONT, page(5), textStream("Jane")])],
    ["a cross-reference chain that loops (/Prev to itself)", rawPdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT, page(5), textStream("Jane")], "/Prev $XREF")],
    ["a content stream that inflates to 120 MB", rawPdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT, page(5), bomb])],
    ["arrays nested 100,000 deep", rawPdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT, page(5), textStream("Jane"), `${"[".repeat(100_000)}${"]".repeat(100_000)}`])],
    ["a header and random bytes", new Uint8Array([...latin1("%PDF-1.7\n"), ...Array.from({ length: 5_000 }, (_, i) => (i * 7919) % 256)])],
    ["no cross-reference table at all", latin1("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")],
  ];
}

async function docxCorpus(): Promise<[string, Uint8Array][]> {
  const good = makeDocx(["Jane Doe", "Staff engineer"]);
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]>` +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
  const deep = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:sdt><w:sdtContent>".repeat(50_000)}${"</w:sdtContent></w:sdt>".repeat(50_000)}</w:body></w:document>`;
  const inner = makeZip([{ name: "a.zip", data: makeZip([{ name: "b.zip", data: makeZip([{ name: "c.txt", data: "x".repeat(MB) }]) }]) }]);
  const megabyteOfZeros = await deflateZeros(MB);
  return [
    ...[0.1, 0.3, 0.5, 0.7, 0.9, 0.99].map((f): [string, Uint8Array] => [`truncated at ${f * 100}%`, good.subarray(0, Math.floor(f * good.byteLength))]),
    ["a zip bomb declaring 200 MB", await makeDocxBomb(200 * MB)],
    ["a zip bomb whose directory lies about its 200 MB", await makeDocxBomb(200 * MB, { lie: true })],
    ["zips nested three deep inside the document", makeDocx(["Jane"], { extraEntries: [{ name: "word/embeddings/nested.zip", data: inner }] })],
    ["60 entries that each inflate 1,000:1", makeDocx(["Jane"], { extraEntries: Array.from({ length: 60 }, (_, i) => ({ name: `word/media/zeros${i}.bin`, deflated: megabyteOfZeros })) })],
    ["3,000 entries", makeDocx(["Jane"], { extraEntries: Array.from({ length: 3_000 }, (_, i) => ({ name: `customXml/item${i}.xml`, data: "<a/>" })) })],
    ["a billion-laughs entity expansion", makeDocx([], { document: { data: laughs } })],
    ["elements nested 50,000 deep", makeDocx([], { document: { data: deep } })],
    ["5 MB of repetitive text (over 100:1)", makeDocx([], { document: { data: documentXml(["word ".repeat(MB)]) } })],
    ["a stored entry whose sizes disagree", makeDocx([], { document: { data: documentXml(["Jane"]), store: true, declaredUncompressedSize: 10 } })],
    ["a deflated entry that is not deflate data", makeDocx([], { document: { deflated: { bytes: new Uint8Array(64).fill(0xff), uncompressedSize: 1_000, crc: 0 } } })],
    ["an old Word (.doc, OLE) file", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(1_000)])],
    ["a zip that is not a Word document", makeZip([{ name: "hello.txt", data: deflateSync("hi") }])],
    ["a zip header and nothing else", new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
  ];
}

type Outcome = "rejected" | "extracted" | "unavailable";

async function throughPipeline(bytes: Uint8Array, filename: string): Promise<Outcome> {
  const started = performance.now();
  const intake = await readUploadedResume(new File([new Uint8Array(bytes)], filename));
  if (!intake.ok) {
    // A message the candidate can act on: it names what to attach.
    expect(intake.error).toMatch(/PDF|Word|\.docx/);
    expect(intake.error.length).toBeLessThan(250);
    return "rejected";
  }
  const result = await extractResumeText(intake.bytes, intake.kind, { timeoutMs: EXTRACT_LIMIT_MS });
  const elapsed = performance.now() - started;
  expect(elapsed, `${filename} took ${elapsed.toFixed(0)} ms`).toBeLessThan(EXTRACT_LIMIT_MS + SLACK_MS);
  if (result.status === "unavailable") {
    expect(result.reason.length).toBeGreaterThan(0);
    return "unavailable";
  }
  expect(result.status).toBe("ok");
  return "extracted";
}

async function runCorpus(corpus: [string, Uint8Array][], extension: string): Promise<Record<string, Outcome>> {
  const outcomes: Record<string, Outcome> = {};
  // Two at a time, as the extractor runs them; its queue turns away more than 16 waiting.
  for (let i = 0; i < corpus.length; i += 2) {
    const batch = corpus.slice(i, i + 2);
    const results = await Promise.all(
      batch.map(async ([name, bytes]) => {
        const started = performance.now();
        const outcome = await throughPipeline(bytes, `resume.${extension}`);
        return [name, outcome, performance.now() - started] as const;
      }),
    );
    for (const [name, outcome, ms] of results) {
      outcomes[name] = outcome;
      // FUZZ_VERBOSE=1 prints each file's fate, for docs/operations.md.
      if (process.env.FUZZ_VERBOSE) console.log(`${extension} ${name}: ${outcome} in ${ms.toFixed(0)} ms`);
    }
  }
  return outcomes;
}

describe("resume upload pipeline on broken and hostile files", () => {
  it("settles every PDF in the corpus: rejected, extracted or unavailable, in time", async () => {
    const outcomes = await runCorpus(await pdfCorpus(), "pdf");
    // Nothing past the intake check can yield text from a truncated-before-any-page file or a bomb.
    expect(outcomes["a content stream that inflates to 120 MB"]).not.toBe("extracted");
    expect(outcomes["truncated at 10%"]).not.toBe("extracted");
  }, 90_000);

  it("settles every DOCX in the corpus, refusing bombs and non-Word files at intake", async () => {
    const outcomes = await runCorpus(await docxCorpus(), "docx");
    expect(outcomes["a zip bomb declaring 200 MB"]).toBe("rejected");
    expect(outcomes["60 entries that each inflate 1,000:1"]).toBe("rejected");
    expect(outcomes["3,000 entries"]).toBe("rejected");
    expect(outcomes["an old Word (.doc, OLE) file"]).toBe("rejected");
    expect(outcomes["a zip that is not a Word document"]).toBe("rejected");
    expect(outcomes["a zip bomb whose directory lies about its 200 MB"]).toBe("unavailable");
    expect(outcomes["a billion-laughs entity expansion"]).not.toBe("extracted");
  }, 90_000);

  it.each([
    ["PDF", "pdf", makePdf({ pages: [["Jane Doe", "Senior engineer"]] })],
    ["DOCX", "docx", makeDocx(["Jane Doe", "Senior engineer"])],
  ] as const)("settles bit-flipped %s files", async (_name, extension, source) => {
    const flips = fc.array(fc.tuple(fc.nat(source.byteLength - 1), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 32 });
    await fc.assert(
      fc.asyncProperty(flips, async (edits) => {
        const bytes = source.slice();
        for (const [at, bit] of edits) bytes[at]! ^= 1 << bit;
        await throughPipeline(bytes, `resume.${extension}`);
      }),
      { numRuns: 6, seed: Number(process.env.FUZZ_SEED ?? 20261128) },
    );
  }, 90_000);
});
