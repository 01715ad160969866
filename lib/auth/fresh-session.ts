import { authConfig } from "./auth.config";
import { type CookieReader, readSessionToken } from "./session-token";

/**
 * Whether the request carries a valid session cookie that was issued (or last slid forward) less
 * than `session.updateAge` ago. Such a request needs nothing from the proxy's Auth.js gate: no
 * redirect to sign in, and no fresh cookie. Auth.js re-issues a JWT session cookie on every request
 * it handles, which is most of what the gate costs; honouring updateAge here (as Auth.js itself
 * does for database sessions) keeps the sliding expiry while sparing that work on busy pages.
 *
 * This is not authorisation: pages and services read the session again and check the user.
 * Anything unusual (no secret, a chunked or undecodable cookie) answers false: the gate decides.
 */
export async function hasFreshSession(cookies: CookieReader, secret = process.env.AUTH_SECRET, now = Date.now()): Promise<boolean> {
  const token = await readSessionToken(cookies, secret, now);
  if (!token) return false;
  const ageMs = now - token.iat * 1000;
  return ageMs >= 0 && ageMs < authConfig.session.updateAge * 1000;
}
