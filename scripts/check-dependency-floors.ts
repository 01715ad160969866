import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";

/**
 * `npm run check:dependencies` (part of `npm test`): fails when an installed dependency is below the
 * minimum safe version recorded in scripts/dependency-floors.json.
 */
interface Floors {
  floors: Record<string, { min: string; why: string }>;
}

const { floors } = JSON.parse(readFileSync(path.join(__dirname, "dependency-floors.json"), "utf8")) as Floors;
const failures: string[] = [];
for (const [name, { min, why }] of Object.entries(floors)) {
  let installed: string;
  try {
    // Read the file directly: some packages' "exports" hide their package.json from require().
    installed = (JSON.parse(readFileSync(path.resolve("node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    failures.push(`${name}: not installed (floor ${min})`);
    continue;
  }
  if (semver.lt(installed, min)) failures.push(`${name}: ${installed} is below ${min} — ${why}`);
}
if (failures.length > 0) {
  console.error(`Dependencies below their safe floor (scripts/dependency-floors.json):\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log(`All ${Object.keys(floors).length} dependency floors hold.`);
