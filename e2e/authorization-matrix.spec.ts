import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers } from "../db/seed/demo-users";
import { actors, policies, routeRowKey, routeRows, type ActorKey, type Outcome, type RouteRow } from "../lib/authorization/matrix";
import { baseURL } from "../playwright.config";
import { authorizationFixturesPath, type AuthorizationFixtures } from "../scripts/lib/authorization-fixtures-file";

/**
 * Every route of lib/authorization/matrix.ts, requested over HTTP (through proxy.ts and the real
 * session cookie) by each actor, against the fixtures scripts/e2e-server.ts seeds. Then what an
 * interviewer receives — HTML and the server-component payload — is searched for fields they must
 * never get. The actions are exercised in lib/authorization/actions-matrix.test.ts.
 */
const fixtures = JSON.parse(readFileSync(authorizationFixturesPath(new URL(baseURL).port), "utf8")) as AuthorizationFixtures;

const IVAN = "Ivan Interviewer";
const IRIS = "Iris Interviewer";
const people: Record<Exclude<ActorKey, "candidate" | "anonymous">, { name: string; target: "onTeam" | "offTeam" }> = {
  admin: { name: "Ada Admin", target: "onTeam" },
  recruiter: { name: "Rita Recruiter", target: "onTeam" },
  managerOnTeam: { name: "Hank Manager", target: "onTeam" },
  managerOffTeam: { name: "Hank Manager", target: "offTeam" },
  interviewerScheduled: { name: IVAN, target: "onTeam" },
  interviewerNotScheduled: { name: IRIS, target: "onTeam" },
};

const cookies = new Map<string, string>();

/** Signs in through the form once per person and keeps the session cookie for plain HTTP requests. */
async function cookieFor(browser: Browser, name: string): Promise<string> {
  const known = cookies.get(name);
  if (known) return known;
  const user = demoUsers.find((u) => u.name === name);
  if (!user) throw new Error(`no demo user ${name}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/dashboard");
  const header = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await context.close();
  cookies.set(name, header);
  return header;
}

function urlFor(row: RouteRow, actor: ActorKey): string {
  const target = fixtures[actor in people ? people[actor as keyof typeof people].target : "onTeam"];
  const token = actor === "candidate" ? fixtures.onTeam.statusToken : randomBytes(32).toString("base64url");
  const ids: Record<string, string> = { requisition: target.requisitionId, application: target.applicationId, interview: target.interviewId, outboxMessage: fixtures.outboxMessageId, candidate: target.candidateId };
  // The folder "%5Fboard" is the URL segment "_board" (a leading "_" alone would make the folder private).
  const path = row.route.replace(/%5F/gi, "_").replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    if (row.params?.[name]) return row.params[name];
    if (name === "slug") return target.slug;
    if (name === "token") return token;
    return ids[row.target] ?? "";
  });
  return `${path}${(row.query ?? "").replace("{requisition}", target.requisitionId).replace("{application}", target.applicationId)}`;
}

async function request(path: string, cookie: string | null, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseURL}${path}`, { redirect: "manual", headers: { ...headers, ...(cookie ? { cookie } : {}) } });
}

function outcomeOf(response: Response): Outcome {
  if (response.status === 200) return "allowed";
  if (response.status === 404) return "not-found";
  if (response.status >= 300 && response.status < 400) return (response.headers.get("location") ?? "").includes("/login") ? "sign-in" : "allowed";
  return "refused";
}

/** A route handler outside /dashboard (the proxy's matcher) answers a signed-out caller 404 itself. */
const accepts = (row: RouteRow, expected: Outcome, actual: Outcome) =>
  expected === actual || (expected === "sign-in" && row.kind === "route" && actual === "not-found");

