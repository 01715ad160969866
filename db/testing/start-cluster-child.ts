import { startEmbeddedCluster } from "@/db/runtime/embedded-postgres";

// Started by the runtime test and then killed with SIGKILL, to leave an orphaned PostgreSQL behind.
const [dataDir, port] = process.argv.slice(2);
startEmbeddedCluster({ dataDir: dataDir!, port: Number(port) }).then(() => {
  process.stdout.write("ready\n");
  setInterval(() => undefined, 60_000);
});
