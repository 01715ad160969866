import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "./content-security-policy";

const nonce = "AAECAwQFBgcICQoLDA0ODw==";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("buildContentSecurityPolicy", () => {
  it("allows scripts only by nonce in production, with no inline or eval escape hatch", () => {
    const policy = directives(buildContentSecurityPolicy({ nonce, development: false, https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect(buildContentSecurityPolicy({ nonce, development: false, https: true })).not.toMatch(/unsafe/);
  });

  it("adds eval and inline styles for the dev server only", () => {
    const policy = directives(buildContentSecurityPolicy({ nonce, development: true, https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("upgrades subresources when served over https", () => {
    expect(directives(buildContentSecurityPolicy({ nonce, development: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it.each(["", "short", "abc'; script-src *", "AAECAwQFBgcICQoLDA0ODw== 'unsafe-inline'", "AAECAwQFBgcICQoLDA0ODw==;"])("refuses the nonce %j", (bad) => {
    expect(() => buildContentSecurityPolicy({ nonce: bad, development: false, https: false })).toThrow();
  });
});

describe("createNonce", () => {
  it("is fresh every time and fits the policy", () => {
    const nonces = new Set(Array.from({ length: 200 }, createNonce));
    expect(nonces.size).toBe(200);
    for (const value of nonces) expect(() => buildContentSecurityPolicy({ nonce: value, development: false, https: false })).not.toThrow();
    expect(Buffer.from([...nonces][0] ?? "", "base64")).toHaveLength(16);
  });
});
