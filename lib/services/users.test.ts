import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { createTestUser, TEST_PASSWORD, uniqueEmail } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { anonymousActor, systemActor } from "@/lib/domain/actor";
import { ConflictError, NotFoundError, RateLimitedError, ValidationError } from "./errors";
import { authenticateUser, createUser, findActiveUserActor } from "./users";

withTestDatabase();

describe("authenticateUser", () => {
  it("accepts the right password, ignoring the email's case and spaces", async () => {
    const user = await createTestUser("recruiter");
    expect(await authenticateUser({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD })).toMatchObject({ id: user.id, role: "recruiter" });
  });

  it.each([
    { name: "a wrong password", input: async () => ({ email: (await createTestUser("admin")).email, password: "wrong password!!" }) },
    { name: "an unknown email", input: async () => ({ email: uniqueEmail(), password: TEST_PASSWORD }) },
    { name: "a malformed email", input: async () => ({ email: "nope", password: TEST_PASSWORD }) },
    { name: "a missing password", input: async () => ({ email: uniqueEmail() }) },
  ])("answers null for $name", async ({ input }) => {
    expect(await authenticateUser(await input())).toBeNull();
  });

  it("refuses a deactivated user, and their next request sees no user", async () => {
    const user = await createTestUser("hiring_manager");
    expect(await findActiveUserActor(user.id)).not.toBeNull();
    await getDb().update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await authenticateUser({ email: user.email, password: TEST_PASSWORD })).toBeNull();
    expect(await findActiveUserActor(user.id)).toBeNull();
  });

  it("picks up a changed role on the next read", async () => {
    const user = await createTestUser("interviewer");
    await getDb().update(users).set({ role: "recruiter" }).where(eq(users.id, user.id));
    expect((await findActiveUserActor(user.id))?.role).toBe("recruiter");
  });
});

describe("createUser", () => {
  it("stores an argon2id hash, never the password", async () => {
    const user = await createTestUser("admin");
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("refuses a second user with the same email", async () => {
    const email = uniqueEmail();
    await createUser(systemActor("test"), { email, name: "A", role: "admin", password: TEST_PASSWORD });
    await expect(createUser(systemActor("test"), { email: email.toUpperCase(), name: "B", role: "admin", password: TEST_PASSWORD })).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses short passwords with a message", async () => {
    await expect(createUser(systemActor("test"), { email: uniqueEmail(), name: "A", role: "admin", password: "short" })).rejects.toMatchObject({
      fieldErrors: { password: ["Use at least 12 characters."] },
    });
  });

  it.each([
    { who: "a recruiter", actor: async () => createTestUser("recruiter") },
    { who: "anonymous", actor: async () => anonymousActor },
  ])("answers not-found when $who tries", async ({ actor }) => {
    await expect(createUser(await actor(), { email: uniqueEmail(), name: "X", role: "admin", password: TEST_PASSWORD })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("rejects unknown roles", async () => {
    await expect(createUser(systemActor("test"), { email: uniqueEmail(), name: "X", role: "owner" as never, password: TEST_PASSWORD })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("sign-in limits", () => {
  it("refuses an account after repeated failures, for anyone, and keeps refusing the right password until the window passes", async () => {
    process.env.SIGN_IN_FAILURES_PER_ACCOUNT = "3";
    try {
      const user = await createTestUser("recruiter");
      for (let i = 0; i < 3; i++) expect(await authenticateUser({ email: user.email, password: "wrong password!!" }, { ip: `198.51.100.${i}` })).toBeNull();
      await expect(authenticateUser({ email: user.email, password: TEST_PASSWORD }, { ip: "198.51.100.9" })).rejects.toBeInstanceOf(RateLimitedError);
      // An unknown email is limited the same way, so the limit says nothing about which accounts exist.
      const unknown = uniqueEmail();
      for (let i = 0; i < 3; i++) await authenticateUser({ email: unknown, password: "x" });
      await expect(authenticateUser({ email: unknown, password: "x" })).rejects.toBeInstanceOf(RateLimitedError);
    } finally {
      delete process.env.SIGN_IN_FAILURES_PER_ACCOUNT;
    }
  });

  it("limits one address across accounts", async () => {
    process.env.SIGN_IN_FAILURES_PER_IP = "2";
    try {
      for (let i = 0; i < 2; i++) await authenticateUser({ email: uniqueEmail(), password: "x" }, { ip: "203.0.113.7" });
      const user = await createTestUser("admin");
      await expect(authenticateUser({ email: user.email, password: TEST_PASSWORD }, { ip: "203.0.113.7" })).rejects.toBeInstanceOf(RateLimitedError);
      expect(await authenticateUser({ email: user.email, password: TEST_PASSWORD }, { ip: "203.0.113.8" })).toMatchObject({ id: user.id });
    } finally {
      delete process.env.SIGN_IN_FAILURES_PER_IP;
    }
  });
});
