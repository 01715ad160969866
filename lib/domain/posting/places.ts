/**
 * A small gazetteer: enough place names to split run-together location lists and to guess a pay
 * currency when a posting gives amounts without one. Not a geocoder; unknown places are kept as
 * written and simply do not help the currency guess.
 */

export interface Region {
  currency: string;
  /** Adjective used in warnings: "currency assumed USD from US locations". */
  label: string;
}

const regions = {
  US: { currency: "USD", label: "US" },
  UK: { currency: "GBP", label: "UK" },
  EU: { currency: "EUR", label: "European" },
  CA: { currency: "CAD", label: "Canadian" },
  AU: { currency: "AUD", label: "Australian" },
  NZ: { currency: "NZD", label: "New Zealand" },
  CH: { currency: "CHF", label: "Swiss" },
  SE: { currency: "SEK", label: "Swedish" },
  NO: { currency: "NOK", label: "Norwegian" },
  DK: { currency: "DKK", label: "Danish" },
  PL: { currency: "PLN", label: "Polish" },
  CZ: { currency: "CZK", label: "Czech" },
  IN: { currency: "INR", label: "Indian" },
  SG: { currency: "SGD", label: "Singapore" },
  JP: { currency: "JPY", label: "Japanese" },
  IL: { currency: "ILS", label: "Israeli" },
  AE: { currency: "AED", label: "UAE" },
  MX: { currency: "MXN", label: "Mexican" },
  BR: { currency: "BRL", label: "Brazilian" },
} satisfies Record<string, Region>;
type RegionKey = keyof typeof regions;

/** Two-letter US state codes; matched case-sensitively because "IN", "OR", "ME" are also words. */
export const usStateCodes = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split(" "),
);
export const canadianProvinceCodes = new Set("ON BC QC AB MB NS NB NL PE SK YT NT NU".split(" "));

const usStates =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia";

/** Countries, provinces and broad regions that may follow "City, …" or stand alone. */
const areaNames: [RegionKey, string][] = [
  ["US", `US|USA|U.S.|U.S.A.|United States|United States of America|${usStates}`],
  ["UK", "UK|U.K.|GB|United Kingdom|Great Britain|England|Scotland|Wales|Northern Ireland"],
  ["EU", "EU|Europe|Germany|Deutschland|France|Spain|Italy|Netherlands|The Netherlands|Ireland|Portugal|Belgium|Austria|Finland|Greece|Luxembourg|Estonia|Latvia|Lithuania|Slovakia|Slovenia|Croatia|Malta|Cyprus|Bavaria"],
  ["CA", "Canada|Ontario|British Columbia|Quebec|Alberta|Manitoba|Nova Scotia"],
  ["AU", "Australia|NSW|VIC|QLD|New South Wales|Victoria|Queensland"],
  ["NZ", "New Zealand|NZ"],
  ["CH", "Switzerland"],
  ["SE", "Sweden"],
  ["NO", "Norway"],
  ["DK", "Denmark"],
  ["PL", "Poland"],
  ["CZ", "Czechia|Czech Republic"],
  ["IN", "India"],
  ["SG", "Singapore"],
  ["JP", "Japan"],
  ["IL", "Israel"],
  ["AE", "UAE|United Arab Emirates"],
  ["MX", "Mexico"],
  ["BR", "Brazil"],
];

/** Cities recognised on their own. Names that are also common words (Reading, Nice) are left out. */
const cityNames: [RegionKey, string][] = [
  ["US", "New York City|New York|NYC|San Francisco|Los Angeles|Seattle|Austin|Boston|Chicago|Denver|Atlanta|Miami|Dallas|Houston|Phoenix|Philadelphia|Washington DC|Washington, D.C.|San Diego|San Jose|Pittsburgh|Minneapolis|Nashville|Salt Lake City|Raleigh|Detroit|Las Vegas|Brooklyn|Palo Alto|Mountain View|Menlo Park|Sunnyvale|Redmond|Bellevue"],
  ["UK", "London|Manchester|Birmingham|Leeds|Edinburgh|Glasgow|Bristol|Liverpool|Sheffield|Newcastle|Nottingham|Cardiff|Belfast|Oxford|Cambridge|Brighton|Leicester"],
  ["EU", "Berlin|Munich|München|Hamburg|Frankfurt|Cologne|Köln|Stuttgart|Düsseldorf|Leipzig|Paris|Lyon|Amsterdam|Rotterdam|Utrecht|Dublin|Cork|Madrid|Barcelona|Valencia|Lisbon|Porto|Milan|Rome|Brussels|Vienna|Helsinki|Tallinn|Athens"],
  ["CA", "Toronto|Vancouver|Montreal|Montréal|Ottawa|Calgary|Waterloo"],
  ["AU", "Sydney|Melbourne|Brisbane|Perth"],
  ["NZ", "Auckland|Wellington"],
  ["CH", "Zurich|Zürich|Geneva|Basel"],
  ["SE", "Stockholm|Gothenburg"],
  ["NO", "Oslo"],
  ["DK", "Copenhagen"],
  ["PL", "Warsaw|Krakow|Kraków|Wroclaw|Wrocław"],
  ["CZ", "Prague|Brno"],
  ["IN", "Bangalore|Bengaluru|Mumbai|Hyderabad|Pune|Delhi|Chennai"],
  ["SG", "Singapore"],
  ["JP", "Tokyo|Osaka"],
  ["IL", "Tel Aviv"],
  ["AE", "Dubai|Abu Dhabi"],
  ["MX", "Mexico City"],
  ["BR", "São Paulo|Sao Paulo"],
];

function index(entries: [RegionKey, string][]): Map<string, RegionKey> {
  const map = new Map<string, RegionKey>();
  for (const [key, names] of entries) for (const name of names.split("|")) map.set(name.toLowerCase(), key);
  return map;
}
const areas = index(areaNames);
const cities = index(cityNames);

/** Area names longest first, so "New York City" wins over "New York". */
export const areaList = [...areas.keys()].sort((a, b) => b.length - a.length);
export const cityList = [...cities.keys()].sort((a, b) => b.length - a.length);

export function regionOfName(name: string): Region | null {
  const key = name.trim();
  if (usStateCodes.has(key)) return regions.US;
  if (canadianProvinceCodes.has(key)) return regions.CA;
  const lower = key.toLowerCase();
  const k = areas.get(lower) ?? cities.get(lower);
  return k ? regions[k] : null;
}

/** The region a location string points at: "Austin, TX" → US, "Remote (UK)" → UK, "Berlin" → EU. */
export function regionOfLocation(location: string): Region | null {
  const inner = /\(([^()]{1,60})\)/.exec(location)?.[1];
  const parts = (inner ?? location).split(/[,\-–—/]| in /).map((p) => p.trim()).filter((p) => p !== "");
  for (let i = parts.length - 1; i >= 0; i--) {
    const r = regionOfName(parts[i] ?? "");
    if (r) return r;
  }
  return inner ? regionOfLocation(location.replace(/\([^()]*\)/, "")) : null;
}

/** The currency most locations agree on (first wins a tie). */
export function regionOfLocations(locations: string[]): Region | null {
  const counts = new Map<Region, number>();
  for (const loc of locations) {
    const r = regionOfLocation(loc);
    if (r) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  let best: Region | null = null;
  for (const [r, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = r;
  return best;
}
