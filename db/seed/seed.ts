import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organization, users } from "@/db/schema";
import { systemActor } from "@/lib/domain/actor";
import { parsePosting } from "@/lib/domain/posting/parse-posting";
import { backfillInterviewPlans } from "@/lib/services/interview-plan-defaults";
import { createUser } from "@/lib/services/users";
import { createRequisition, type TeamAssignment } from "@/lib/services/requisitions";
import { DEMO_PASSWORD, demoUsers } from "./demo-users";

export const ORGANIZATION_NAME = "Sesame";
export const SEED_POSTING_FILE = path.resolve(__dirname, "postings/backend-software-engineer.txt");

export interface SeedOutcome {
  seeded: boolean;
  demoLogins: { email: string; role: string }[];
}

/**
 * Fills an empty database: the organisation, the demo team (unless SEED_DEMO_USERS=false) and
 * the seed posting as an open requisition (with its default interview plan). A database that already
 * has the organisation is left alone, except that requisitions without an interview plan get the default one.
 */
export async function seedIfEmpty(options: { demoUsers: boolean }): Promise<SeedOutcome> {
  const db = getDb();
  const actor = systemActor("seed");
  const [existing] = await db.select().from(organization).limit(1);
  if (existing) {
    // Requisitions seeded before interview plans existed get the default plan; nothing else changes.
    await backfillInterviewPlans(actor);
    return { seeded: false, demoLogins: options.demoUsers ? await existingDemoLogins() : [] };
  }

  await db.insert(organization).values({ name: ORGANIZATION_NAME }).onConflictDoNothing();
  const team: TeamAssignment[] = [];
  if (options.demoUsers) {
    for (const user of demoUsers) {
      const created = await createUser(actor, { ...user, password: DEMO_PASSWORD });
      if (user.role !== "admin") team.push({ userId: created.id, role: user.role });
    }
  }
  const { posting } = parsePosting(readFileSync(SEED_POSTING_FILE, "utf8"));
  await createRequisition(actor, { posting, status: "open", team });
  return { seeded: true, demoLogins: options.demoUsers ? demoUsers.map(({ email, role }) => ({ email, role })) : [] };
}

async function existingDemoLogins() {
  const found = [];
  for (const user of demoUsers) {
    const [row] = await getDb().select({ email: users.email }).from(users).where(eq(users.email, user.email)).limit(1);
    if (row) found.push({ email: user.email, role: user.role });
  }
  return found;
}

export function seedDemoUsersEnabled(): boolean {
  return process.env.SEED_DEMO_USERS !== "false";
}

export function printDemoLogins(outcome: SeedOutcome, log: (line: string) => void = console.log): void {
  if (outcome.demoLogins.length === 0) return;
  log(`Demo logins (password "${DEMO_PASSWORD}"):`);
  for (const login of outcome.demoLogins) log(`  ${login.role.padEnd(15)} ${login.email}`);
}
