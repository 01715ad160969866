import { describe, expect, it } from "vitest";
import { HSTS_VALUE, isHttpsRequest, strictTransportSecurity } from "./transport-security";

describe("isHttpsRequest", () => {
  it.each([
    ["https:", null, true],
    ["http:", null, false],
    ["http:", "https", true],
    ["http:", "HTTPS", true],
    ["http:", "https, http", true],
    ["http:", "http, https", false],
    ["https:", "http", false],
    ["http:", "", false],
  ] as const)("%s with X-Forwarded-Proto %s → %s", (protocol, forwardedProto, expected) => {
    expect(isHttpsRequest({ protocol, forwardedProto })).toBe(expected);
  });
});

describe("strictTransportSecurity", () => {
  it.each([
    [true, true, HSTS_VALUE],
    [true, false, null],
    [false, true, null],
    [false, false, null],
  ] as const)("production %s, https %s → %s", (production, https, expected) => {
    expect(strictTransportSecurity({ production, https })).toBe(expected);
  });

  it("asks for at least a year, subdomains included", () => {
    expect(Number(/max-age=(\d+)/.exec(HSTS_VALUE)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(HSTS_VALUE).toContain("includeSubDomains");
  });
});
