/** Postings are short: anything larger is not a posting. */
export const MAX_POSTING_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * What an uploaded posting file is, by its bytes: a PDF, text (plain, Markdown or HTML, which the
 * parser tells apart itself), or something else (binary: Word, images, archives).
 */
export function postingUploadKind(bytes: Uint8Array): "pdf" | "text" | "other" {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return "pdf";
  const sample = bytes.subarray(0, 8192);
  // NUL bytes do not occur in text files; they do in every binary format a recruiter might pick.
  if (sample.includes(0)) return "other";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample.length === bytes.length ? bytes : trimPartialCharacter(sample));
    return "text";
  } catch {
    return "other";
  }
}

/** A sample cut at 8 KB may end in the middle of a UTF-8 sequence; drop that partial character. */
function trimPartialCharacter(sample: Uint8Array): Uint8Array {
  let end = sample.length;
  let back = 0;
  while (end > 0 && back < 3 && ((sample[end - 1] ?? 0) & 0xc0) === 0x80) {
    end--;
    back++;
  }
  if (end > 0 && ((sample[end - 1] ?? 0) & 0xc0) === 0xc0) end--;
  return sample.subarray(0, end);
}
