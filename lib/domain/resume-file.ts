/** Resume files accepted at intake, identified by their bytes, never by name or declared type. */
export const MAX_RESUME_BYTES = 10 * 1024 * 1024;

/**
 * Zip-bomb limits for DOCX, checked against the archive's own directory. A real resume DOCX is a
 * few dozen entries and a few MB unpacked; the extractor re-checks real sizes while inflating,
 * because declared sizes can lie.
 */
export const DOCX_LIMITS = {
  maxEntries: 2_000,
  maxTotalUncompressedBytes: 50 * 1024 * 1024,
  maxRatio: 100,
  ratioCheckedAboveBytes: 1024 * 1024,
} as const;

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

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated; anything else is refused by the extractor. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's compressed bytes start, after its local header. */
  dataOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) + u16(b, at + 2) * 0x10000);
// Entry names are matched against ASCII part names only, so a byte-per-char decode is enough.
const latin1 = (b: Uint8Array, from: number, length: number) => String.fromCharCode(...b.subarray(from, from + length));

const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * Reads a ZIP's central directory from its bytes, without inflating anything. Every loop is
 * bounded by the file size or the entry cap; ZIP64 and multi-disk archives are refused (a
 * 10 MB resume never needs them).
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number = DOCX_LIMITS.maxEntries): ZipDirectory {
  const length = bytes.byteLength;
  let eocd = -1;
  for (let at = length - EOCD_SIZE; at >= Math.max(0, length - EOCD_SIZE - MAX_COMMENT); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "no end of central directory" };
  const entryCount = u16(bytes, eocd + 10);
  const directorySize = u32(bytes, eocd + 12);
  const directoryOffset = u32(bytes, eocd + 16);
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 8) !== entryCount) return { ok: false, reason: "multi-disk archive" };
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) return { ok: false, reason: "ZIP64 archive" };
  if (entryCount > maxEntries) return { ok: false, reason: `more than ${maxEntries} entries` };
  if (directoryOffset + directorySize > eocd) return { ok: false, reason: "central directory out of bounds" };

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > eocd || u32(bytes, at) !== 0x02014b50) return { ok: false, reason: "damaged central directory" };
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > eocd) return { ok: false, reason: "damaged central directory" };
    const localOffset = u32(bytes, at + 42);
    if (localOffset + 30 > directoryOffset || u32(bytes, localOffset) !== 0x04034b50) return { ok: false, reason: "damaged local header" };
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    const compressedSize = u32(bytes, at + 20);
    if (dataOffset + compressedSize > directoryOffset) return { ok: false, reason: "entry data out of bounds" };
    entries.push({
      name: latin1(bytes, at + 46, nameLength),
      method: u16(bytes, at + 10),
      flags: u16(bytes, at + 8),
      compressedSize,
      uncompressedSize: u32(bytes, at + 24),
      dataOffset,
    });
    at = next;
  }
  return { ok: true, entries };
}

/** Why an archive's declared sizes make it a zip bomb, or null when they are within limits. */
export function zipBombReason(entries: readonly ZipEntry[]): string | null {
  if (entries.length > DOCX_LIMITS.maxEntries) return `more than ${DOCX_LIMITS.maxEntries} entries`;
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > DOCX_LIMITS.ratioCheckedAboveBytes && ratio > DOCX_LIMITS.maxRatio) {
      return `entry ${entry.name} expands more than ${DOCX_LIMITS.maxRatio}:1`;
    }
  }
  return total > DOCX_LIMITS.maxTotalUncompressedBytes ? "expands to more than 50 MB" : null;
}

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
