import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { MAX_RESUME_BYTES, type ResumeKind } from "@/lib/domain/resume-file";
import { readZipDirectory, zipBombReason, type ZipEntry } from "@/lib/domain/zip-directory";
import { MAX_RESUME_TEXT_CHARS, normalizeResumeText } from "./normalize-text";

export type ExtractedText = { status: "ok"; text: string } | { status: "unavailable"; reason: string };

export const DEFAULT_EXTRACT_TIMEOUT_MS = 10_000;
/** Workers at once; with 2 cores, more would only slow every request down. */
const MAX_RUNNING = 2;
/** Waiting extractions beyond this are turned away rather than queued without bound. */
const MAX_QUEUED = 16;
const MAX_PAGES = 200;
/** The worker may return somewhat more than the stored cap, since normalising shrinks text. */
const WORKER_MAX_CHARS = MAX_RESUME_TEXT_CHARS * 2;
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

/**
 * Resolved at run time from the working directory, not imported: the Next.js build bundles
 * server code, and a worker file it bundled or renamed could not be started by path.
 */
const workerPath = () => path.join(process.cwd(), "lib/resumes/extract-worker.mjs");

const unavailable = (reason: string): ExtractedText => ({ status: "unavailable", reason });

let running = 0;
const waiting: Array<() => void> = [];

/** For tests and health checks: extraction workers alive and waiting right now. */
export function extractionLoad(): { running: number; queued: number } {
  return { running, queued: waiting.length };
}

async function acquireSlot(): Promise<boolean> {
  if (running < MAX_RUNNING) {
    running++;
    return true;
  }
  if (waiting.length >= MAX_QUEUED) return false;
  // The releasing extraction hands its slot straight to the next waiter, so `running` stays counted.
  await new Promise<void>((resolve) => waiting.push(resolve));
  return true;
}

function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

function docxEntries(bytes: Uint8Array): ZipEntry[] | string {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return `not a readable DOCX: ${directory.reason}`;
  const bomb = zipBombReason(directory.entries);
  return bomb ? `refused as a zip bomb: ${bomb}` : directory.entries;
}

function isExtractedText(message: unknown): message is ExtractedText {
  if (typeof message !== "object" || message === null) return false;
  const { status, text, reason } = message as Record<string, unknown>;
  return (status === "ok" && typeof text === "string") || (status === "unavailable" && typeof reason === "string");
}

function runWorker(workerData: Record<string, unknown>, timeoutMs: number): Promise<ExtractedText> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // execArgv is emptied so the worker does not inherit the server's loaders and conditions.
      worker = new Worker(workerPath(), { workerData, execArgv: [], resourceLimits: WORKER_LIMITS });
    } catch (error) {
      resolve(unavailable(`extractor could not start: ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    let settled = false;
    const finish = (result: ExtractedText) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Resolve only once the thread is gone, so a timed-out parse never outlives its caller.
      worker.terminate().then(
        () => resolve(result),
        () => resolve(result),
      );
    };
    const timer = setTimeout(() => finish(unavailable("timed out")), timeoutMs);
    worker.once("message", (message: unknown) => finish(isExtractedText(message) ? message : unavailable("extractor sent an unexpected reply")));
    worker.once("error", (error) => finish(unavailable(`extractor failed: ${error.message}`)));
    worker.once("exit", (code) => finish(unavailable(`extractor exited with code ${code}`)));
  });
}

/**
 * The plain text of a resume, for search and for matching against qualifications. Never throws:
 * a file that cannot be parsed in time, or at all, is "unavailable" and the caller keeps the file.
 * Slow by design for large files (a worker per call), so callers should not hold a request on it.
 */
export async function extractResumeText(bytes: Uint8Array, kind: ResumeKind, opts: { timeoutMs?: number } = {}): Promise<ExtractedText> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS;
  if (bytes.byteLength === 0) return unavailable("empty file");
  if (bytes.byteLength > MAX_RESUME_BYTES) return unavailable("file is larger than 10 MB");

  const workerData: Record<string, unknown> = { kind, bytes, maxChars: WORKER_MAX_CHARS, maxPages: MAX_PAGES };
  if (kind === "docx") {
    const entries = docxEntries(bytes);
    if (typeof entries === "string") return unavailable(entries);
    workerData.entries = entries;
  }

  if (!(await acquireSlot())) return unavailable("too many resumes are being read right now");
  try {
    const result = await runWorker(workerData, timeoutMs);
    if (result.status === "unavailable") return result;
    const text = normalizeResumeText(result.text);
    // Scanned, image-only resumes have no text layer; they read as unavailable, not as blank.
    return text ? { status: "ok", text } : unavailable("no text found (a scanned image?)");
  } catch (error) {
    return unavailable(`extraction failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    releaseSlot();
  }
}
