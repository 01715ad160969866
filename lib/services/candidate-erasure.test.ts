import { randomBytes } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, getSql } from "@/db/client";
import {
  applicationSearchDocuments,
  applications,
  auditLog,
  candidates,
  erasureTombstones,
  notes,
  resumes,
  scorecardAmendments,
  scorecardAttributeRatings,
  scorecards,
  selfIdentifications,
  stageEvents,
} from "@/db/schema";
import { applyToTestRequisition, createTestRequisition, createTestUser, pdfBytes, validSubmission } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { systemActor, type UserActor } from "@/lib/domain/actor";
import { eraseCandidate, erasedEmail } from "./candidate-erasure";
import { erasureEmailHash } from "./erasure-hash";
import { listTombstones, reapplyErasures } from "./erasure-reapply";
import { ConflictError, NotFoundError } from "./errors";
import { scheduleInterview } from "./interviews";
import { mergeCandidates } from "./candidate-merge";
import { addNote } from "./notes";
import { getScorecardPage, saveScorecard } from "./scorecards";

withTestDatabase();

const FIRST = "Zephyrine";
const LAST = "Quillfeather";
let admin: UserActor, recruiter: UserActor, interviewer: UserActor;
let slugs: string[];

beforeAll(async () => {
  vi.stubEnv("ERASURE_HASH_KEY", "erasure-test-key");
  [admin, recruiter, interviewer] = await Promise.all([createTestUser("admin"), createTestUser("recruiter"), createTestUser("interviewer", "Ivo Erase")]);
  const reqs = await Promise.all([createTestRequisition({ team: [{ userId: interviewer.id, role: "interviewer" }] }), createTestRequisition()]);
  slugs = reqs.map((r) => r.slug);
});

/** A person with their name and address in every place the product can put them. */
async function seedPerson() {
  const token = randomBytes(4).toString("hex");
  const email = `zq-${token}@example.org`;
  const contact = {
    firstName: FIRST,
    lastName: LAST,
    email,
    phone: "+49 30 1234567",
    location: "Quillfeather Lane 3, Berlin",
    linkedinUrl: "https://www.linkedin.com/in/zephyrine-quillfeather",
    websiteUrl: "https://zephyrine.example",
    coverLetter: `I am ${FIRST} ${LAST} and I love queues.`,
  };
  const appIds: string[] = [];
  for (const slug of slugs) {
    const submission = await validSubmission(slug, { contact, selfIdentification: { gender: "Woman" }, resume: { filename: "zephyrine-quillfeather.pdf", bytes: pdfBytes(`${FIRST} ${LAST} ${email}`) } });
    for (const key of Object.keys(submission.qualificationAnswers)) submission.qualificationAnswers[key] = { answer: "yes", evidence: `${FIRST} ran Postgres at ${LAST} GmbH` };
    for (const key of Object.keys(submission.questionAnswers)) submission.questionAnswers[key] = submission.questionAnswers[key] === "Yes" ? "Yes" : `${FIRST} ${LAST}`;
    appIds.push(await applyToTestRequisition(slug, submission));
  }
  for (const applicationId of appIds) {
    await addNote(recruiter, { applicationId, body: `Called ${FIRST} ${LAST}; ${FIRST} is keen.` });
    await getDb().update(resumes).set({ text: `${FIRST} ${LAST}\n${email}\nPostgres, Go`, textStatus: "ok" }).where(eq(resumes.applicationId, applicationId));
  }
  // An interview: invites to the interviewer name them, the scorecard's takeaways too.
  const { id: interviewId } = await scheduleInterview(recruiter, { applicationId: appIds[0]!, title: "Onsite", date: "2030-03-04", time: "10:00", timeZone: "UTC", durationMinutes: 60, location: "", interviewerIds: [interviewer.id] });
  const attributes = (await getScorecardPage(interviewer, interviewId)).attributes;
  await saveScorecard(interviewer, {
    scheduledInterviewId: interviewId,
    intent: "submit",
    keyTakeaways: `${FIRST} ${LAST} was sharp`,
    overallRecommendation: "yes",
    ratings: attributes.map((a) => ({ attributeId: a.id, rating: "yes", notes: `${FIRST} explained it well` })),
  });
  // An amendment keeps what the scorecard said before, and why it changed.
  const [card] = await getDb().select({ id: scorecards.id }).from(scorecards).where(eq(scorecards.scheduledInterviewId, interviewId));
  await getDb()
    .insert(scorecardAmendments)
    .values({
      scorecardId: card!.id,
      amendedByUserId: interviewer.id,
      reason: `Mixed ${FIRST} ${LAST} up with another candidate`,
      previous: { overallRecommendation: "no", keyTakeaways: `${FIRST} ${LAST} rambled`, ratings: [{ attributeId: attributes[0]!.id, rating: "no", notes: `${FIRST} was vague` }] },
    });
  const [{ candidateId } = { candidateId: "" }] = await getDb().select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, appIds[0]!));
  return { email, token, appIds, candidateId };
}

