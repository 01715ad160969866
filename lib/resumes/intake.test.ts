import { describe, expect, it, vi } from "vitest";
import { readUploadedResume } from "./intake";
import { makeDocx, makeDocxBomb } from "./testing/make-docx";
import { makePdf } from "./testing/make-pdf";

const MB = 1024 * 1024;
const pdf = makePdf({ pages: [["Jane Doe"]] });
const docx = makeDocx(["Jane Doe"]);

describe("readUploadedResume", () => {
  it("accepts a PDF and names it by what its bytes are", async () => {
    const result = await readUploadedResume(new File([pdf], "../My CV.PDF", { type: "text/plain" }));
    expect(result).toEqual({ ok: true, kind: "pdf", bytes: pdf, filename: "My CV.pdf" });
  });

  it("accepts a DOCX whatever its name and declared type", async () => {
    const result = await readUploadedResume(new File([docx], "resume.pdf", { type: "application/pdf" }));
    expect(result).toMatchObject({ ok: true, kind: "docx", filename: "resume.docx" });
  });

  it("accepts a Blob without a name", async () => {
    expect(await readUploadedResume(new Blob([pdf]))).toMatchObject({ ok: true, filename: "resume.pdf" });
  });

  it.each([
    ["no file", null, /Attach your resume as a PDF or Word \(\.docx\) file/],
    ["a text field instead of a file", "resume.pdf", /Attach your resume/],
    ["the empty part a form sends when no file was chosen", new File([], ""), /Attach your resume/],
    ["a text file renamed .pdf", new File(["I am not a PDF"], "cv.pdf", { type: "application/pdf" }), /must be a PDF or Word \(\.docx\) file/],
  ])("refuses %s with a message naming the accepted types", async (_name, input, error) => {
    const result = await readUploadedResume(input);
    expect(result.ok === false && result.error).toMatch(error);
  });

  it("refuses an 11 MB file by its size, without reading it", async () => {
    const file = new File([new Uint8Array(11 * MB)], "big.pdf", { type: "application/pdf" });
    const read = vi.spyOn(file, "arrayBuffer");
    expect(await readUploadedResume(file)).toEqual({ ok: false, error: "Your resume is larger than 10 MB. Attach a smaller PDF or Word (.docx) file." });
    expect(read).not.toHaveBeenCalled();
  });

  it("refuses a file that declares a small size but holds more than 10 MB", async () => {
    const big = new Uint8Array(11 * MB);
    big.set(new TextEncoder().encode("%PDF-"));
    const lying = { size: 1_000, name: "cv.pdf", arrayBuffer: async () => big.buffer } as unknown as File;
    expect(await readUploadedResume(lying)).toMatchObject({ ok: false, error: expect.stringMatching(/larger than 10 MB/) });
  });

  it("refuses a DOCX zip bomb with a clear message", async () => {
    const bomb = await makeDocxBomb(200 * MB);
    const result = await readUploadedResume(new File([bomb], "cv.docx"));
    expect(result).toEqual({ ok: false, error: "Your Word file unpacks to far more than a resume holds. Save it again as a PDF or Word (.docx) file." });
  });

  it("reports a file that cannot be read instead of throwing", async () => {
    const failing = { size: 10, name: "cv.pdf", arrayBuffer: () => Promise.reject(new Error("aborted")) } as unknown as File;
    expect(await readUploadedResume(failing)).toEqual({ ok: false, error: "We could not read the file you attached. Attach it again." });
  });
});
