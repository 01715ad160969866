import { MAX_POSTING_UPLOAD_BYTES, postingUploadKind } from "@/lib/domain/posting/posting-upload";

export type PostingUpload = { ok: true; text: string | null } | { ok: false; error: string };

/** A posting uploaded as .txt, .md, .html or .pdf, as text; no file chosen gives null text. */
export async function readPostingUpload(file: FormDataEntryValue | null): Promise<PostingUpload> {
  if (!(file instanceof File) || file.size === 0) return { ok: true, text: null };
  if (file.size > MAX_POSTING_UPLOAD_BYTES) return { ok: false, error: "That file is larger than 5 MB. Paste the posting's text instead." };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = postingUploadKind(bytes);
  if (kind === "pdf") {
    const { extractResumeText } = await import("@/lib/resumes/extract-text");
    const result = await extractResumeText(bytes, "pdf");
    return result.status === "ok" && result.text.trim()
      ? { ok: true, text: result.text }
      : { ok: false, error: "No text could be read from that PDF. Paste the posting's text instead." };
  }
  if (kind === "text") return { ok: true, text: new TextDecoder("utf-8").decode(bytes) };
  return { ok: false, error: "Upload the posting as a .txt, .md, .html or .pdf file." };
}
