import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET from the environment, or for local use one generated once and kept in
 * .data/auth-secret so sessions survive restarts. Production must set it explicitly.
 */
export function resolveAuthSecret(mode: "dev" | "start"): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (mode === "start" && process.env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET must be set in production (for example: openssl rand -base64 33).");
  }
  const file = path.resolve(".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
