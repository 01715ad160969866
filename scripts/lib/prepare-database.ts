import { closeDb } from "@/db/client";
import { openDatabase, type DatabaseHandle } from "@/db/runtime/database";
import { migrateDatabase } from "@/db/runtime/migrate";

/** Opens the database (embedded when DATABASE_URL is unset), applies migrations, seeds if empty. */
export async function prepareDatabase(options: { seed: boolean }): Promise<DatabaseHandle> {
  const handle = await openDatabase();
  await migrateDatabase(handle.url);
  if (options.seed) {
    process.env.DATABASE_URL = handle.url;
    // Loaded only when seeding: migrating needs none of the seed's dependencies.
    const { printDemoLogins, seedDemoUsersEnabled, seedIfEmpty } = await import("@/db/seed/seed");
    const outcome = await seedIfEmpty({ demoUsers: seedDemoUsersEnabled() });
    if (outcome.seeded) console.log("Seeded the organisation and the Backend Software Engineer requisition.");
    printDemoLogins(outcome);
    await closeDb();
  }
  return handle;
}
