import { constants, crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

/**
 * Builds real DOCX files (and deliberately hostile ones) for tests with a small ZIP writer, so
 * tests exercise the same bytes Word would produce without committing binary fixtures.
 */
export interface ZipInput {
  name: string;
  /** Plain content; deflated unless `store` is set. */
  data?: Uint8Array | string;
  /** Already-deflated content, for entries too large to build in memory (zip bombs). */
  deflated?: { bytes: Uint8Array; uncompressedSize: number; crc: number };
  store?: boolean;
  /** Overrides the size written in the headers, to build archives whose directory lies. */
  declaredUncompressedSize?: number;
}

const encoder = new TextEncoder();

export function makeZip(inputs: ZipInput[]): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const name = Buffer.from(input.name, "utf8");
    let method = 8;
    let payload: Uint8Array;
    let size: number;
    let crc: number;
    if (input.deflated) {
      ({ bytes: payload, uncompressedSize: size, crc } = input.deflated);
    } else {
      const raw = typeof input.data === "string" ? encoder.encode(input.data) : (input.data ?? new Uint8Array());
      size = raw.byteLength;
      crc = crc32(raw);
      method = input.store ? 0 : 8;
      payload = input.store ? raw : deflateRawSync(raw);
    }
    const declared = input.declaredUncompressedSize ?? size;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(payload.byteLength, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.byteLength, 26);
    locals.push(local, name, Buffer.from(payload));

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(payload.byteLength, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.byteLength + payload.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char] ?? char);

export function documentXml(paragraphs: string[]): string {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export interface DocxOptions {
  /** Replaces the generated word/document.xml entry (e.g. a pre-deflated bomb). */
  document?: Omit<ZipInput, "name">;
  /** word/_rels/document.xml.rels, e.g. to add external relationships. */
  documentRels?: string;
  extraEntries?: ZipInput[];
}

/** A minimal Word document that Word, LibreOffice and mammoth all open. */
export function makeDocx(paragraphs: string[], options: DocxOptions = {}): Uint8Array<ArrayBuffer> {
  const entries: ZipInput[] = [
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: PACKAGE_RELS },
    { name: "word/document.xml", ...(options.document ?? { data: documentXml(paragraphs) }) },
  ];
  if (options.documentRels) entries.push({ name: "word/_rels/document.xml.rels", data: options.documentRels });
  return makeZip([...entries, ...(options.extraEntries ?? [])]);
}

/** Deflates `size` bytes of zeros in chunks, so a 200 MB bomb is built without holding 200 MB. */
export async function deflateZeros(size: number): Promise<NonNullable<ZipInput["deflated"]>> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflater = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflater.on("data", (part: Buffer) => out.push(part));
  const done = new Promise<void>((resolve, reject) => {
    deflater.on("end", resolve);
    deflater.on("error", reject);
  });
  let crc = 0;
  for (let written = 0; written < size; written += chunk.byteLength) {
    const part = chunk.subarray(0, Math.min(chunk.byteLength, size - written));
    crc = crc32(part, crc);
    if (!deflater.write(part)) await new Promise((resolve) => deflater.once("drain", resolve));
  }
  deflater.end();
  await done;
  return { bytes: new Uint8Array(Buffer.concat(out)), uncompressedSize: size, crc };
}

/**
 * A DOCX whose document.xml inflates to `inflatedBytes` of zeros. With `lie`, the directory
 * declares a tiny size so only a real inflate cap can catch it.
 */
export async function makeDocxBomb(inflatedBytes: number, { lie = false } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const deflated = await deflateZeros(inflatedBytes);
  return makeDocx([], { document: { deflated, ...(lie ? { declaredUncompressedSize: 4096 } : {}) } });
}
