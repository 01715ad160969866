import type { Role } from "./roles";

/** Who is asking. Every service call names one; nothing is authorised implicitly. */
export type Actor =
  | { kind: "user"; id: string; role: Role; name: string; email: string }
  | { kind: "anonymous" }
  /** Our own scripts (seed, user creation): never reachable from a request. */
  | { kind: "system"; purpose: string };

export type UserActor = Extract<Actor, { kind: "user" }>;

export const anonymousActor: Actor = { kind: "anonymous" };

export function systemActor(purpose: string): Actor {
  return { kind: "system", purpose };
}
