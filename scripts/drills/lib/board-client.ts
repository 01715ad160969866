import { readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { TEST_AUTH_SECRET } from "../../lib/start-test-server";
import { failureCode } from "./apply-client";
import { distDir } from "./drill-server";

/**
 * The seed job's board as its hiring manager: a session cookie as Auth.js issues it (as
 * scripts/bench-board.ts makes one), and moves posted as the board's no-JavaScript move form does.
 */
export interface BoardAccess {
  requisitionId: string;
  boardPath: string;
  cookie: string;
  /** Active stages of the board in order, for moves. */
  stageIds: string[];
}

export async function boardAccess(databaseUrl: string): Promise<BoardAccess> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    const [job] = await sql<{ id: string }[]>`select id from requisitions where slug = 'backend-software-engineer'`;
    const [manager] = await sql<{ id: string }[]>`select id from users where email = 'manager@sesame.example'`;
    if (!job || !manager) throw new Error("the seed has no backend-software-engineer requisition or no demo hiring manager");
    const stageRows = await sql<{ id: string }[]>`select id from stages where requisition_id = ${job.id} and kind = 'active' and archived_at is null order by position`;
    const cookieName = "authjs.session-token";
    const token = await encode({ token: { sub: manager.id, signedInAt: Date.now() }, secret: TEST_AUTH_SECRET, salt: cookieName });
    return { requisitionId: job.id, boardPath: `/dashboard/requisitions/${job.id}`, cookie: `${cookieName}=${token}`, stageIds: stageRows.map((row) => row.id) };
  } finally {
    await sql.end();
  }
}

/** A server action's id in this build, from Next's manifest (ids change with every build). */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`${exportedName} from ${filename} is not in this build's server actions`);
  return found[0];
}

export interface MoveResult {
  outcome: "moved" | "stale" | "error";
  status: number;
  ms: number;
  detail?: string;
}

/**
 * moveApplicationAction as the board calls it with JavaScript: the action id in a header and its
 * arguments (no previous state, the form's fields) in React's reply encoding.
 */
export async function moveCard(origin: string, access: BoardAccess, move: { applicationId: string; toStageId: string; expectedVersion: number }): Promise<MoveResult> {
  const body = new FormData();
  body.append("_1_applicationId", move.applicationId);
  body.append("_1_toStageId", move.toStageId);
  body.append("_1_expectedVersion", String(move.expectedVersion));
  body.append("_1_reason", "");
  body.append("0", JSON.stringify(["$undefined", "$K1"]));
  const started = performance.now();
  try {
    const response = await fetch(`${origin}${access.boardPath}`, {
      method: "POST",
      body,
      headers: { "Next-Action": moveActionId(), Accept: "text/x-component", Origin: origin, Cookie: access.cookie },
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status === 200 && text.includes('"ok":true')) return { outcome: "moved", status: 200, ms };
    if (response.status === 200 && /"ok":false/.test(text)) return { outcome: "stale", status: 200, ms, detail: /"ok":false.{0,300}/.exec(text)?.[0] };
    return { outcome: "error", status: response.status, ms, detail: text.slice(0, 200) };
  } catch (error) {
    return { outcome: "error", status: 0, ms: performance.now() - started, detail: failureCode(error) };
  }
}

let cachedMoveActionId: string | undefined;
function moveActionId(): string {
  cachedMoveActionId ??= serverActionId("lib/actions/pipeline-actions.ts", "moveApplicationAction");
  return cachedMoveActionId;
}

/** Applications on the board with their stage and version, straight from the database. */
export async function boardCards(databaseUrl: string, requisitionId: string): Promise<{ id: string; stageId: string; version: number }[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    return await sql<{ id: string; stageId: string; version: number }[]>`
      select id, stage_id as "stageId", version from applications where requisition_id = ${requisitionId} and withdrawn_at is null`;
  } finally {
    await sql.end();
  }
}
