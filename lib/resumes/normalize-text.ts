/** Extracted resume text is stored and searched, so it is bounded and free of invisible characters. */
export const MAX_RESUME_TEXT_CHARS = 200_000;

// C0/C1 controls except tab and newline; zero-width and bidi-override characters, which can hide
// or reorder text when shown to a recruiter; and unpaired surrogates, which are not valid text.
const INVISIBLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * One line per line of the source, whitespace collapsed within each line, at most one blank line
 * in a row, and cut at `maxChars` without splitting a surrogate pair.
 */
export function normalizeResumeText(raw: string, maxChars: number = MAX_RESUME_TEXT_CHARS): string {
  // Normalising only shortens text; reading at most twice the cap bounds the work, at worst
  // leaving a whitespace-heavy text a little under the cap.
  const lines = raw
    .slice(0, maxChars * 2)
    .replace(/\r\n?|[\u2028\u2029\u000b\u000c]/g, "\n")
    .replace(INVISIBLE, "")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim());

  const kept: string[] = [];
  for (const line of lines) {
    if (line === "" && (kept.length === 0 || kept[kept.length - 1] === "")) continue;
    kept.push(line);
  }
  while (kept[kept.length - 1] === "") kept.pop();

  let text = kept.join("\n");
  if (text.length > maxChars) {
    const cut = /[\ud800-\udbff]/.test(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    // Cutting can leave a line ending in a space or a blank line; trimming keeps the result stable.
    text = text.slice(0, cut).trimEnd();
  }
  return text;
}
