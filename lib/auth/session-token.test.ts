import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authConfig, isWithinAbsoluteSessionLimit } from "./auth.config";
import { readSessionToken } from "./session-token";

const secret = "session-token-test-secret-0123456789abcdef";
const cookieName = "authjs.session-token";
const jar = (cookies: Record<string, string>) => ({ get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined) });
const issue = (token: Record<string, unknown>, key = secret, maxAge = authConfig.session.maxAge) => encode({ token, secret: key, salt: cookieName, maxAge });

describe("readSessionToken", () => {
  it("reads the user id, the issue and expiry times and the sign-in time of a token Auth.js issued", async () => {
    const signedInAt = Date.now() - 60_000;
    const token = await readSessionToken(jar({ [cookieName]: await issue({ sub: "user-1", signedInAt }) }), secret);
    expect(token).toMatchObject({ sub: "user-1", signedInAt });
    expect(token!.exp - token!.iat).toBe(authConfig.session.maxAge);
  });

  it("refuses a token Auth.js would refuse: another secret, mangled, without a subject, none", async () => {
    const valid = await issue({ sub: "user-1" });
    expect(await readSessionToken(jar({ [cookieName]: await issue({ sub: "user-1" }, "another-secret-0123456789abcdefghij") }), secret)).toBeNull();
    expect(await readSessionToken(jar({ [cookieName]: `${valid.slice(0, -4)}AAAA` }), secret)).toBeNull();
    expect(await readSessionToken(jar({ [cookieName]: await issue({}) }), secret)).toBeNull();
    expect(await readSessionToken(jar({}), secret)).toBeNull();
    expect(await readSessionToken(jar({ [cookieName]: valid }), undefined)).toBeNull();
  });

  it("checks the expiry on every read, also of a token it has verified before", async () => {
    const cookies = jar({ [cookieName]: await issue({ sub: "user-1" }) });
    const now = Date.now();
    expect(await readSessionToken(cookies, secret, now)).not.toBeNull();
    expect(await readSessionToken(cookies, secret, now + authConfig.session.maxAge * 1000 + 1_000)).toBeNull();
    expect(await readSessionToken(cookies, secret, now)).not.toBeNull();
  });

  it("does not take a verified value for another secret's", async () => {
    const cookies = jar({ [cookieName]: await issue({ sub: "user-1" }) });
    expect(await readSessionToken(cookies, secret)).not.toBeNull();
    expect(await readSessionToken(cookies, "another-secret-0123456789abcdefghij")).toBeNull();
  });
});

describe("isWithinAbsoluteSessionLimit", () => {
  it("ends a session a day after signing in, however active, and one with no sign-in time", () => {
    const now = Date.now();
    expect(isWithinAbsoluteSessionLimit(now - 23 * 3_600_000, now)).toBe(true);
    expect(isWithinAbsoluteSessionLimit(now - 24 * 3_600_000 - 1, now)).toBe(false);
    expect(isWithinAbsoluteSessionLimit(undefined, now)).toBe(false);
    expect(isWithinAbsoluteSessionLimit("yesterday", now)).toBe(false);
  });
});