/**
 * Every text, varchar, array, json(b), tsvector and bytea column of every table in the database,
 * searched for the terms, case-insensitively.
 */
async function findEverywhere(terms: string[]): Promise<string[]> {
  const pg = getSql();
  const columns = await pg<{ table_name: string; column_name: string; data_type: string }[]>`
    select c.table_name, c.column_name, c.data_type from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = 'public' and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'tsvector'))`;
  expect(columns.length).toBeGreaterThan(50);
  const hits: string[] = [];
  for (const { table_name, column_name, data_type } of columns) {
    // bytea through its escaped text form, so the search is case-insensitive there too.
    const column = `"${table_name}"."${column_name}"`;
    const value = data_type === "bytea" ? `encode(${column}, 'escape')` : `${column}::text`;
    const counts = terms.map((_, i) => `count(*) filter (where ${value} ilike '%' || $${i + 1}::text || '%')::int as "${i}"`).join(", ");
    const [row] = await pg.unsafe<Record<string, number>[]>(`select ${counts} from "${table_name}"`, terms);
    terms.forEach((term, i) => {
      const n = row?.[String(i)] ?? 0;
      if (n > 0) hits.push(`${table_name}.${column_name} ~ ${term} (${n})`);
    });
  }
  return hits;
}

// The stems catch the search documents (to_tsvector keeps "zephyrin", "quillfeath").
const termsFor = (person: { email: string; token: string }) => [person.email, person.token, "zephyrin", "quillfeath"];

