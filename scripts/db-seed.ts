import { prepareDatabase } from "./lib/prepare-database";

/** `npm run db:seed`: migrate, then seed the organisation, demo team and seed requisition if empty. */
async function main() {
  const database = await prepareDatabase({ seed: true });
  await database.stop();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
