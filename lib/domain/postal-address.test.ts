import { describe, expect, it } from "vitest";
import { parseLocation } from "./postal-address";

describe("parseLocation: places", () => {
  it.each([
    ["San Francisco, CA", { addressLocality: "San Francisco", addressRegion: "CA", addressCountry: "US" }],
    ["New York, NY", { addressLocality: "New York", addressRegion: "NY", addressCountry: "US" }],
    ["Austin, Texas", { addressLocality: "Austin", addressRegion: "Texas", addressCountry: "US" }],
    ["London, UK", { addressLocality: "London", addressCountry: "GB" }],
    ["London, United Kingdom", { addressLocality: "London", addressCountry: "GB" }],
    ["Edinburgh, Scotland", { addressLocality: "Edinburgh", addressRegion: "Scotland", addressCountry: "GB" }],
    ["Berlin, Germany", { addressLocality: "Berlin", addressCountry: "DE" }],
    ["Toronto, ON", { addressLocality: "Toronto", addressRegion: "ON", addressCountry: "CA" }],
    ["Toronto, Canada", { addressLocality: "Toronto", addressCountry: "CA" }],
    ["Cambridge, MA, USA", { addressLocality: "Cambridge", addressRegion: "MA", addressCountry: "US" }],
    ["Munich, Bavaria, Germany", { addressLocality: "Munich", addressRegion: "Bavaria", addressCountry: "DE" }],
    ["Seattle, WA (Hybrid)", { addressLocality: "Seattle", addressRegion: "WA", addressCountry: "US" }],
    ["Germany", { addressCountry: "DE" }],
    ["Berlin", { addressLocality: "Berlin" }],
    ["Springfield, Narnia", { addressLocality: "Springfield", addressRegion: "Narnia" }],
    ["  Lisbon ,  Portugal ", { addressLocality: "Lisbon", addressCountry: "PT" }],
  ])("%j", (text, address) => {
    expect(parseLocation(text)).toEqual({ kind: "place", address });
  });
});

describe("parseLocation: remote", () => {
  it.each([
    ["Remote (US)", { type: "Country", name: "United States" }],
    ["Remote (USA)", { type: "Country", name: "United States" }],
    ["Remote - Europe", { type: "AdministrativeArea", name: "Europe" }],
    ["Remote – UK", { type: "Country", name: "United Kingdom" }],
    ["remote in Canada", { type: "Country", name: "Canada" }],
    ["Remote: EMEA", { type: "AdministrativeArea", name: "EMEA" }],
    ["Remote (California)", { type: "AdministrativeArea", name: "California" }],
    ["Remote", null],
  ])("%j", (text, area) => {
    expect(parseLocation(text)).toEqual({ kind: "remote", area });
  });

  it("does not mistake a place that starts with the word for a remote location", () => {
    expect(parseLocation("Remoteville, OH")).toEqual({ kind: "place", address: { addressLocality: "Remoteville", addressRegion: "OH", addressCountry: "US" } });
  });
});

describe("parseLocation: nothing to parse", () => {
  it.each(["", "   ", " , ", "()"])("%j → null", (text) => {
    expect(parseLocation(text)).toBeNull();
  });
});
