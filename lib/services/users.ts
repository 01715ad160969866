import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor, UserActor } from "@/lib/domain/actor";
import { canManageUsers } from "@/lib/domain/permissions";
import { roles } from "@/lib/domain/roles";
import { hashPassword, MIN_PASSWORD_LENGTH, timingDummyHash, verifyPassword } from "@/lib/auth/password";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { assertSignInAllowed, recordSignInFailure } from "./sign-in-limits";

export const credentialsSchema = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export const newUserSchema = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: "Enter a valid email address." })),
  name: z.string().trim().min(1, "Enter a name.").max(200),
  role: z.enum(roles),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(1024),
});
export type NewUser = z.input<typeof newUserSchema>;

function toActor(row: typeof users.$inferSelect): UserActor {
  return { kind: "user", id: row.id, role: row.role, name: row.name, email: row.email };
}

/**
 * Checks an email and password. Unknown emails, wrong passwords and deactivated users all
 * answer null after the same amount of work, so the response reveals nothing. Too many failures
 * for the account or the address throw RateLimitedError until the window passes.
 */
export async function authenticateUser(input: unknown, context: { ip: string | null } = { ip: null }): Promise<UserActor | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  await assertSignInAllowed(parsed.data.email, context.ip);
  const [row] = await getDb().select().from(users).where(eq(users.email, parsed.data.email)).limit(1);
  const valid = await verifyPassword(row?.passwordHash ?? (await timingDummyHash()), parsed.data.password);
  if (!row || !valid || !row.active) {
    await recordSignInFailure(parsed.data.email, context.ip);
    return null;
  }
  return toActor(row);
}

/** Re-read on every request: a deactivated user or a changed role takes effect immediately. */
export async function findActiveUserActor(userId: string): Promise<UserActor | null> {
  if (!z.uuid().safeParse(userId).success) return null;
  const [row] = await getDb().select().from(users).where(eq(users.id, userId)).limit(1);
  return row?.active ? toActor(row) : null;
}

export async function createUser(actor: Actor, input: NewUser): Promise<UserActor> {
  if (!canManageUsers(actor)) throw new NotFoundError();
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError("The user could not be created.", z.flattenError(parsed.error).fieldErrors);
  }
  const { password, ...fields } = parsed.data;
  const passwordHash = await hashPassword(password);
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ ...fields, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!row) throw new ConflictError(`A user with the email ${fields.email} already exists.`);
    await writeAudit(tx, actor, { action: "user.create", targetType: "user", targetId: row.id, details: { role: row.role } });
    return toActor(row);
  });
}