test.describe("every route, as every actor", () => {
  for (const row of routeRows) {
    test(routeRowKey(row), async ({ browser }) => {
      const wrong: string[] = [];
      for (const actor of actors) {
        const person = actor in people ? people[actor as keyof typeof people] : null;
        const cookie = person ? await cookieFor(browser, person.name) : null;
        const path = urlFor(row, actor);
        const response = await request(path, cookie);
        // Streams (the live route) are closed as soon as the status is known.
        await response.body?.cancel().catch(() => undefined);
        const expected = policies[row.policy].outcomes[actor];
        const actual = outcomeOf(response);
        if (!accepts(row, expected, actual)) wrong.push(`${actor}: GET ${path} expected ${expected}, got ${actual} (${response.status} ${response.headers.get("location") ?? ""})`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

test.describe("what an interviewer receives", () => {
  const selfId = () => Object.values(fixtures.selfIdentification);

  /** The page as HTML and as the server-component payload a client-side navigation fetches. */
  async function bothForms(path: string, cookie: string): Promise<string[]> {
    const html = await request(path, cookie);
    let rsc = await request(path, cookie, { RSC: "1" });
    // Next sends an RSC request without its cache-busting _rsc parameter to the URL with one.
    const location = rsc.headers.get("location");
    if (rsc.status === 307 && location?.includes("_rsc")) rsc = await request(new URL(location, baseURL).pathname + new URL(location, baseURL).search, cookie, { RSC: "1" });
    expect(html.status, path).toBe(200);
    expect(rsc.status, `${path} (RSC) → ${rsc.headers.get("location")}`).toBe(200);
    expect(rsc.headers.get("content-type") ?? "").toContain("text/x-component");
    return [await html.text(), await rsc.text()];
  }

  test("the hiring team sees the other scorecard and the offer, so the checks below can fail", async ({ browser }) => {
    const hank = await cookieFor(browser, "Hank Manager");
    for (const body of await bothForms(`/dashboard/interviews/${fixtures.blind.interviewId}/scorecard`, hank)) expect(body).toContain(fixtures.blind.irisTakeaway);
    for (const body of await bothForms(`/dashboard/applications/${fixtures.blind.applicationId}`, hank)) expect(body).toContain(fixtures.blind.offerNotes);
  });

  test("no self-identification, no other interviewer's scorecard before their own, no offer details", async ({ browser }) => {
    const ivan = await cookieFor(browser, IVAN);
    const pages = [
      `/dashboard/applications/${fixtures.onTeam.applicationId}`,
      `/dashboard/applications/${fixtures.blind.applicationId}`,
      `/dashboard/interviews/${fixtures.blind.interviewId}/scorecard`,
      "/dashboard/interviews",
      "/dashboard",
      `/dashboard/requisitions/${fixtures.onTeam.requisitionId}`,
    ];
    for (const path of pages) {
      for (const body of await bothForms(path, ivan)) {
        for (const answer of selfId()) expect(body, `${path} shows "${answer}"`).not.toContain(answer);
        expect(body, path).not.toContain(fixtures.blind.irisTakeaway);
        expect(body, path).not.toContain(fixtures.blind.offerNotes);
        expect(body, path).not.toContain(String(fixtures.blind.offerSalary));
        expect(body, path).not.toContain(fixtures.blind.offerSalary.toLocaleString("en-US"));
      }
    }
    // The candidate's materials are there: the checks above are about the right page.
    const [html] = await bothForms(`/dashboard/applications/${fixtures.blind.applicationId}`, ivan);
    expect(html).toContain("Nico Matrix");
    const invite = await request(`/dashboard/interviews/${fixtures.blind.interviewId}/invite.ics`, ivan);
    const ics = await invite.text();
    expect(ics).toContain("BEGIN:VCALENDAR");
    for (const answer of selfId()) expect(ics).not.toContain(answer);
    expect(ics).not.toContain(fixtures.blind.offerNotes);
  });

  test("ids in URLs are random, and what an actor may not see answers exactly like what does not exist", async ({ browser }) => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const id of [fixtures.onTeam.requisitionId, fixtures.onTeam.applicationId, fixtures.onTeam.interviewId, fixtures.outboxMessageId]) expect(id).toMatch(v4);
    expect(fixtures.onTeam.statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const iris = await cookieFor(browser, IRIS);
    const hidden = await request(`/dashboard/applications/${fixtures.onTeam.applicationId}`, iris);
    const missing = await request(`/dashboard/applications/${randomUUID()}`, iris);
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    const title = (text: string) => /<title>([^<]*)<\/title>/.exec(text)?.[1];
    expect(title(await hidden.text())).toBe(title(await missing.text()));
  });
});
