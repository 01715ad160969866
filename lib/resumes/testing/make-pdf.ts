/**
 * Builds real, well-formed PDFs for tests: Helvetica text, one content stream per page and a
 * cross-reference table with correct byte offsets, so strict readers extract the text.
 * Text is Latin-1; anything else is replaced with "?" because Helvetica's encoding has no room for it.
 */
export interface PdfOptions {
  /** Each page is a list of lines, drawn top to bottom. */
  pages: string[][];
  fontSize?: number;
}

const escapePdfString = (text: string) =>
  text.replace(/[^\u0020-\u00ff]/g, "?").replace(/[\\()]/g, (char) => `\\${char}`);

function pageContent(lines: string[], fontSize: number): string {
  const leading = Math.round(fontSize * 1.3);
  const shown = lines.map((line, i) => `${i === 0 ? "" : "T* "}(${escapePdfString(line)}) Tj`).join("\n");
  return `BT\n/F1 ${fontSize} Tf\n${leading} TL\n50 760 Td\n${shown}\nET\n`;
}

export function makePdf({ pages, fontSize = 11 }: PdfOptions): Uint8Array<ArrayBuffer> {
  const pageCount = Math.max(pages.length, 1);
  const pageIds = Array.from({ length: pageCount }, (_, i) => 4 + i * 2);
  const objects: string[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageCount} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  for (let i = 0; i < pageCount; i++) {
    const content = pageContent(pages[i] ?? [], fontSize);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}endstream`);
  }

  // Offsets are byte positions, so the file is assembled as Latin-1 where one char is one byte.
  let body = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

/** A resume-like PDF of roughly `targetBytes`, many pages of numbered lines, for size tests and benchmarks. */
export function makeLargePdf(targetBytes: number): Uint8Array<ArrayBuffer> {
  const line = (n: number) => `Line ${n}: Led a team of engineers shipping payments, search and hiring tools on time.`;
  const linesPerPage = 50;
  const pageBytes = linesPerPage * (line(0).length + 12);
  const pages = Array.from({ length: Math.max(1, Math.ceil(targetBytes / pageBytes)) }, (_, p) =>
    Array.from({ length: linesPerPage }, (_, l) => line(p * linesPerPage + l)),
  );
  return makePdf({ pages });
}
