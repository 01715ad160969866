import { describe, it, expect } from "vitest";
import { regionOfLocation, regionOfLocations } from "./places";

describe("regionOfLocation", () => {
  it.each([
    ["San Francisco, CA", "USD"],
    ["Austin, Texas", "USD"],
    ["London, UK", "GBP"],
    ["Leeds", "GBP"],
    ["Remote (US)", "USD"],
    ["Remote - Europe", "EUR"],
    ["Berlin, Germany", "EUR"],
    ["Toronto, ON, Canada", "CAD"],
    ["Toronto, ON", "CAD"],
    ["Zürich", "CHF"],
    ["Springfield", null],
    ["Remote", null],
  ])("%s → %s", (loc, currency) => {
    expect(regionOfLocation(loc)?.currency ?? null).toBe(currency);
  });

  it.each([
    [["San Francisco, CA", "Bellevue, WA", "New York, NY"], "USD"],
    [["London, UK", "Berlin", "Paris"], "EUR"],
    [["Somewhere"], null],
    [[], null],
  ])("%j → %s", (locs, currency) => {
    expect(regionOfLocations(locs)?.currency ?? null).toBe(currency);
  });
});
