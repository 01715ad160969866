import { actionRows, actorLabels, actors, policies, routeRows, splitRef, targets, type Outcome, type PolicyName } from "./matrix";

const symbols: Record<Outcome, string> = { allowed: "✅", "not-found": "404", "sign-in": "→ login", refused: "refused" };

const escapeCell = (text: string) => text.replace(/\|/g, "\\|");

function outcomeCells(policy: PolicyName): string {
  return actors.map((actor) => symbols[policies[policy].outcomes[actor]]).join(" | ");
}

const header = (first: string[]) => {
  const columns = [...first, ...actors.map((a) => actorLabels[a])];
  return `| ${columns.join(" | ")} |\n|${columns.map(() => " --- ").join("|")}|`;
};

/** docs/authorization.md, generated from lib/authorization/matrix.ts. */
export function renderAuthorizationDoc(): string {
  const lines: string[] = [];
  lines.push("# Authorization matrix");
  lines.push("");
  lines.push("<!-- Generated from lib/authorization/matrix.ts by `npm run docs:authorization`. Do not edit by hand: a test fails when this file and the matrix differ. -->");
  lines.push("");
  lines.push(
    "Every page, route handler and server action of Shortlist, with what each kind of actor gets. Authorization lives in " +
      "lib/services (GUIDE §2): each service call checks the actor; `proxy.ts` only sends signed-out visitors of /dashboard to the sign-in page. " +
      "Objects an actor may not see answer exactly like objects that do not exist (404, \"… was not found.\"); ids in URLs are random UUIDs, " +
      "and the candidate's status link is a random secret stored only as a hash.",
  );
  lines.push("");
  lines.push("How it is tested:");
  lines.push("");
  lines.push("- `lib/authorization/matrix-coverage.test.ts` lists app/**/page.tsx, app/**/route.ts, the metadata routes and every export of lib/actions/*.ts (\"use server\" files), and fails when one has no row here or a row names something that no longer exists; it also checks that each action imports the service its row names, and that this file is up to date.");
  lines.push("- `lib/authorization/routes-matrix.test.ts` calls every page and route handler in-process with every actor against a real database; `lib/authorization/actions-matrix.test.ts` does the same for every action row, through the action itself (session → action → service).");
  lines.push("- `e2e/authorization-matrix.spec.ts` requests every route over HTTP as the demo users, and checks what an interviewer receives (HTML and the server-component payload).");
  lines.push("");
  lines.push("Outcomes: ✅ allowed · 404 not found (as if it did not exist) · → login: redirected to the sign-in page (route handlers called without the proxy answer 404) · refused: the actor can see the object and gets a plain message saying they may not do this.");
  lines.push("");
  lines.push("## Actors");
  lines.push("");
  lines.push("Each row is checked from the point of view of these actors, relative to the row's target:");
  lines.push("");
  for (const actor of actors) lines.push(`- **${actorLabels[actor]}** (\`${actor}\`)`);
  lines.push("- **API key**: there are no API keys yet. When they arrive, add an actor here and a column to every policy; route handlers find the actor from the key instead of the session, and call the same services.");
  lines.push("");
  lines.push("## Policies");
  lines.push("");
  lines.push(`${header(["Policy", "Rule"])}`);
  for (const [name, policy] of Object.entries(policies) as [PolicyName, (typeof policies)[PolicyName]][]) {
    lines.push(`| \`${name}\` | ${escapeCell(policy.rule)} | ${outcomeCells(name)} |`);
  }
  lines.push("");
  lines.push("## Pages and route handlers");
  lines.push("");
  lines.push(header(["Route", "Kind", "Target", "Policy"]));
  for (const row of routeRows) {
    const route = `\`${row.route}${row.query ?? ""}\``;
    const note = row.note ? `<br>${escapeCell(row.note)}` : "";
    lines.push(`| ${escapeCell(route)}${note} | ${row.kind} | ${targets[row.target]} | \`${row.policy}\` | ${outcomeCells(row.policy)} |`);
  }
  lines.push("");
  lines.push("## Server actions");
  lines.push("");
  lines.push(header(["Action", "Use", "Service", "Target", "Policy"]));
  for (const row of actionRows) {
    const { file, name } = splitRef(row.action);
    const service = row.service ? `\`${splitRef(row.service).name}\` (${splitRef(row.service).file})` : "none";
    const note = row.note ? `<br>${escapeCell(row.note)}` : "";
    lines.push(`| \`${name}\` (${file}) | ${escapeCell(row.use)}${note} | ${service} | ${targets[row.target]} | \`${row.policy}\` | ${outcomeCells(row.policy)} |`);
  }
  lines.push("");
  lines.push("## Fields");
  lines.push("");
  lines.push("Some fields stay hidden even where the object is visible. Tested in `lib/authorization/field-visibility.test.ts` (service DTOs, CSV, email) and `e2e/authorization-matrix.spec.ts` (HTML and the RSC payload).");
  lines.push("");
  lines.push("| Field | Who never receives it |");
  lines.push("| --- | --- |");
  lines.push("| Self-identification answers (gender, race or ethnicity, veteran status, disability) | Everyone in every hiring view: they live in their own table and are never joined into hiring views (GUIDE §5). |");
  lines.push("| Another interviewer's scorecard | An interviewer, until they have submitted their own scorecards for the application. Drafts: everyone but their author. |");
  lines.push("| Offer details (salary, start date, notes) | Interviewers. |");
  lines.push("| Notes, tags, timeline, duplicates, other applications of the candidate | Interviewers, even when scheduled on the application. |");
  lines.push("| The status token | Everyone but the candidate: it is stored only as a hash. |");
  lines.push("");
  lines.push("## Adding a route or an action");
  lines.push("");
  lines.push("1. Add one line to `routeRows` or `actionRows` in lib/authorization/matrix.ts, naming an existing policy (or a new one, if the rule is new).");
  lines.push("2. For an action, add how to call it (its form fields) to `actionCalls` in lib/authorization/testing/action-calls.ts, keyed by the row's key; a row without one fails the test and says so.");
  lines.push("3. Run `npm run docs:authorization` and commit docs/authorization.md with the change.");
  lines.push("");
  return lines.join("\n");
}
