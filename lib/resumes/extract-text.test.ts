import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractionLoad, extractResumeText } from "./extract-text";
import { documentXml, makeDocx, makeDocxBomb } from "./testing/make-docx";
import { makeLargePdf, makePdf } from "./testing/make-pdf";

const MB = 1024 * 1024;
const pdf = makePdf({ pages: [["Jane   Doe", "Senior TypeScript engineer (Postgres, Kubernetes)"], ["Second page: AWS certified"]] });
const docx = makeDocx(["Jane Doe", "Staff engineer \u0007 with\t\ttabs", "Rust & <Go>"]);

function expectText(result: Awaited<ReturnType<typeof extractResumeText>>): string {
  expect(result.status, result.status === "unavailable" ? result.reason : "").toBe("ok");
  return result.status === "ok" ? result.text : "";
}

describe("extractResumeText: PDF", () => {
  it("extracts the text of every page, whitespace collapsed per line", async () => {
    const text = expectText(await extractResumeText(pdf, "pdf"));
    expect(text).toContain("Jane Doe");
    expect(text).toContain("Senior TypeScript engineer (Postgres, Kubernetes)");
    expect(text).toContain("Second page: AWS certified");
  });

  it("extracts text from a ~100 KB PDF of many pages", async () => {
    const text = expectText(await extractResumeText(makeLargePdf(100_000), "pdf"));
    expect(text).toContain("Line 0: Led a team");
    expect(text).toContain("Line 1000:");
  });

  it("reports a PDF without a text layer as unavailable", async () => {
    expect(await extractResumeText(makePdf({ pages: [[], []] }), "pdf")).toEqual({ status: "unavailable", reason: "no text found (a scanned image?)" });
  });

  it.each([
    ["truncated", pdf.subarray(0, Math.floor(pdf.byteLength / 2))],
    ["a header and nothing else", new TextEncoder().encode("%PDF-1.7\n")],
    ["garbage after the header", new TextEncoder().encode(`%PDF-1.4\n${"\u0000\u00ff(".repeat(5000)}`)],
  ])("is unavailable, not an exception, for a PDF that is %s", async (_name, bytes) => {
    expect(await extractResumeText(bytes, "pdf")).toEqual({ status: "unavailable", reason: expect.stringMatching(/could not be parsed/) });
  });
});

describe("extractResumeText: DOCX", () => {
  it("extracts paragraphs with control characters removed", async () => {
    const text = expectText(await extractResumeText(docx, "docx"));
    expect(text).toBe("Jane Doe\n\nStaff engineer with tabs\n\nRust & <Go>");
  });

  it("does not follow an external relationship (TargetMode=External) to a local file", async () => {
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>`;
    const image = `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const xml = documentXml(["Linked image below"]).replace("</w:body>", `<w:p>${image}</w:p></w:body>`);
    const text = expectText(await extractResumeText(makeDocx([], { document: { data: xml }, documentRels: rels }), "docx"));
    expect(text).toBe("Linked image below");
    expect(text).not.toMatch(/root:/);
  });

  it("refuses a DOCX whose directory declares 200 MB, without starting a worker", async () => {
    const bomb = await makeDocxBomb(200 * MB);
    expect(bomb.byteLength).toBeLessThan(MB);
    const started = performance.now();
    const result = await extractResumeText(bomb, "docx");
    expect(result).toEqual({ status: "unavailable", reason: expect.stringMatching(/zip bomb/) });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it("stops a DOCX whose directory lies about a 200 MB entry at the declared size, with bounded memory", async () => {
    const bomb = await makeDocxBomb(200 * MB, { lie: true });
    const before = process.memoryUsage().rss;
    const result = await extractResumeText(bomb, "docx");
    expect(result).toEqual({ status: "unavailable", reason: expect.stringMatching(/inflates beyond its declared size \(zip bomb\)/) });
    // Inflating the entry for real would add 200 MB here (and 400 MB more as a string in mammoth).
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
  });

  it.each([
    ["truncated", docx.subarray(0, docx.byteLength - 40)],
    ["without its document entry's bytes", docx.subarray(0, 200)],
    ["with a damaged compressed entry", (() => {
      const broken = makeDocx(["x".repeat(2000)]);
      broken.fill(0xff, 150, 170);
      return broken;
    })()],
    ["whose document is not well-formed XML", makeDocx([], { document: { data: "<w:document><w:body><w:p>" } })],
    ["whose document is not XML at all", makeDocx([], { document: { data: new Uint8Array([0, 1, 2, 3, 0xff]) } })],
  ])("is unavailable, not an exception, for a DOCX %s", async (_name, bytes) => {
    const result = await extractResumeText(bytes, "docx");
    expect(result.status).toBe("unavailable");
  });
});

describe("extractResumeText: time limit", () => {
  it("terminates the worker and reports 'timed out' when the limit passes", async () => {
    const result = await extractResumeText(makeLargePdf(100_000), "pdf", { timeoutMs: 1 });
    expect(result).toEqual({ status: "unavailable", reason: "timed out" });
    expect(extractionLoad()).toEqual({ running: 0, queued: 0 });
  });

  it("runs at most two workers at once and queues the rest", async () => {
    const runs = Array.from({ length: 4 }, () => extractResumeText(pdf, "pdf"));
    expect(extractionLoad()).toEqual({ running: 2, queued: 2 });
    const results = await Promise.all(runs);
    expect(results.map((r) => r.status)).toEqual(["ok", "ok", "ok", "ok"]);
    expect(extractionLoad()).toEqual({ running: 0, queued: 0 });
  });

  it("turns extractions away once 16 are already waiting, instead of queueing without bound", async () => {
    const runs = Array.from({ length: 19 }, () => extractResumeText(pdf, "pdf"));
    const results = await Promise.all(runs);
    expect(results.slice(0, 18).every((r) => r.status === "ok")).toBe(true);
    expect(results[18]).toEqual({ status: "unavailable", reason: "too many resumes are being read right now" });
  }, 30_000);
});

describe("extractResumeText: fuzzed input", () => {
  const timeoutMs = 3_000;
  const mutate = (source: Uint8Array) =>
    fc.tuple(fc.array(fc.tuple(fc.nat(source.byteLength - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 16 }), fc.nat(source.byteLength)).map(([edits, cut]) => {
      const bytes = source.slice(0, Math.max(cut, 8));
      for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
      return bytes;
    });

  it.each([
    ["PDF", "pdf", pdf],
    ["DOCX", "docx", docx],
  ] as const)("never throws and always settles within the limit on mutated %s bytes", async (_name, kind, source) => {
    await fc.assert(
      fc.asyncProperty(mutate(source), async (bytes) => {
        const started = performance.now();
        const result = await extractResumeText(bytes, kind, { timeoutMs });
        expect(["ok", "unavailable"]).toContain(result.status);
        expect(performance.now() - started).toBeLessThan(timeoutMs + 2_000);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
