import { rmSync } from "node:fs";
import path from "node:path";

/**
 * Next.js keeps its data cache and the pages it rendered at run time on disk, and a restarted
 * server serves them again. They were made from the previous run's database, so a server on a
 * freshly created one must start without them. The build directory is next.config's (NEXT_DIST_DIR).
 */
export function clearRuntimeCaches(distDir = process.env.NEXT_DIST_DIR || ".next"): void {
  for (const dir of ["cache/fetch-cache", "server/route-cache"]) rmSync(path.join(distDir, dir), { recursive: true, force: true });
}
