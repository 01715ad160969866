import { randomBytes, randomUUID } from "node:crypto";
import { anonymousActor, systemActor, type UserActor } from "@/lib/domain/actor";
import type { ParsedPosting } from "@/lib/domain/posting/posting-types";
import type { Role } from "@/lib/domain/roles";
import { getApplicationForm } from "@/lib/services/application-form";
import { submitApplication, type ApplicationSubmission } from "@/lib/services/applications";
import { createRequisition, type TeamAssignment } from "@/lib/services/requisitions";
import { createUser } from "@/lib/services/users";

const setup = systemActor("test setup");

export const TEST_PASSWORD = "correct horse battery staple";

export function uniqueEmail(prefix = "person"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.org`;
}

export function createTestUser(role: Role, name = `Test ${role}`): Promise<UserActor> {
  return createUser(setup, { email: uniqueEmail(role), name, role, password: TEST_PASSWORD });
}

export function testPosting(overrides: Partial<ParsedPosting> = {}): ParsedPosting {
  return {
    title: `Platform Engineer ${randomBytes(3).toString("hex")}`,
    department: "Infrastructure",
    locations: ["Berlin, Germany"],
    workplaceType: "hybrid",
    employmentType: "full_time",
    compensation: { min: 70000, max: 90000, currency: "EUR", period: "year" },
    summary: "Keeps the platform up.",
    responsibilities: ["Run Kubernetes clusters."],
    requiredQualifications: ["Five years of Go.", "Operated PostgreSQL in production."],
    preferredQualifications: ["Terraform."],
    benefits: ["30 days of holiday."],
    skills: ["Go", "Kubernetes"],
    ...overrides,
  };
}

export async function createTestRequisition(options: { team?: TeamAssignment[]; status?: "draft" | "open" | "paused" | "closed"; posting?: Partial<ParsedPosting> } = {}) {
  return createRequisition(setup, { posting: testPosting(options.posting), status: options.status ?? "open", team: options.team ?? [] });
}

/** The smallest file our intake accepts as a PDF (it checks the magic bytes, not the whole structure). */
export function pdfBytes(extra = ""): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% test resume ${extra}\n%%EOF\n`);
}

/**
 * A complete, valid application to an open requisition: every qualification answered "yes",
 * every question answered, consent given. Override any part to test what the service refuses.
 */
export async function validSubmission(slug: string, overrides: Partial<ApplicationSubmission> = {}): Promise<ApplicationSubmission> {
  const form = await getApplicationForm(slug);
  const qualificationAnswers: ApplicationSubmission["qualificationAnswers"] = {};
  for (const q of [...form.job.requiredQualifications, ...form.job.preferredQualifications]) qualificationAnswers[q.id] = { answer: "yes", evidence: null };
  const questionAnswers: ApplicationSubmission["questionAnswers"] = {};
  for (const q of form.questions) questionAnswers[q.key] = q.kind === "yes_no" ? "Yes" : (q.options[0] ?? "An answer");
  return {
    slug,
    submissionId: randomUUID(),
    contact: { firstName: "Grace", lastName: "Hopper", email: uniqueEmail() },
    qualificationAnswers,
    questionAnswers,
    consent: true,
    selfIdentification: {},
    resume: { filename: "grace.pdf", bytes: pdfBytes() },
    ...overrides,
  };
}

export const testContext = { ip: "192.0.2.10", baseUrl: "http://localhost:3000" };

/** Applies with a valid submission and returns the new application's id. */
export async function applyToTestRequisition(slug: string, overrides: Partial<ApplicationSubmission> = {}): Promise<string> {
  const result = await submitApplication(anonymousActor, await validSubmission(slug, overrides), testContext);
  if (result.status !== "created") throw new Error(`test application was not created: ${result.status}`);
  return result.applicationId;
}
