import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeDb } from "@/db/client";
import { systemActor } from "@/lib/domain/actor";
import { listTombstones, reapplyErasures } from "@/lib/services/erasure-reapply";
import { prepareDatabase } from "./lib/prepare-database";
import { resolveAuthSecret } from "./lib/auth-secret";

/**
 * `npm run privacy:reapply-erasures [-- --import tombstones.json] [-- --export tombstones.json]`:
 * after restoring a backup, erases again everyone erased since it was taken (docs/privacy.md).
 * --export writes the tombstones (ids and keyed hashes, no personal data) to keep beside the backups;
 * --import adds such a file's tombstones first, since a restore also rolls back the tombstone table.
 */
async function main() {
  const { values } = parseArgs({ options: { import: { type: "string" }, export: { type: "string" } } });
  // The email hash is keyed with ERASURE_HASH_KEY or AUTH_SECRET: the same one the app uses.
  if (!process.env.ERASURE_HASH_KEY) process.env.AUTH_SECRET ??= resolveAuthSecret("start");
  const database = await prepareDatabase({ seed: false });
  process.env.DATABASE_URL = database.url;
  const actor = systemActor("privacy:reapply-erasures");
  try {
    if (values.export) {
      const tombstones = await listTombstones(actor);
      writeFileSync(values.export, JSON.stringify(tombstones, null, 2) + "\n", { mode: 0o600 });
      console.log(`Wrote ${tombstones.length} tombstones to ${values.export}.`);
    } else {
      const imported = values.import ? (JSON.parse(readFileSync(values.import, "utf8")) as unknown[]) : [];
      const outcome = await reapplyErasures(actor, { imported });
      // Counts only: candidate ids are fine in the audit log, not needed on the console.
      console.log(`${outcome.tombstones} tombstones (${outcome.imported} imported); ${outcome.erased.length} candidates erased again.`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await closeDb();
    await database.stop();
  }
}

void main();
