import { randomBytes } from "node:crypto";

/** A small but well-formed one-page PDF, as a browser upload payload. */
export function pdfUpload(name = "resume.pdf") {
  const body = [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
  ].join("\n");
  return { name, mimeType: "application/pdf", buffer: Buffer.from(body) };
}

/** Unique names and emails so tests never collide with each other or with earlier runs. */
export function uniqueCandidate() {
  const tag = randomBytes(4).toString("hex");
  return { firstName: "Casey", lastName: `Tester-${tag}`, email: `casey.${tag}@example.org` };
}
