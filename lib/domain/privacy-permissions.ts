import type { Actor } from "./actor";

/**
 * Privacy work — the audit log, the self-identification report, candidate export, erasure and legal
 * holds — is for admins only; our own jobs and scripts (retention, re-applying erasures) act as system.
 */
export function canManagePrivacy(actor: Actor): boolean {
  return actor.kind === "system" || (actor.kind === "user" && actor.role === "admin");
}
