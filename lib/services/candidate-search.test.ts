import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { applications, applicationTags, candidates, notes, resumes } from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor, systemActor, type UserActor } from "@/lib/domain/actor";
import type { HighlightFragment } from "@/lib/domain/search-highlight";
import type { CandidateSearchQuery } from "@/lib/domain/search-query";
import { getCandidateSearchOptions, searchCandidates } from "./candidate-search";
import { getApplicationDetail, moveApplication } from "./pipeline";

withTestDatabase();

let admin: UserActor;
let recruiter: UserActor;
let manager: UserActor;
let otherManager: UserActor;
let interviewer: UserActor;
let teamRequisition: { id: string; slug: string };

beforeAll(async () => {
  // Every test application comes from the factory's one IP; this file applies more than an hour's quota.
  process.env.RATE_LIMIT_APPLY_PER_IP_HOUR = "1000";
  [admin, recruiter, manager, otherManager, interviewer] = await Promise.all([
    createTestUser("admin"),
    createTestUser("recruiter"),
    createTestUser("hiring_manager", "Hank Manager"),
    createTestUser("hiring_manager", "Olga Elsewhere"),
    createTestUser("interviewer"),
  ]);
  teamRequisition = await createTestRequisition({
    team: [
      { userId: manager.id, role: "hiring_manager" },
      { userId: interviewer.id, role: "interviewer" },
    ],
  });
});

afterAll(() => {
  delete process.env.RATE_LIMIT_APPLY_PER_IP_HOUR;
});

function apply(firstName: string, lastName: string, slug = teamRequisition.slug) {
  return applyToTestRequisition(slug, { contact: { firstName, lastName, email: uniqueEmail() } });
}

/** What the background job does once it has read the file: the trigger must refresh the document. */
async function setResumeText(applicationId: string, text: string) {
  await getDb().update(resumes).set({ text, textStatus: "ok" }).where(eq(resumes.applicationId, applicationId));
}

const search = (actor: Parameters<typeof searchCandidates>[0], query: Omit<CandidateSearchQuery, "page"> & { page?: number }) =>
  searchCandidates(actor, { page: 1, ...query });
const ids = async (actor: Parameters<typeof searchCandidates>[0], query: Omit<CandidateSearchQuery, "page">) =>
  (await search(actor, query)).results.map((r) => r.applicationId);
const marked = (fragments: HighlightFragment[] | null) => (fragments ?? []).filter((f) => f.match).map((f) => f.text);