describe("eraseCandidate", () => {
  it("leaves no trace of the email or the name anywhere in the database, and keeps the anonymous statistics", async () => {
    const person = await seedPerson();
    const bystanderApp = await applyToTestRequisition(slugs[1]!);
    await addNote(recruiter, { applicationId: bystanderApp, body: `Referred by ${FIRST} ${LAST}, a former colleague.` });
    // The seed really put them everywhere the scan looks.
    const before = await findEverywhere(termsFor(person));
    for (const place of ["candidates.email", "resumes.data", "resumes.text", "notes.body", "outbox_messages.text_body", "application_search_documents.document", "rate_limit_hits.key", "qualification_answers.evidence", "scorecards.key_takeaways", "scorecard_amendments.previous", "scorecard_amendments.reason"]) {
      expect(before.some((hit) => hit.startsWith(place)), place).toBe(true);
    }
    const eventsBefore = await getDb().select().from(stageEvents).where(inArray(stageEvents.applicationId, person.appIds));
    const searchBefore = await getDb().select().from(applicationSearchDocuments).where(inArray(applicationSearchDocuments.applicationId, person.appIds));
    expect(searchBefore).toHaveLength(2);

    await expect(eraseCandidate(admin, person.candidateId, "request")).resolves.toEqual({ candidateId: person.candidateId, status: "erased", applicationCount: 2 });

    expect(await findEverywhere(termsFor(person))).toEqual([]);
    const db = getDb();
    const [candidate] = await db.select().from(candidates).where(eq(candidates.id, person.candidateId));
    expect(candidate).toMatchObject({ email: erasedEmail(person.candidateId), firstName: "Erased", lastName: "candidate", erasedAt: expect.any(Date) });
    expect(await db.select().from(applications).where(inArray(applications.id, person.appIds))).toHaveLength(2);
    expect(await db.select().from(stageEvents).where(inArray(stageEvents.applicationId, person.appIds))).toHaveLength(eventsBefore.length);
    expect(await db.select().from(selfIdentifications).where(inArray(selfIdentifications.applicationId, person.appIds))).toEqual([]);
    expect(await db.select().from(applicationSearchDocuments).where(inArray(applicationSearchDocuments.applicationId, person.appIds))).toEqual([]);
    const [card] = await db.select().from(scorecards).innerJoin(scorecardAttributeRatings, eq(scorecardAttributeRatings.scorecardId, scorecards.id));
    expect(card).toMatchObject({ scorecards: { overallRecommendation: "yes", keyTakeaways: "" }, scorecard_attribute_ratings: { rating: "yes", notes: "" } });
    const [amendment] = await db.select().from(scorecardAmendments);
    expect(amendment).toMatchObject({ reason: "Mixed [erased] up with another candidate", previous: { overallRecommendation: "no", keyTakeaways: "", ratings: [{ rating: "no", notes: "" }] } });
    const [bystanderNote] = await db.select().from(notes).where(eq(notes.applicationId, bystanderApp));
    expect(bystanderNote?.body).toBe("Referred by [erased], a former colleague.");
    expect(await db.select().from(erasureTombstones).where(eq(erasureTombstones.candidateId, person.candidateId))).toMatchObject([
      { emailHash: erasureEmailHash(person.email), cause: "request", actorUserId: admin.id },
    ]);
    // Their own submissions were logged with their address (testContext's 192.0.2.10): gone.
    const submitted = await db.select().from(auditLog).where(inArray(auditLog.targetId, person.appIds));
    expect(submitted.filter((row) => row.action === "application.submit")).toHaveLength(2);
    expect(JSON.stringify(submitted)).not.toContain("192.0.2.10");
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "candidate.erase"));
    expect(audit).toMatchObject({ actorUserId: admin.id, targetType: "candidate", targetId: person.candidateId, details: { cause: "request" } });
  });

  it("is for admins only, and a legal hold stops a request until it is lifted", async () => {
    const person = await seedPerson();
    for (const actor of [recruiter, interviewer]) await expect(eraseCandidate(actor, person.candidateId, "request")).rejects.toBeInstanceOf(NotFoundError);
    await expect(eraseCandidate(admin, "not-a-uuid", "request")).rejects.toBeInstanceOf(NotFoundError);
    await getDb().update(candidates).set({ legalHold: true }).where(eq(candidates.id, person.candidateId));
    await expect(eraseCandidate(admin, person.candidateId, "request")).rejects.toBeInstanceOf(ConflictError);
    expect((await findEverywhere([person.email])).length).toBeGreaterThan(0);
    await getDb().update(candidates).set({ legalHold: false }).where(eq(candidates.id, person.candidateId));
    await eraseCandidate(admin, person.candidateId, "request");
    await expect(eraseCandidate(admin, person.candidateId, "request")).resolves.toMatchObject({ status: "already_erased" });
    expect(await getDb().select().from(erasureTombstones).where(eq(erasureTombstones.candidateId, person.candidateId))).toHaveLength(1);
  });
});

