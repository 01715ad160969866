import { readFileSync } from "node:fs";
import { parsePosting } from "../lib/domain/posting/parse-posting";

/**
 * `npm run --silent posting:parse -- <file | ->`: prints the parsed posting and its warnings as JSON.
 * Exit 2 when there is nothing readable to parse; the parser itself never fails.
 */
const usage = "usage: npm run --silent posting:parse -- <file | ->   (use - to read stdin)";

function main(args: string[]): number {
  const source = args[0];
  if (source === undefined || source === "" || args.length > 1) {
    console.error(usage);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(source === "-" ? 0 : source, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    console.error(`posting:parse: cannot read ${source === "-" ? "stdin" : source} (${reason})`);
    return 2;
  }
  const { posting, warnings } = parsePosting(text);
  process.stdout.write(`${JSON.stringify({ ...posting, warnings }, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