describe("searchCandidates", () => {
  it("finds a candidate by a word that appears only in their resume", async () => {
    const applicationId = await apply("Grace", "Hopper");
    expect(await ids(recruiter, { q: "cobolistic" })).toEqual([]);
    await setResumeText(applicationId, "Grace Hopper\nWrote the first cobolistic compiler and led the FLOW-MATIC team.");

    const page = await search(recruiter, { q: "cobolistic" });
    expect(page.results.map((r) => r.applicationId)).toEqual([applicationId]);
    expect(page.total).toBe(1);
    expect(marked(page.results[0]!.snippet)).toEqual(["cobolistic"]);
    expect(page.results[0]).toMatchObject({ requisition: { id: teamRequisition.id }, stage: { name: "Applied", kind: "active" }, requiredTotal: 2 });
    expect(await ids(recruiter, { q: "fortranesque" })).toEqual([]);
  });

  it("ranks a match in the name above a match in the resume body", async () => {
    const inResume = await apply("Maria", "Schmidt");
    await setResumeText(inResume, "Worked with Quillfeather on the compiler. Quillfeather reviewed my code.");
    const inName = await apply("Tom", "Quillfeather");
    await setResumeText(inName, "Compiler engineer.");

    const page = await search(admin, { q: "quillfeather" });
    expect(page.results.map((r) => r.applicationId)).toEqual([inName, inResume]);
    expect(marked(page.results[0]!.name)).toEqual(["Quillfeather"]);
    expect(page.results[0]!.name.map((f) => f.text).join("")).toBe("Tom Quillfeather");
  });

  it("keeps documents current when evidence, notes, tags, names and cover letters change", async () => {
    const applicationId = await apply("Lin", "Mirsky");
    const db = getDb();
    await db.insert(notes).values({ applicationId, authorUserId: recruiter.id, body: "Strong on hydroponics." });
    await db.insert(applicationTags).values({ applicationId, tag: "nightowl" });
    await db.update(applications).set({ coverLetter: "I love xylography." }).where(eq(applications.id, applicationId));
    const [application] = await db.select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, applicationId));
    await db.update(candidates).set({ lastName: "Mirsky-Okafor" }).where(eq(candidates.id, application!.candidateId));

    for (const q of ["hydroponics", "nightowl", "xylography", "Okafor"]) expect(await ids(admin, { q }), q).toEqual([applicationId]);
    await db.delete(notes).where(eq(notes.applicationId, applicationId));
    expect(await ids(admin, { q: "hydroponics" })).toEqual([]);
  });

  it("does not touch the document when an application only moves", async () => {
    const applicationId = await apply("Ola", "Nordmann");
    const read = () => getDb().execute<{ at: string }>(sql`select updated_at::text as at from application_search_documents where application_id = ${applicationId}`);
    const [before] = await read();
    const detail = await getApplicationDetail(manager, applicationId);
    await moveApplication(manager, { applicationId, toStageId: detail.stages.find((s) => s.name === "Onsite")!.id, expectedVersion: 1 });
    expect((await read())[0]).toEqual(before);
    expect((await search(manager, { q: "Nordmann" })).results[0]?.stage.name).toBe("Onsite");
  });

  it("drops the document with its application", async () => {
    const applicationId = await apply("Del", "Etedme");
    await getDb().insert(notes).values({ applicationId, authorUserId: recruiter.id, body: "To be erased." });
    await getDb().delete(applications).where(eq(applications.id, applicationId));
    const left = await getDb().execute(sql`select 1 from application_search_documents where application_id = ${applicationId}`);
    expect(left).toHaveLength(0);
  });

  it("filters by requisition, stage and required qualifications met", async () => {
    const other = await createTestRequisition();
    const here = await apply("Filter", "Panglossian");
    const there = await apply("Filter", "Panglossian", other.slug);
    await getDb().update(applications).set({ requiredMet: 2 }).where(eq(applications.id, here));
    await getDb().update(applications).set({ requiredMet: 0 }).where(eq(applications.id, there));

    expect(new Set(await ids(admin, { q: "panglossian" }))).toEqual(new Set([here, there]));
    expect(await ids(admin, { q: "panglossian", requisition: other.id })).toEqual([there]);
    expect(await ids(admin, { q: "panglossian", requiredMet: 1 })).toEqual([here]);
    expect(await ids(admin, { q: "panglossian", stage: "Offer" })).toEqual([]);
    expect(new Set(await ids(admin, { requisition: other.id }))).toEqual(new Set([there]));
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids(admin, { q: "panglossian", to: "2000-01-01" })).toEqual([]);
    expect(await ids(admin, { q: "panglossian", from: today, requisition: other.id })).toEqual([there]);
  });

  it("treats candidate text as text: markers in a resume cannot forge a highlight", async () => {
    const applicationId = await apply("Mark", "Upton");
    await setResumeText(applicationId, "Knows \u0001<script>alert(1)</script>\u0002 and quasiturbine design.");
    const [result] = (await search(admin, { q: "quasiturbine" })).results;
    expect(result?.applicationId).toBe(applicationId);
    expect(marked(result!.snippet)).toEqual(["quasiturbine"]);
    expect(result!.snippet!.map((f) => f.text).join("")).toMatch(/^Knows +alert\(1\) +and quasiturbine design$/);
  });

  it("says so when every word is too common to search for", async () => {
    expect(await search(admin, { q: "the and of" })).toMatchObject({ results: [], total: 0, onlyStopWords: true });
  });

  it("pages through the matches, 25 at a time", async () => {
    const created = [];
    for (let i = 0; i < 27; i++) created.push(await apply("Page", `Zeugma${i}`));
    await getDb().insert(applicationTags).values(created.map((applicationId) => ({ applicationId, tag: "pagetest" })));
    const first = await search(admin, { q: "pagetest" });
    const second = await search(admin, { q: "pagetest", page: 2 });
    expect([first.total, first.pageCount, first.results.length, second.results.length]).toEqual([27, 2, 25, 2]);
    expect(new Set([...first.results, ...second.results].map((r) => r.applicationId))).toEqual(new Set(created));
    expect(await ids(admin, { tag: "pagetest", q: "Zeugma3" })).toEqual([created[3]]);
  });
});

describe("who sees whom", () => {
  it("gives an interviewer nothing, even on their own requisition's team", async () => {
    await apply("Ivy", "Unseen");
    expect(await ids(admin, { q: "Unseen" })).toHaveLength(1);
    expect(await search(interviewer, { q: "Unseen" })).toMatchObject({ results: [], total: 0 });
    expect(await search(interviewer, { requisition: teamRequisition.id })).toMatchObject({ results: [], total: 0 });
    expect(await getCandidateSearchOptions(interviewer)).toEqual({ requisitions: [], stages: [], tags: [], sources: [] });
  });

  it("gives a hiring manager off the team nothing from that requisition", async () => {
    const theirs = await createTestRequisition({ team: [{ userId: otherManager.id, role: "hiring_manager" }] });
    const onTeam = await apply("Vera", "Offteam");
    const onTheirs = await apply("Walt", "Offteam", theirs.slug);

    expect(await ids(manager, { q: "Offteam" })).toEqual([onTeam]);
    expect(await ids(otherManager, { q: "Offteam" })).toEqual([onTheirs]);
    expect(await ids(otherManager, { q: "Offteam", requisition: teamRequisition.id })).toEqual([]);
    expect(new Set(await ids(recruiter, { q: "Offteam" }))).toEqual(new Set([onTeam, onTheirs]));
    const options = await getCandidateSearchOptions(otherManager);
    expect(options.requisitions.map((r) => r.id)).toEqual([theirs.id]);
  });

  it("gives the anonymous actor nothing and lets our own scripts search everything", async () => {
    await apply("Sam", "Scripted");
    expect(await ids(anonymousActor, { q: "Scripted" })).toEqual([]);
    expect(await ids(systemActor("test"), { q: "Scripted" })).toHaveLength(1);
  });

  it("refuses a malformed query rather than guessing", async () => {
    await expect(searchCandidates(admin, { page: 0 })).rejects.toThrow("That search could not be run.");
    await expect(searchCandidates(admin, { page: 1, requisition: "not-a-uuid" })).rejects.toThrow();
  });
});
