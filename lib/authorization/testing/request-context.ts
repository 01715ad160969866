import { encode } from "next-auth/jwt";
import type { Outcome } from "../matrix";

/**
 * What a request would carry, for calling pages, route handlers and actions in-process. The matrix
 * tests mock only Next's request plumbing (headers, the data cache, and where the session cookie
 * comes from); everything from the cookie on — its verification, requireUser re-reading the user
 * from the database, the services, the database — is real.
 */
export const session: { userId: string | null } = { userId: null };

const SESSION_COOKIE = "authjs.session-token";
process.env.AUTH_SECRET ??= "authorization-matrix-test-secret-0123456789abcdef";

/** The cookie jar of a request by `session.userId`: a session token as Auth.js issues it at sign-in. */
async function sessionCookies() {
  const userId = session.userId;
  const value = userId ? await encode({ token: { sub: userId, signedInAt: Date.now() }, secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE }) : null;
  const all = value ? [{ name: SESSION_COOKIE, value }] : [];
  return {
    get: (name: string) => all.find((cookie) => cookie.name === name),
    getAll: () => all,
    has: (name: string) => all.some((cookie) => cookie.name === name),
  };
}

/**
 * next-auth's error classes, which the sign-in action tells apart. The package itself cannot load
 * outside Next (it imports "next/server" the way only Next's bundler resolves).
 */
export class AuthError extends Error {}
export class CredentialsSignin extends AuthError {
  code = "credentials";
}

export function nextAuthModule() {
  return { AuthError, CredentialsSignin, default: () => ({}) };
}

/** Stands in for lib/auth/auth.ts, which cannot load outside Next: sign-in checks the real password. */
export async function authModule() {
  const { authenticateUser } = await import("@/lib/services/users");
  const { redirect } = await import("next/navigation");
  return {
    signIn: async (_provider: string, options: { email?: string; password?: string; redirectTo?: string }) => {
      const user = await authenticateUser({ email: options.email, password: options.password });
      if (!user) throw new CredentialsSignin();
      redirect(options.redirectTo ?? "/dashboard");
    },
    signOut: async () => {
      session.userId = null;
    },
    handlers: {},
  };
}

export function headersModule(original: Record<string, unknown>) {
  return {
    ...original,
    headers: async () => new Headers({ host: "localhost:3000" }),
    cookies: sessionCookies,
  };
}

/** connection() only marks a render as dynamic; outside a request there is nothing to mark. */
export function serverModule(original: Record<string, unknown>) {
  return { ...original, connection: async () => undefined };
}

/** Revalidation is a no-op and the data cache is bypassed: outside a Next server there is neither. */
export function cacheModule(original: Record<string, unknown>) {
  return {
    ...original,
    revalidatePath: () => undefined,
    revalidateTag: () => undefined,
    updateTag: () => undefined,
    refresh: () => undefined,
    unstable_cache: (fn: unknown) => fn,
  };
}

/** notFound() and redirect() throw errors with a digest; this reads the outcome from one. */
export function outcomeOfThrown(error: unknown): Outcome | null {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String((error as { digest: unknown }).digest) : "";
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "not-found";
  if (digest.startsWith("NEXT_REDIRECT")) return (digest.split(";")[2] ?? "").startsWith("/login") ? "sign-in" : "allowed";
  return null;
}

/** The not-found message every service uses ("That application was not found."). */
export const NOT_FOUND_MESSAGE = /was not found\.$/;
