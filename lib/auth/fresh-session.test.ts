import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authConfig } from "./auth.config";
import { hasFreshSession } from "./fresh-session";

const secret = "fresh-session-test-secret-0123456789abcdef";
const cookieName = "authjs.session-token";
const jar = (cookies: Record<string, string>) => ({ get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined) });

async function sessionCookie(name = cookieName, token: Record<string, unknown> = { sub: "user-1" }, key = secret) {
  return { [name]: await encode({ token, secret: key, salt: name, maxAge: authConfig.session.maxAge }) };
}

describe("hasFreshSession", () => {
  it("passes a valid session issued within updateAge, over http and https cookie names", async () => {
    expect(await hasFreshSession(jar(await sessionCookie()), secret)).toBe(true);
    expect(await hasFreshSession(jar(await sessionCookie("__Secure-authjs.session-token")), secret)).toBe(true);
  });

  it("leaves a session older than updateAge to the gate, which slides it forward", async () => {
    const later = Date.now() + authConfig.session.updateAge * 1000 + 1_000;
    expect(await hasFreshSession(jar(await sessionCookie()), secret, later)).toBe(false);
  });

  it("refuses what Auth.js would refuse: no cookie, another secret, a mangled, expired or anonymous token", async () => {
    const valid = (await sessionCookie())[cookieName]!;
    expect(await hasFreshSession(jar({}), secret)).toBe(false);
    expect(await hasFreshSession(jar(await sessionCookie(cookieName, { sub: "user-1" }, "another-secret-0123456789abcdefghij")), secret)).toBe(false);
    expect(await hasFreshSession(jar({ [cookieName]: `${valid.slice(0, -4)}AAAA` }), secret)).toBe(false);
    expect(await hasFreshSession(jar({ [cookieName]: "not-a-token" }), secret)).toBe(false);
    expect(await hasFreshSession(jar(await sessionCookie(cookieName, {})), secret)).toBe(false);
    expect(await hasFreshSession(jar(await sessionCookie()), undefined)).toBe(false);
    const afterExpiry = Date.now() + authConfig.session.maxAge * 1000 + 1_000;
    expect(await hasFreshSession(jar(await sessionCookie()), secret, afterExpiry)).toBe(false);
  });
});
