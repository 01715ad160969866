import { randomBytes } from "node:crypto";

export type MultipartPart = [name: string, value: string] | { name: string; filename: string; type: string; bytes: Uint8Array };

/**
 * A multipart/form-data body (RFC 7578) as one buffer, byte for byte what a browser sends for a
 * form with a file. A load generator sharing the machine with the server it measures must cost
 * little: undici's FormData streams every part through a Blob reader, which took a tenth of the
 * apply benchmark's CPU; this copies each part once.
 */
export class MultipartBody {
  private readonly boundary = `----ShortlistBench${randomBytes(12).toString("hex")}`;
  readonly contentType = `multipart/form-data; boundary=${this.boundary}`;

  encode(parts: MultipartPart[]): Uint8Array<ArrayBuffer> {
    const chunks: Buffer[] = [];
    for (const part of parts) {
      if (Array.isArray(part)) {
        const [name, value] = part;
        chunks.push(Buffer.from(`--${this.boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"\r\n\r\n${value}\r\n`));
      } else {
        const head = `--${this.boundary}\r\nContent-Disposition: form-data; name="${escapeName(part.name)}"; filename="${escapeName(part.filename)}"\r\nContent-Type: ${part.type}\r\n\r\n`;
        chunks.push(Buffer.from(head), Buffer.from(part.bytes.buffer, part.bytes.byteOffset, part.bytes.byteLength), Buffer.from("\r\n"));
      }
    }
    chunks.push(Buffer.from(`--${this.boundary}--\r\n`));
    // Buffer.concat allocates a plain ArrayBuffer (never a SharedArrayBuffer), which fetch accepts.
    return Buffer.concat(chunks) as Uint8Array<ArrayBuffer>;
  }
}

/** As the HTML standard's form encoding escapes names: quotes and line breaks percent-encoded. */
const escapeName = (name: string) => name.replaceAll("\r", "%0D").replaceAll("\n", "%0A").replaceAll('"', "%22");
