import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { loggableError } from "@/lib/app/loggable-error";
import { RateLimitedError } from "@/lib/services/errors";
import { authenticateUser } from "@/lib/services/users";
import { authConfig, isWithinAbsoluteSessionLimit } from "./auth.config";

/** Thrown to the sign-in action, which tells the person to wait instead of "wrong password". */
export class TooManySignInAttempts extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace in the logs.
    error(error) {
      // By class, not name: production builds minify class names.
      if (!(error instanceof CredentialsSignin)) console.error("[auth]", loggableError(error));
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip");
        let user;
        try {
          user = await authenticateUser({ email: credentials?.email, password: credentials?.password }, { ip: forwarded ?? null });
        } catch (error) {
          if (error instanceof RateLimitedError) throw new TooManySignInAttempts();
          throw error;
        }
        // Only the id travels in the token; role and status are re-read from the database on every request.
        return user ? { id: user.id } : null;
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.signedInAt = Date.now();
      }
      if (!isWithinAbsoluteSessionLimit(token.signedInAt)) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
