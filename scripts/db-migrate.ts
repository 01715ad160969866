import { prepareDatabase } from "./lib/prepare-database";

/** `npm run db:migrate`: apply pending migrations to DATABASE_URL or the embedded database. */
async function main() {
  const database = await prepareDatabase({ seed: false });
  console.log("Migrations applied.");
  await database.stop();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
