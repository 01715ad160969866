/**
 * Finds locations in header text, including lists a job board ran together with no separators
 * ("San Francisco, CABellevue, WANew York, NY"). Three shapes are recognised: "City, REGION"
 * (a state, province or country after the comma), "Remote (US)" / "Remote - Europe", and cities
 * or countries from the gazetteer standing alone.
 */
import { areaList, canadianProvinceCodes, cityList, usStateCodes } from "./places";
import { findSoftWord, isLower, isSoftEnd, isSoftStart, isUpper } from "./text-scan";

export interface LocationSpan {
  text: string;
  start: number;
  end: number;
  remote: boolean;
}

const maxScan = 1000;
const remoteRegions = ["worldwide", "anywhere", "global", "emea", "americas", "north america", "latam", "apac", "europe", "eu", ...areaList];

/** A state code, province code or area name at `i`, returning where it ends. */
function regionEnd(s: string, lower: string, i: number): number | null {
  const code = s.slice(i, i + 2);
  if ((usStateCodes.has(code) || canadianProvinceCodes.has(code)) && isSoftEnd(s, i + 2) && s[i + 2] !== ".") return i + 2;
  for (const name of areaList) {
    if (lower.startsWith(name, i) && isUpper(s[i]) && isSoftEnd(s, i + name.length)) return i + name.length;
  }
  return null;
}

/** Walks back from a comma to where the city name starts, stopping at run-together boundaries. */
function cityStart(s: string, comma: number, floor: number): number {
  let i = comma;
  while (i > floor) {
    const ch = s[i - 1] ?? "";
    if (!/[\p{L} .'’-]/u.test(ch)) break;
    if (i < comma && isUpper(s[i]) && isLower(ch)) break;
    i--;
  }
  while (i < comma && (s[i] === " " || s[i] === "-" || s[i] === ".")) i++;
  return i;
}

function remoteSpan(s: string, lower: string, at: number): number {
  let i = at + "remote".length;
  const rest = lower.slice(i, i + 60);
  const paren = /^ ?\(([^()]{1,50})\)/.exec(rest);
  if (paren) return i + paren[0].length;
  const joiner = /^(?: ?[-–—:,] ?| in | within | from | based in | - based in )/.exec(rest);
  if (!joiner) return i;
  i += joiner[0].length;
  for (const region of remoteRegions) {
    if (lower.startsWith(region, i) && isSoftEnd(s, i + region.length)) {
      let end = i + region.length;
      const tz = /^ (?:time ?zones?|timezones?|only|based)\b/.exec(lower.slice(end, end + 20));
      if (tz) end += tz[0].length;
      return end;
    }
  }
  return at + "remote".length;
}

/** Standalone place names by first letter, longest first, so a scan only tries a handful per word. */
const namesByInitial = new Map<string, string[]>();
for (const name of [...cityList, ...areaList].sort((a, b) => b.length - a.length)) {
  if (name.length < 3 && name !== "uk") continue;
  const initial = name[0] ?? "";
  namesByInitial.set(initial, [...(namesByInitial.get(initial) ?? []), name]);
}

function overlaps(spans: LocationSpan[], start: number, end: number): boolean {
  return spans.some((sp) => start < sp.end && end > sp.start);
}

export function scanLocations(text: string): LocationSpan[] {
  const s = text.slice(0, maxScan);
  const lower = s.toLowerCase();
  const spans: LocationSpan[] = [];

  for (let at = findSoftWord(s, lower, "remote"); at !== -1; at = findSoftWord(s, lower, "remote", at + 6)) {
    const end = remoteSpan(s, lower, at);
    if (end > at + 6) spans.push({ text: s.slice(at, end), start: at, end, remote: true });
  }

  let floor = 0;
  for (let comma = s.indexOf(",", 0); comma !== -1; comma = s.indexOf(",", comma + 1)) {
    if (comma < floor) continue;
    const regionAt = s[comma + 1] === " " ? comma + 2 : comma + 1;
    let end = regionEnd(s, lower, regionAt);
    if (end === null) continue;
    const start = cityStart(s, comma, floor);
    const city = s.slice(start, comma);
    if (city === "" || !isUpper(city[0]) || city.split(" ").length > 4 || overlaps(spans, start, end)) continue;
    // "Toronto, ON, Canada": a country may follow the province.
    if (s[end] === ",") {
      const again = regionEnd(s, lower, s[end + 1] === " " ? end + 2 : end + 1);
      if (again !== null) end = again;
    }
    spans.push({ text: s.slice(start, end), start, end, remote: false });
    floor = end;
  }

  for (let at = 0; at < s.length; at++) {
    if (!isUpper(s[at]) || !isSoftStart(s, at)) continue;
    const name = (namesByInitial.get(lower[at] ?? "") ?? []).find((n) => lower.startsWith(n, at) && isSoftEnd(s, at + n.length));
    if (name === undefined) continue;
    const end = at + name.length;
    if (!overlaps(spans, at, end)) spans.push({ text: s.slice(at, end), start: at, end, remote: false });
    at = end - 1;
  }
  return spans.sort((a, b) => a.start - b.start);
}

const fieldSeparators = /\s*(?:;|\||•|·|\s\/\s|\s+or\s+|\s+and\s+|\s+&\s+|\n)\s*/;

/**
 * Reads the value of a "Location:" field or front-matter key, where anything unrecognised is still
 * taken as a place: "Bellevue, Redmond or Remote (US)" → ["Bellevue", "Redmond", "Remote (US)"].
 */
export function parseLocationField(value: string): string[] {
  const out: string[] = [];
  for (const part of value.slice(0, maxScan).split(fieldSeparators)) {
    const p = part.trim().replace(/^[-–—,.]+|[-–—,.]+$/g, "").trim();
    if (p === "") continue;
    const spans = scanLocations(p);
    const covered = spans.reduce((n, sp) => n + sp.text.length, 0);
    const leftover = p.replace(/[\s,()]/g, "").length - spans.reduce((n, sp) => n + sp.text.replace(/[\s,()]/g, "").length, 0);
    if (spans.length > 0 && (leftover <= 0 || covered >= p.length * 0.6)) {
      out.push(...spans.map((sp) => sp.text));
    } else {
      out.push(...p.split(/\s*,\s*/).filter((x) => x !== ""));
    }
  }
  return out;
}
