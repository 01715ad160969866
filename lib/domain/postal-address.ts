/**
 * Turns the location strings a requisition stores ("San Francisco, CA", "London, UK",
 * "Remote (US)") into the address parts schema.org wants. It knows countries, US states and
 * Canadian provinces; anything else is kept as written rather than guessed.
 */
import { canadianProvinceCodes, usStateCodes } from "./posting/places";

export interface PostalAddressParts {
  addressLocality?: string;
  addressRegion?: string;
  /** ISO 3166-1 alpha-2, e.g. "US", "GB". */
  addressCountry?: string;
}

/** Where a remote employee may live: a country, or a region such as "Europe" or "California". */
export interface RemoteArea {
  type: "Country" | "AdministrativeArea";
  name: string;
}

export type ParsedLocation = { kind: "place"; address: PostalAddressParts } | { kind: "remote"; area: RemoteArea | null };

interface Country {
  code: string;
  name: string;
}

const countryAliases: [string, Country][] = [];
function country(code: string, name: string, aliases: string) {
  for (const alias of [name, ...aliases.split("|").filter(Boolean)]) countryAliases.push([alias.toLowerCase(), { code, name }]);
}
country("US", "United States", "US|USA|U.S.|U.S.A.|United States of America|America");
country("GB", "United Kingdom", "UK|U.K.|GB|Great Britain|England|Scotland|Wales|Northern Ireland");
country("CA", "Canada", "");
country("DE", "Germany", "Deutschland");
country("FR", "France", "");
country("ES", "Spain", "");
country("IT", "Italy", "");
country("NL", "Netherlands", "The Netherlands");
country("IE", "Ireland", "");
country("PT", "Portugal", "");
country("BE", "Belgium", "");
country("AT", "Austria", "");
country("CH", "Switzerland", "");
country("SE", "Sweden", "");
country("NO", "Norway", "");
country("DK", "Denmark", "");
country("FI", "Finland", "");
country("PL", "Poland", "");
country("CZ", "Czechia", "Czech Republic");
country("IN", "India", "");
country("SG", "Singapore", "");
country("JP", "Japan", "");
country("IL", "Israel", "");
country("AE", "United Arab Emirates", "UAE");
country("MX", "Mexico", "");
country("BR", "Brazil", "");
country("AU", "Australia", "");
country("NZ", "New Zealand", "");
const countries = new Map(countryAliases);

// The UK's nations are kept as the region: "Edinburgh, Scotland" is in Scotland, GB.
const ukNations = new Set(["england", "scotland", "wales", "northern ireland"]);

const usStateNames = new Set(
  "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|district of columbia".split(
    "|",
  ),
);
const canadianProvinceNames = new Set("ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick".split("|"));

function countryOf(part: string): Country | undefined {
  return countries.get(part.trim().toLowerCase());
}

/** The country a state, province or UK nation lies in; undefined for anything else. */
function countryOfRegion(region: string): string | undefined {
  const lower = region.toLowerCase();
  if (usStateCodes.has(region) || usStateNames.has(lower)) return "US";
  if (canadianProvinceCodes.has(region) || canadianProvinceNames.has(lower)) return "CA";
  if (ukNations.has(lower)) return "GB";
  return undefined;
}

const remotePattern = /^\s*remote\b\s*(?:\((?<paren>[^()]{1,60})\)|[-–—:,]\s*(?<dash>.{1,60})|\s+in\s+(?<within>.{1,60}))?\s*$/i;

function remoteArea(text: string): RemoteArea | null {
  const match = remotePattern.exec(text);
  const raw = (match?.groups?.paren ?? match?.groups?.dash ?? match?.groups?.within ?? "").trim();
  if (raw === "") return null;
  const asCountry = countryOf(raw);
  if (asCountry && !ukNations.has(raw.toLowerCase())) return { type: "Country", name: asCountry.name };
  return { type: "AdministrativeArea", name: raw };
}

/** Parses one stored location; null for an empty string. */
export function parseLocation(text: string): ParsedLocation | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (remotePattern.test(trimmed)) return { kind: "remote", area: remoteArea(trimmed) };

  // A trailing note such as "(Hybrid)" or "(HQ)" is not part of the address.
  const parts = trimmed
    .replace(/\s*\([^()]*\)\s*$/, "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const [first, ...rest] = parts;
  const last = rest.at(-1);
  if (first === undefined) return null;
  if (last === undefined) {
    const only = countryOf(first);
    return { kind: "place", address: only ? { addressCountry: only.code } : { addressLocality: first } };
  }
  if (rest.length === 1) {
    // After a city a region wins: "San Francisco, CA" is California, not Canada.
    const regionCountry = countryOfRegion(last);
    if (regionCountry) return { kind: "place", address: { addressLocality: first, addressRegion: last, addressCountry: regionCountry } };
    const only = countryOf(last);
    return { kind: "place", address: only ? { addressLocality: first, addressCountry: only.code } : { addressLocality: first, addressRegion: last } };
  }
  const region = rest.at(-2) ?? last;
  const code = countryOf(last)?.code ?? countryOfRegion(region);
  return { kind: "place", address: { addressLocality: first, addressRegion: region, ...(code ? { addressCountry: code } : {}) } };
}
