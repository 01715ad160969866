import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js setup that proxy.ts shares: no database, no password hashing.
 * The proxy only redirects signed-out visitors; authorisation happens in lib/services.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
