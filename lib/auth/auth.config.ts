import type { NextAuthConfig } from "next-auth";

/** However active, a session ends a day after signing in. */
const ABSOLUTE_SESSION_MS = 24 * 60 * 60 * 1000;

/** Whether a session that began at `signedInAt` (milliseconds) is still within its absolute limit. */
export function isWithinAbsoluteSessionLimit(signedInAt: unknown, now = Date.now()): boolean {
  return typeof signedInAt === "number" && now - signedInAt <= ABSOLUTE_SESSION_MS;
}

/**
 * The part of the Auth.js setup that proxy.ts shares: no database, no password hashing.
 * The proxy only redirects signed-out visitors; authorisation happens in lib/services.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  // Idle limit: the cookie slides forward with use (every 15 minutes at most) and lapses after 8 idle
  // hours. The absolute limit (a day after signing in) is enforced in the jwt callback.
  session: { strategy: "jwt", maxAge: 8 * 60 * 60, updateAge: 15 * 60 },
  // Self-hosted behind the operator's own proxy: the Host header is the deployment's.
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const needsSignIn = request.nextUrl.pathname.startsWith("/dashboard");
      return !needsSignIn || Boolean(auth?.user);
    },
  },
} satisfies NextAuthConfig;
