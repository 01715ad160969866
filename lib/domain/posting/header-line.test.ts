import { describe, it, expect } from "vitest";
import { looksLikeDepartment, readHeaderLine } from "./header-line";

describe("readHeaderLine", () => {
  it.each([
    [
      "175k – 280kSan Francisco, CABellevue, WANew York, NYBackend EngineeringOnsite",
      { pay: [175000, 280000], locations: ["San Francisco, CA", "Bellevue, WA", "New York, NY"], workplace: ["onsite"], employment: [], department: "Backend Engineering", rest: [] },
    ],
    [
      "Engineering · Denver, CO · Full-time · On-site",
      { pay: null, locations: ["Denver, CO"], workplace: ["onsite"], employment: ["full_time"], department: "Engineering", rest: [] },
    ],
    [
      "Remote (US) | $120K–$160K USD | Contract",
      { pay: [120000, 160000], locations: ["Remote (US)"], workplace: ["remote"], employment: ["contract"], department: null, rest: [] },
    ],
    [
      "Acme Health — London, UK — Hybrid",
      { pay: null, locations: ["London, UK"], workplace: ["hybrid"], employment: [], department: null, rest: ["Acme Health"] },
    ],
    [
      "$45/hr · Reno, NV",
      { pay: [45, 45], locations: ["Reno, NV"], workplace: [], employment: [], department: null, rest: [] },
    ],
  ])("%s", (line, expected) => {
    const f = readHeaderLine(line);
    expect({ ...f, pay: f.pay && [f.pay.min, f.pay.max] }).toEqual(expected);
  });
});

describe("looksLikeDepartment", () => {
  it.each([
    ["Backend Engineering", true],
    ["Customer Success", true],
    ["Nursing", true],
    ["Acme Health", false],
    ["Acme Corp", false],
    ["we build great software for people", false],
  ])("%s", (chunk, expected) => {
    expect(looksLikeDepartment(chunk)).toBe(expected);
  });
});