describe("eraseCandidate after a merge", () => {
  it("also erases the address of the candidate merged into them, and leaves a tombstone for each address", async () => {
    const tokens = [randomBytes(4).toString("hex"), randomBytes(4).toString("hex")];
    const [kept, mergedAway] = tokens.map((token) => ({ token, email: `zq-${token}@example.org` }));
    const [keptApp, mergedApp] = await Promise.all(
      [kept!, mergedAway!].map((person, i) => applyToTestRequisition(slugs[i]!, { contact: { firstName: FIRST, lastName: LAST, email: person.email } })),
    );
    const ids = await getDb().select({ id: applications.id, candidateId: applications.candidateId }).from(applications).where(inArray(applications.id, [keptApp!, mergedApp!]));
    const keptId = ids.find((r) => r.id === keptApp)!.candidateId;
    await mergeCandidates(admin, { keepCandidateId: keptId, mergeCandidateId: ids.find((r) => r.id === mergedApp)!.candidateId });
    expect((await findEverywhere([mergedAway!.email])).length).toBeGreaterThan(0);

    await eraseCandidate(admin, keptId, "request");
    expect(await findEverywhere([kept!.email, kept!.token, mergedAway!.email, mergedAway!.token, "zephyrin", "quillfeath"])).toEqual([]);
    const hashes = (await getDb().select().from(erasureTombstones).where(eq(erasureTombstones.candidateId, keptId))).map((t) => t.emailHash).sort();
    expect(hashes).toEqual([erasureEmailHash(kept!.email), erasureEmailHash(mergedAway!.email)].sort());
  });
});

describe("reapplyErasures", () => {
  it("erases again a person brought back by a backup restore, by id and by email hash, but not someone who applied afresh", async () => {
    const person = await seedPerson();
    const db = getDb();
    const [original] = await db.select().from(candidates).where(eq(candidates.id, person.candidateId));
    const [originalNote] = await db.select().from(notes).where(eq(notes.applicationId, person.appIds[0]!));
    await eraseCandidate(admin, person.candidateId, "request");
    const exported = await listTombstones(systemActor("test"));

    // The restore: the candidate row and a note as they were in the backup, and no tombstones (the
    // backup predates them) until the export is imported.
    await db.update(candidates).set({ ...original!, erasedAt: null }).where(eq(candidates.id, person.candidateId));
    await db.insert(notes).values(originalNote!);
    await db.delete(erasureTombstones).where(sql`true`);
    expect((await findEverywhere(termsFor(person))).length).toBeGreaterThan(0);
    await expect(reapplyErasures(admin)).resolves.toMatchObject({ tombstones: 0, erased: [] });

    const outcome = await reapplyErasures(systemActor("test"), { imported: JSON.parse(JSON.stringify(exported)) });
    expect(outcome).toMatchObject({ imported: exported.length, erased: [person.candidateId] });
    expect(await findEverywhere(termsFor(person))).toEqual([]);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "candidate.erase.reapply"))).toHaveLength(1);

    // The same person applying again after the erasure, with fresh consent, is a new candidate: left alone.
    const freshApp = await applyToTestRequisition(slugs[0]!, { contact: { firstName: FIRST, lastName: LAST, email: person.email } });
    const [fresh] = await db.select({ candidateId: applications.candidateId }).from(applications).where(eq(applications.id, freshApp));
    expect(fresh?.candidateId).not.toBe(person.candidateId);
    await expect(reapplyErasures(systemActor("test"))).resolves.toMatchObject({ erased: [] });
    expect(await db.select({ email: candidates.email }).from(candidates).where(eq(candidates.id, fresh!.candidateId))).toEqual([{ email: person.email }]);
  });

  it("matches a restored copy under another id by its email hash when it existed before the erasure", async () => {
    const person = await seedPerson();
    const db = getDb();
    const [original] = await db.select().from(candidates).where(eq(candidates.id, person.candidateId));
    await eraseCandidate(admin, person.candidateId, "request");
    const [copy] = await db.insert(candidates).values({ email: person.email, firstName: FIRST, lastName: LAST, createdAt: original!.createdAt }).returning();
    const outcome = await reapplyErasures(systemActor("test"));
    expect(outcome.erased).toEqual([copy!.id]);
    expect(await findEverywhere([person.email])).toEqual([]);
  });
});
