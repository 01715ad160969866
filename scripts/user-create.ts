import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { closeDb } from "@/db/client";
import { systemActor } from "@/lib/domain/actor";
import { createUser } from "@/lib/services/users";
import { ValidationError } from "@/lib/services/errors";
import { prepareDatabase } from "./lib/prepare-database";

/**
 * `npm run user:create -- --email a@b.org --role admin [--name "Ada"]`: how an operator creates the
 * first admin. The password comes from stdin (piped) or a prompt, never from the command line.
 */
async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  });
  if (!values.email || !values.role) {
    console.error('Usage: npm run user:create -- --email person@example.com --role admin|recruiter|hiring_manager|interviewer [--name "Full Name"]');
    process.exit(2);
  }
  const password = await readPassword();
  const database = await prepareDatabase({ seed: false });
  process.env.DATABASE_URL = database.url;
  try {
    const user = await createUser(systemActor("user:create"), {
      email: values.email,
      role: values.role as never,
      name: values.name ?? values.email.split("@")[0] ?? values.email,
      password,
    });
    console.log(`Created ${user.role} ${user.email}.`);
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const [field, messages] of Object.entries(error.fieldErrors)) console.error(`${field}: ${messages.join(" ")}`);
      process.exitCode = 2;
    } else {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    }
  } finally {
    await closeDb();
    await database.stop();
  }
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  process.stdout.write("Password: ");
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
