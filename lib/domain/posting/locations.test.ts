import { describe, it, expect } from "vitest";
import { parseLocationField, scanLocations } from "./locations";

describe("scanLocations", () => {
  it.each([
    ["San Francisco, CABellevue, WANew York, NYBackend EngineeringOnsite", ["San Francisco, CA", "Bellevue, WA", "New York, NY"]],
    ["London, UK", ["London, UK"]],
    ["Remote (US)", ["Remote (US)"]],
    ["Remote - Europe", ["Remote - Europe"]],
    ["Remote – EU time zones", ["Remote – EU time zones"]],
    ["Toronto, ON, Canada · Full-time", ["Toronto, ON, Canada"]],
    ["Berlin | Hybrid", ["Berlin"]],
    ["Austin, Texas", ["Austin, Texas"]],
    ["Engineering · Denver, CO · On-site", ["Denver, CO"]],
    ["London, Manchester or Leeds", ["London", "Manchester", "Leeds"]],
    ["Remote", []],
    ["Reading and writing", []],
    ["Full-time, In office", []],
  ])("%s", (text, expected) => {
    expect(scanLocations(text).map((s) => s.text)).toEqual(expected);
  });
});

describe("parseLocationField", () => {
  it.each([
    ["San Francisco, CA", ["San Francisco, CA"]],
    ["Bellevue, Redmond or Remote (US)", ["Bellevue", "Redmond", "Remote (US)"]],
    ["Springfield, IL; Peoria, IL", ["Springfield, IL", "Peoria, IL"]],
    ["Reno, NV", ["Reno, NV"]],
    ["Lyon", ["Lyon"]],
    ["Remote - Europe", ["Remote - Europe"]],
    ["Smalltown", ["Smalltown"]],
  ])("%s", (value, expected) => {
    expect(parseLocationField(value)).toEqual(expected);
  });
});
