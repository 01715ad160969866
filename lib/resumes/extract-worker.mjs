// @ts-check
/**
 * Resume text extraction, run in its own worker thread so the parent can kill it on timeout or
 * when it runs out of its memory limit. Plain JavaScript on purpose: the Next.js server loads it by
 * path at run time, outside the bundle, so it must run without a TypeScript loader.
 *
 * Input (workerData): { kind: "pdf" | "docx", bytes: Uint8Array, maxChars: number, maxPages: number,
 *   entries?: { name, method, flags, compressedSize, uncompressedSize, dataOffset }[] }
 *   where `entries` is the DOCX central directory, already read and limit-checked by the parent.
 * Output (one message): { status: "ok", text } | { status: "unavailable", reason }.
 */
import { parentPort, workerData } from "node:worker_threads";
import { inflateRawSync } from "node:zlib";

class Unreadable extends Error {}

/** @param {Uint8Array} bytes @param {number} maxChars @param {number} maxPages */
async function pdfText(bytes, maxChars, maxPages) {
  const { getDocumentProxy } = await import("unpdf");
  // Nothing may be fetched or evaluated: no font, CMap or wasm locations, no eval-compiled fonts.
  const pdf = await getDocumentProxy(bytes, {
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: undefined,
    cMapUrl: undefined,
    wasmUrl: undefined,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const parts = [];
    let length = 0;
    const pages = Math.min(pdf.numPages, maxPages);
    for (let number = 1; number <= pages && length < maxChars; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!("str" in item)) continue;
        parts.push(item.hasEOL ? `${item.str}\n` : item.str);
        length += item.str.length + 1;
      }
      parts.push("\n");
      page.cleanup();
    }
    return parts.join("");
  } finally {
    await pdf.destroy();
  }
}

/**
 * Inflates every entry with the output capped at its declared size, so an archive whose directory
 * lies about sizes stops here after at most the declared bytes, before mammoth (JSZip) inflates
 * it without a cap. The parent has already capped the declared sizes.
 * @param {Uint8Array} bytes @param {NonNullable<typeof workerData.entries>} entries
 */
function verifyDeclaredSizes(bytes, entries) {
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.flags & 1) throw new Unreadable("encrypted archive entry");
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw new Unreadable(`entry ${entry.name} has inconsistent sizes`);
      continue;
    }
    if (entry.method !== 8) throw new Unreadable(`entry ${entry.name} uses unsupported compression`);
    let inflated;
    try {
      inflated = inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
    } catch (error) {
      const tooLarge = error instanceof RangeError || /** @type {{ code?: string }} */ (error).code === "ERR_BUFFER_TOO_LARGE";
      throw new Unreadable(tooLarge ? `entry ${entry.name} inflates beyond its declared size (zip bomb)` : `entry ${entry.name} is damaged`);
    }
    if (inflated.byteLength !== entry.uncompressedSize) throw new Unreadable(`entry ${entry.name} does not match its declared size`);
  }
}

/** @param {Uint8Array} bytes @param {NonNullable<typeof workerData.entries>} entries */
async function docxText(bytes, entries) {
  verifyDeclaredSizes(bytes, entries);
  const { default: mammoth } = await import("mammoth");
  // extractRawText never reads linked (TargetMode="External") files: mammoth's external file
  // access is off unless asked for, and raw text does not load images at all.
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value;
}

async function main() {
  const { kind, bytes, maxChars, maxPages, entries } = workerData;
  try {
    const text = kind === "pdf" ? await pdfText(bytes, maxChars, maxPages) : await docxText(bytes, entries ?? []);
    parentPort?.postMessage({ status: "ok", text: text.slice(0, maxChars) });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const reason = error instanceof Unreadable ? detail : `could not be parsed: ${detail}`;
    parentPort?.postMessage({ status: "unavailable", reason: reason.slice(0, 300) });
  }
}

await main();
