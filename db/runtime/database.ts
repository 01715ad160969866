import path from "node:path";
import { clusterUrl, ensureDatabaseExists, startEmbeddedCluster } from "./embedded-postgres";

export interface DatabaseHandle {
  url: string;
  /** True when our scripts started (or adopted) the embedded server, which they also stop. */
  embedded: boolean;
  stop(): Promise<void>;
}

export const DEFAULT_EMBEDDED_PORT = 54329;

/**
 * The database named by DATABASE_URL, or else the embedded PostgreSQL under .data/postgres,
 * started on demand on a fixed local port (EMBEDDED_POSTGRES_PORT to change it).
 */
export async function openDatabase(log: (message: string) => void = console.log): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => undefined };

  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_EMBEDDED_PORT);
  const cluster = await startEmbeddedCluster({ dataDir: path.resolve(".data/postgres"), port, log });
  await ensureDatabaseExists(cluster.adminUrl, "shortlist");
  return { url: clusterUrl(port, "shortlist"), embedded: true, stop: cluster.stop };
}
