import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { terminateProcess } from "@/db/runtime/processes";
import { requisitions, users } from "@/db/schema";
import { demoUsers } from "@/db/seed/demo-users";
import { systemActor } from "@/lib/domain/actor";
import type { ParsedPosting } from "@/lib/domain/posting/posting-types";
import { createRequisition, type TeamAssignment } from "@/lib/services/requisitions";
import { seedAuthorizationFixtures } from "./lib/authorization-fixtures";
import { prepareTestDatabase, seedTestDatabase, startNextServer } from "./lib/start-test-server";

/**
 * The server Playwright tests against: a fresh database (on DATABASE_URL's server, or an embedded
 * cluster of its own), migrated and seeded with the demo team and the e2e fixture jobs, then
 * served as `npm start` serves it: a cluster of `next start` workers (scripts/next-cluster.mjs, two
 * unless WEB_CONCURRENCY says otherwise), so the tests also cover what crosses workers (a request
 * the proxy sends to its own port may be answered by the other worker).
 */
const port = process.argv[2] ?? "3100";

const fixturePosting: Omit<ParsedPosting, "title" | "locations" | "workplaceType"> = {
  department: "Customer Support",
  employmentType: "part_time",
  compensation: { min: 28, max: 36, currency: "USD", period: "hour" },
  summary: "Helps customers get the most out of the product.",
  responsibilities: ["Answer customer questions by email and chat."],
  requiredQualifications: ["Two years in a customer-facing role."],
  preferredQualifications: [],
  // Markup in posting text must stay text, in the page and in its JSON-LD (e2e/public-jobs.spec.ts).
  benefits: ["A home-office budget.", "Snacks </script><script>window.__injected = true</script> & <!-- more"],
  skills: ["Zendesk"],
};

/**
 * Jobs in each public state for e2e/public-jobs.spec.ts, which knows their titles and slugs. Their
 * titles never contain the seed job's title, which other specs find links by.
 */
async function seedE2eFixtures(): Promise<void> {
  const actor = systemActor("e2e fixtures");
  const fixtures = [
    { title: "Remote Support Specialist", locations: ["Remote (US)"], workplaceType: "remote", status: "open" },
    { title: "Support Team Lead", locations: ["London, UK"], workplaceType: "onsite", status: "paused" },
    { title: "Support Operations Analyst", locations: ["New York, NY"], workplaceType: "hybrid", status: "closed", closeReason: "filled" },
    { title: "Support Trainer", locations: ["Austin, TX"], workplaceType: "onsite", status: "closed", closeReason: "cancelled" },
    { title: "Support Apprentice", locations: ["Austin, TX"], workplaceType: "onsite", status: "draft" },
  ] as const;
  for (const { title, locations, workplaceType, status, ...rest } of fixtures) {
    const { id } = await createRequisition(actor, { posting: { ...fixturePosting, title, locations: [...locations], workplaceType }, status });
    // createRequisition takes no close reason; set it as closing a requisition would.
    if ("closeReason" in rest) await getDb().update(requisitions).set({ closeReason: rest.closeReason }).where(eq(requisitions.id, id));
  }
  // e2e/offers.spec.ts hires onto this one and so closes it as filled: no other spec may use it.
  const team: TeamAssignment[] = [];
  for (const user of demoUsers) {
    const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, user.email));
    if (row && user.role !== "admin") team.push({ userId: row.id, role: user.role });
  }
  await createRequisition(actor, {
    posting: { ...fixturePosting, title: "Offer Desk Coordinator", locations: ["Berlin, Germany"], workplaceType: "onsite" },
    status: "open",
    team,
  });
}

async function main() {
  // Every spec's candidates arrive from 127.0.0.1: the suite as a whole sends more applications per
  // hour than one real address may (30). The limit itself is covered by service tests and the drills.
  process.env.RATE_LIMIT_APPLY_PER_IP_HOUR ??= "1000";
  const { url, stopCluster } = await prepareTestDatabase({
    database: "shortlist_e2e",
    clusterDir: process.env.E2E_CLUSTER_DIR ?? ".data/postgres-e2e",
    clusterPort: Number(process.env.E2E_POSTGRES_PORT ?? 29331),
  });
  await seedTestDatabase(url, async () => {
    await seedE2eFixtures();
    await seedAuthorizationFixtures(port);
  });

  process.env.WEB_CONCURRENCY ??= "2";
  const server = startNextServer({ port, databaseUrl: url, stdio: "inherit", cluster: true });
  const shutdown = async () => {
    await terminateProcess(server.pid ?? 0, "SIGTERM");
    await stopCluster();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown());
  process.on("SIGINT", () => void shutdown());
  server.on("exit", (code) => void stopCluster().then(() => process.exit(code ?? 1)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
