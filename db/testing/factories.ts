import { randomBytes } from "node:crypto";
import { systemActor, type UserActor } from "@/lib/domain/actor";
import type { ParsedPosting } from "@/lib/domain/posting/posting-types";
import type { Role } from "@/lib/domain/roles";
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
