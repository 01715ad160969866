import { randomUUID } from "node:crypto";
import { makePdf } from "@/lib/resumes/testing/make-pdf";

/**
 * The public apply form over HTTP, as a browser without JavaScript posts it (the same multipart
 * request scripts/bench-apply.ts sends). A 303 to the status page is the success a candidate sees.
 */
export const APPLY_PATH = "/jobs/backend-software-engineer/apply";

const decode = (value: string) => value.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

export interface ApplyForm {
  hidden: [string, string][];
  qualificationIds: string[];
}

/** The form as the server rendered it: hidden fields (the action's reference among them) and the qualification ids. */
export async function readApplyForm(origin: string): Promise<ApplyForm> {
  const response = await fetch(`${origin}${APPLY_PATH}`);
  if (!response.ok) throw new Error(`the apply page answered ${response.status}`);
  const html = await response.text();
  const hidden: [string, string][] = [];
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) hidden.push([decode(match[1]!), decode(match[2] ?? "")]);
  const qualificationIds = [...new Set([...html.matchAll(/name="answer\.([0-9a-f-]{36})"/g)].map((m) => m[1]!))];
  return { hidden, qualificationIds };
}

const resumePdf = makePdf({ pages: [["Drill Candidate", "Ten years of TypeScript and PostgreSQL"]] });

export type ApplyOutcome = "created" | "duplicate" | "already_applied" | "refused" | "error";

export interface ApplyResult {
  outcome: ApplyOutcome;
  status: number;
  ms: number;
  email: string;
  submissionId: string;
  detail?: string;
}

export interface ApplyOptions {
  email: string;
  submissionId?: string;
  /** Sent as X-Forwarded-For, for the per-IP limit. */
  ip?: string;
  timeoutMs?: number;
}

export async function submitApplication(origin: string, form: ApplyForm, options: ApplyOptions): Promise<ApplyResult> {
  const submissionId = options.submissionId ?? randomUUID();
  const body = new FormData();
  for (const [name, value] of form.hidden) if (name !== "submissionId" && name !== "resumeToken") body.append(name, value);
  body.append("submissionId", submissionId);
  body.append("firstName", "Drill");
  body.append("lastName", "Candidate");
  body.append("email", options.email);
  body.append("resume", new Blob([resumePdf], { type: "application/pdf" }), "resume.pdf");
  for (const id of form.qualificationIds) body.append(`answer.${id}`, "yes");
  body.append("question.location", "Yes");
  body.append("question.visa_sponsorship", "No");
  body.append("consent", "yes");
  const headers: Record<string, string> = { Origin: origin };
  if (options.ip) headers["X-Forwarded-For"] = options.ip;
  const started = performance.now();
  const base = { email: options.email, submissionId };
  try {
    const response = await fetch(`${origin}${APPLY_PATH}`, { method: "POST", body, redirect: "manual", headers, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    const text = await response.text();
    const ms = performance.now() - started;
    const location = response.headers.get("location") ?? "";
    if (response.status === 303 && /\/status\/[A-Za-z0-9_-]{43}\?submitted=1$/.test(location)) return { ...base, outcome: "created", status: 303, ms };
    if (response.status === 303 && /\/applied\?already=1$/.test(location)) return { ...base, outcome: "already_applied", status: 303, ms };
    if (response.status === 303 && /\/applied$/.test(location)) return { ...base, outcome: "duplicate", status: 303, ms };
    // The form re-rendered with the limit's message: a refusal the candidate can read, not an error.
    if (response.status === 200 && /too many|try again/i.test(text)) return { ...base, outcome: "refused", status: 200, ms };
    return { ...base, outcome: "error", status: response.status, ms, detail: text.slice(0, 200) };
  } catch (error) {
    return { ...base, outcome: "error", status: 0, ms: performance.now() - started, detail: failureCode(error) };
  }
}

/** fetch's failure as a code: ECONNREFUSED (never sent), ECONNRESET or UND_ERR_SOCKET (cut off), TimeoutError. */
export function failureCode(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string } | undefined;
  return cause?.code ?? error.name ?? error.message;
}
