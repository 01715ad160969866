import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { anonymousActor, type Actor, type UserActor } from "@/lib/domain/actor";
import { findActiveUserActor } from "@/lib/services/users";
import { auth } from "./auth";

/** The signed-in user as re-read from the database for this request, or the anonymous actor. */
export const getCurrentActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return anonymousActor;
  return (await findActiveUserActor(userId)) ?? anonymousActor;
});

/** For dashboard pages and actions: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<UserActor> {
  const actor = await getCurrentActor();
  if (actor.kind !== "user") redirect("/login");
  return actor;
}
