import "server-only";
import { createHmac } from "node:crypto";

/**
 * The tombstone's email hash: HMAC-SHA256 of the lower-cased address. Keyed, because a plain hash of
 * an email is reversed by hashing a list of guesses; the key is ERASURE_HASH_KEY, or AUTH_SECRET when
 * that is not set. It must stay the same for as long as tombstones are kept (rotating it only loses
 * the email match; the candidate id still matches). docs/privacy.md.
 */
export function erasureEmailHash(email: string, env: Record<string, string | undefined> = process.env): string {
  const key = env.ERASURE_HASH_KEY || env.AUTH_SECRET;
  if (!key) throw new Error("Set ERASURE_HASH_KEY (or AUTH_SECRET) to erase candidates: the tombstone's email hash is keyed with it.");
  return createHmac("sha256", key).update(email.trim().toLowerCase()).digest("hex");
}
