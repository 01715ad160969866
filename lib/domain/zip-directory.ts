/**
 * The central directory of a ZIP archive (a DOCX is one), read from its bytes without inflating
 * anything, and the zip-bomb limits resumes are held to.
 */

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
