/** Resume files accepted at intake, identified by their bytes, never by name or declared type. */
export const MAX_RESUME_BYTES = 10 * 1024 * 1024;

export type ResumeKind = "pdf";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export function detectResumeKind(bytes: Uint8Array): ResumeKind | null {
  return PDF_MAGIC.every((byte, i) => bytes[i] === byte) ? "pdf" : null;
}

export const resumeContentTypes: Record<ResumeKind, string> = { pdf: "application/pdf" };

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
  if (bytes.byteLength === 0) return { ok: false, error: "Attach your resume as a PDF." };
  if (bytes.byteLength > MAX_RESUME_BYTES) return { ok: false, error: "Your resume is larger than 10 MB. Attach a smaller PDF." };
  const kind = detectResumeKind(bytes);
  if (!kind) return { ok: false, error: "Your resume must be a PDF file. The file you chose is not a PDF." };
  return { ok: true, kind };
}
