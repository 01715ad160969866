import "server-only";
import { checkResume, MAX_RESUME_BYTES, safeResumeFilename, type ResumeKind } from "@/lib/domain/resume-file";

export type UploadedResumeFile = { ok: true; kind: ResumeKind; bytes: Uint8Array; filename: string } | { ok: false; error: string };

const ACCEPTED = "a PDF or Word (.docx) file";

/**
 * The resume field of an application form, checked by size before it is copied out of the
 * request and by magic bytes after. Next's server-action body limit (11 MB) has already bounded
 * what was buffered; this keeps a 10 MB rule with a clear message and avoids copying larger files.
 */
export async function readUploadedResume(file: FormDataEntryValue | Blob | null | undefined): Promise<UploadedResumeFile> {
  // A form submitted without choosing a file still sends an empty, nameless file part.
  if (file === null || file === undefined || typeof file === "string" || file.size === 0) {
    return { ok: false, error: `Attach your resume as ${ACCEPTED}.` };
  }
  if (file.size > MAX_RESUME_BYTES) {
    return { ok: false, error: "Your resume is larger than 10 MB. Attach a smaller PDF or Word (.docx) file." };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: "We could not read the file you attached. Attach it again." };
  }
  // Checked on the bytes, not the declared size, which a hand-made request could misstate.
  const check = checkResume(bytes);
  if (!check.ok) return check;
  const name = "name" in file && typeof file.name === "string" ? file.name : "";
  return { ok: true, kind: check.kind, bytes, filename: safeResumeFilename(name, check.kind) };
}
