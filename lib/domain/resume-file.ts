import { readZipDirectory, zipBombReason } from "./zip-directory";

/** Resume files accepted at intake, identified by their bytes, never by name or declared type. */
export const MAX_RESUME_BYTES = 10 * 1024 * 1024;

export type ResumeKind = "pdf" | "docx";

export const resumeContentTypes: Record<ResumeKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const ACCEPTED = "a PDF or Word (.docx) file";
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_LOCAL_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"
// OLE compound files: legacy .doc, and also password-protected .docx, which Office wraps in OLE.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);


type Sniffed = { ok: true; kind: ResumeKind } | { ok: false; error: string };

function sniff(bytes: Uint8Array): Sniffed {
  const notAccepted = { ok: false, error: `Your resume must be ${ACCEPTED}. The file you chose is neither.` } as const;
  if (startsWith(bytes, PDF_MAGIC)) return { ok: true, kind: "pdf" };
  if (startsWith(bytes, OLE_MAGIC)) {
    return {
      ok: false,
      error: `Your resume is an older Word (.doc) file or a password-protected document. Save it as ${ACCEPTED} without a password and attach it again.`,
    };
  }
  if (!startsWith(bytes, ZIP_LOCAL_MAGIC)) return notAccepted;
  // Every entry a ZIP can hold (its count is 16-bit), so an over-full archive gets the zip-bomb message.
  const directory = readZipDirectory(bytes, 0xffff);
  if (!directory.ok) {
    return { ok: false, error: `We could not read this file as a Word (.docx) document; it may be damaged. Attach ${ACCEPTED}.` };
  }
  const names = new Set(directory.entries.map((entry) => entry.name));
  // A plain zip, an .xlsx or a .pptx is a valid archive but not a Word document.
  if (!names.has("[Content_Types].xml") || !names.has("word/document.xml")) return notAccepted;
  if (names.has("word/vbaProject.bin")) {
    return { ok: false, error: `Your resume contains macros. Save it as ${ACCEPTED} without macros and attach it again.` };
  }
  if (zipBombReason(directory.entries)) {
    return { ok: false, error: `Your Word file unpacks to far more than a resume holds. Save it again as ${ACCEPTED}.` };
  }
  return { ok: true, kind: "docx" };
}

export function detectResumeKind(bytes: Uint8Array): ResumeKind | null {
  const sniffed = sniff(bytes);
  return sniffed.ok ? sniffed.kind : null;
}

/**
 * A filename safe to store and to offer back in Content-Disposition: no path, no control
 * characters, no quotes, bounded length, and the extension matching what the bytes are.
 */
export function safeResumeFilename(original: string, kind: ResumeKind): string {
  const base = original.split(/[\\/]/).pop() ?? "";
  const stem = base
    .replace(/\.[^.]*$/, "")
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .trim()
    .slice(0, 100);
  return `${stem || "resume"}.${kind}`;
}

export type ResumeCheck = { ok: true; kind: ResumeKind } | { ok: false; error: string };

export function checkResume(bytes: Uint8Array): ResumeCheck {
  if (bytes.byteLength === 0) return { ok: false, error: `Attach your resume as ${ACCEPTED}.` };
  if (bytes.byteLength > MAX_RESUME_BYTES) return { ok: false, error: `Your resume is larger than 10 MB. Attach a smaller PDF or Word (.docx) file.` };
  return sniff(bytes);
}
