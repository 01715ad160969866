import { readFileSync } from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { requisitionMembers, requisitions, users } from "@/db/schema";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { getOpenJob } from "@/lib/services/public-jobs";
import { authenticateUser } from "@/lib/services/users";
import { DEMO_PASSWORD, demoUsers } from "./demo-users";
import { seedIfEmpty } from "./seed";

withTestDatabase();

const expected = JSON.parse(
  readFileSync(path.resolve("lib/domain/posting/fixtures/backend-software-engineer.expected.json"), "utf8"),
) as Record<string, unknown>;

describe("seedIfEmpty", () => {
  it("publishes the seed posting with every section as in the expected fixture, and the demo team", async () => {
    const outcome = await seedIfEmpty({ demoUsers: true });
    expect(outcome.seeded).toBe(true);
    const job = await getOpenJob("backend-software-engineer");
    expect({
      title: job.title,
      department: job.department,
      locations: job.locations,
      workplaceType: job.workplaceType,
      employmentType: job.employmentType,
      compensation: job.compensation,
      summary: job.summary,
      responsibilities: job.responsibilities,
      requiredQualifications: job.requiredQualifications.map((q) => q.text),
      preferredQualifications: job.preferredQualifications.map((q) => q.text),
      benefits: job.benefits,
      skills: job.skills,
    }).toEqual(expected);

    for (const user of demoUsers) {
      expect(await authenticateUser({ email: user.email, password: DEMO_PASSWORD })).toMatchObject({ role: user.role });
    }
    const [team] = await getDb().select({ n: count() }).from(requisitionMembers);
    expect(team?.n).toBe(4);
  });

  it("leaves a database that already has the organisation alone", async () => {
    const again = await seedIfEmpty({ demoUsers: true });
    expect(again.seeded).toBe(false);
    const [reqs] = await getDb().select({ n: count() }).from(requisitions);
    expect(reqs?.n).toBe(1);
  });
});

describe("seedIfEmpty without demo users", () => {
  it("creates no users", async () => {
    // A second, empty database: the file's own one already holds the seeded organisation.
    await getDb().execute("truncate organization, requisitions, users cascade");
    await seedIfEmpty({ demoUsers: false });
    const [people] = await getDb().select({ n: count() }).from(users);
    expect(people?.n).toBe(0);
    expect((await getOpenJob("backend-software-engineer")).title).toBe("Backend Software Engineer");
  });
});
