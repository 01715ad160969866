import { decode } from "next-auth/jwt";

/** Auth.js names the session cookie after the scheme: the __Secure- prefix over https. */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

export interface CookieReader {
  get(name: string): { value: string } | undefined;
}

/** What Shortlist reads from a verified session token: only the user id travels in it. */
export interface SessionToken {
  sub: string;
  /** Issued (or last slid forward) at, in seconds. */
  iat: number;
  /** Expires at, in seconds. */
  exp: number;
  /** Milliseconds; set when the person signed in, kept as the cookie slides forward. */
  signedInAt: number | null;
}

/**
 * Tokens already verified, by secret, cookie name and exact value. Auth.js decrypts the cookie with
 * a key it derives (HKDF) on every call, then checks its MAC: about a sixth of the CPU a dashboard
 * page took, twice per request (the proxy's gate and the page). A browser sends the same cookie
 * until it is slid forward (every 15 minutes at most), so each value is verified once per process.
 * Only tokens that verified are kept (a forger cannot fill this with anything), a hit is the exact
 * string that verified, and the expiry is checked again on every read. Bounded: when full, the
 * oldest entry goes.
 */
const verified = new Map<string, SessionToken>();
const MAX_VERIFIED = 5_000;

function remember(key: string, token: SessionToken) {
  if (verified.size >= MAX_VERIFIED) {
    const oldest = verified.keys().next();
    if (!oldest.done) verified.delete(oldest.value);
  }
  verified.set(key, token);
}

/**
 * The session token of the request, verified (Auth.js's own decode: A256CBC-HS512 with the key
 * derived from AUTH_SECRET) and unexpired, or null. Anything unusual (no secret, a chunked or
 * undecodable cookie, a token without a subject) is null. Auth.js only chunks a cookie over 4 KB,
 * and a Shortlist token holds a user id and two times.
 */
export async function readSessionToken(cookies: CookieReader, secret = process.env.AUTH_SECRET, now = Date.now()): Promise<SessionToken | null> {
  if (!secret) return null;
  const name = SESSION_COOKIES.find((candidate) => cookies.get(candidate));
  const value = name ? cookies.get(name)?.value : undefined;
  if (!name || !value) return null;
  const key = `${secret}\n${name}\n${value}`;
  let token = verified.get(key);
  if (!token) {
    const decoded = await decode({ token: value, secret, salt: name }).catch(() => null);
    if (!decoded?.sub || typeof decoded.iat !== "number" || typeof decoded.exp !== "number") return null;
    token = { sub: decoded.sub, iat: decoded.iat, exp: decoded.exp, signedInAt: typeof decoded.signedInAt === "number" ? decoded.signedInAt : null };
    remember(key, token);
  }
  return token.exp * 1000 > now ? token : null;
}
