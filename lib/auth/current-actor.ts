import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { anonymousActor, type Actor, type UserActor } from "@/lib/domain/actor";
import { findActiveUserActor } from "@/lib/services/users";
import { isWithinAbsoluteSessionLimit } from "./auth.config";
import { readSessionToken } from "./session-token";

/**
 * The signed-in user as re-read from the database for this request, or the anonymous actor. The
 * session is the Auth.js cookie, verified as Auth.js's own `auth()` would and with the same limits
 * (its expiry, and the absolute limit its jwt callback applies), through the verified-token cache
 * the proxy uses too (lib/auth/session-token.ts). `auth()` would decrypt it again and re-encrypt
 * it for a cookie that a page cannot set anyway: the proxy slides the session forward.
 */
export const getCurrentActor = cache(async (): Promise<Actor> => {
  const token = await readSessionToken(await cookies());
  if (!token || !isWithinAbsoluteSessionLimit(token.signedInAt)) return anonymousActor;
  return (await findActiveUserActor(token.sub)) ?? anonymousActor;
});

/** For dashboard pages and actions: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<UserActor> {
  const actor = await getCurrentActor();
  if (actor.kind !== "user") redirect("/login");
  return actor;
}
