import { writeFileSync } from "node:fs";
import path from "node:path";
import { renderAuthorizationDoc } from "../lib/authorization/render-matrix-doc";

/** `npm run docs:authorization`: writes docs/authorization.md from lib/authorization/matrix.ts. */
const target = path.resolve(import.meta.dirname, "../docs/authorization.md");
writeFileSync(target, renderAuthorizationDoc());
console.log(`Wrote ${path.relative(process.cwd(), target)}.`);
