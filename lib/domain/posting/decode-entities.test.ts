import { describe, it, expect } from "vitest";
import { decodeEntities } from "./decode-entities";

describe("decodeEntities", () => {
  it.each([
    ["plain text", "plain text"],
    ["Salt &amp; Pepper", "Salt & Pepper"],
    ["&lt;li&gt;", "<li>"],
    ["we&rsquo;re", "we’re"],
    ["a&nbsp;b", "a b"],
    ["&#8211; and &#x2014;", "– and —"],
    ["&#163;50k", "£50k"],
    ["R&D and P&L", "R&D and P&L"],
    ["&notanentity; stays", "&notanentity; stays"],
    ["&#xD800; lone surrogate", "&#xD800; lone surrogate"],
    ["&#99999999; too big", "&#99999999; too big"],
    ["trailing &", "trailing &"],
    ["&constructor;", "&constructor;"],
  ])("%s", (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
