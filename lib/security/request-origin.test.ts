import { describe, expect, it } from "vitest";
import { checkRequestOrigin, ownHosts } from "./request-origin";

const hosts = ["shortlist.example.org", "127.0.0.1:3000"];

describe("checkRequestOrigin", () => {
  it.each([
    // [method, Origin, Sec-Fetch-Site, allowed]
    ["GET", "https://evil.example", "cross-site", true],
    ["HEAD", null, null, true],
    ["get", "https://evil.example", "cross-site", true],
    ["POST", "https://shortlist.example.org", "same-origin", true],
    ["POST", "http://127.0.0.1:3000", "same-origin", true],
    ["POST", "https://SHORTLIST.example.org", null, true],
    ["POST", "https://shortlist.example.org", "none", true],
    ["POST", null, "same-origin", true],
    ["DELETE", "https://shortlist.example.org", "same-origin", true],
    ["POST", "https://evil.example", "cross-site", false],
    ["POST", "https://evil.example", null, false],
    ["POST", "https://evil.example", "same-origin", false],
    ["POST", "https://shortlist.example.org", "cross-site", false],
    ["POST", null, "cross-site", false],
    ["POST", null, "CROSS-SITE", false],
    ["POST", "https://jobs.example.org", "same-site", false],
    ["POST", null, "same-site", false],
    ["POST", null, "none", false],
    ["POST", null, null, false],
    ["PUT", null, null, false],
    ["PATCH", null, null, false],
    ["DELETE", null, null, false],
    ["OPTIONS", "https://evil.example", null, false],
    ["POST", "null", "same-origin", false],
    ["POST", "", null, false],
    ["POST", "shortlist.example.org", null, false],
    ["POST", "ftp://shortlist.example.org", null, false],
    ["POST", "https://shortlist.example.org.evil.example", null, false],
    ["POST", "https://shortlist.example.org:8443", null, false],
    ["POST", "http://127.0.0.1:3001", null, false],
  ] as const)("%s with Origin %s and Sec-Fetch-Site %s → allowed %s", (method, origin, secFetchSite, allowed) => {
    expect(checkRequestOrigin({ method, origin, secFetchSite, ownHosts: hosts }).allowed).toBe(allowed);
  });

  it("says why it refused", () => {
    expect(checkRequestOrigin({ method: "POST", origin: null, secFetchSite: null, ownHosts: hosts })).toEqual({
      allowed: false,
      reason: "neither Origin nor Sec-Fetch-Site was sent",
    });
  });

  it("refuses everything mutating when the site knows no host of its own", () => {
    expect(checkRequestOrigin({ method: "POST", origin: "http://localhost", secFetchSite: "same-origin", ownHosts: [] }).allowed).toBe(false);
  });
});

describe("ownHosts", () => {
  it("takes the forwarded host, the Host header and the configured URLs, lower-cased and without duplicates", () => {
    expect(
      ownHosts({
        host: "App:3000",
        forwardedHost: "Careers.Example.org, internal.proxy",
        configuredUrls: ["https://careers.example.org/", "https://auth.example.org/api/auth", undefined, "", "not a url"],
      }),
    ).toEqual(["careers.example.org", "app:3000", "auth.example.org"]);
  });

  it("is empty when nothing names the site", () => {
    expect(ownHosts({ host: null, forwardedHost: null, configuredUrls: [] })).toEqual([]);
  });
});
