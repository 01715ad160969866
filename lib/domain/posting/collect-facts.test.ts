import { describe, it, expect } from "vitest";
import { collectFacts } from "./collect-facts";
import { normaliseInput } from "./normalise-input";
import { splitBlocks } from "./section-blocks";

const facts = (text: string) => collectFacts(splitBlocks(normaliseInput(text).lines));

describe("collectFacts", () => {
  it.each<[string, string, object]>([
    ["title and header line", "Nurse\nDenver, CO · Full-time", { title: "Nurse", locations: ["Denver, CO"], employment: ["full_time"] }],
    ["long first line is prose, not a title", `${"We are hiring a great many people to do work. ".repeat(4)}`, { title: null }],
    ["intro lines in a bulleted list are not items", "X\nResponsibilities\nYou will:\n- a\n- b", { responsibilities: ["a", "b"] }],
    ["plain lines are items when there are no bullets", "X\nRequirements\nGo\nRust", { required: ["Go", "Rust"] }],
    ["role section: paragraphs to summary, bullets to responsibilities", "X\nAbout the role\nWe build.\n- Ship", { summary: ["We build."], responsibilities: ["Ship"] }],
    ["apply instructions are not prose", "X\n\nWe build boats and sell them to people.\n\nTo apply, email us.", { preamble: ["We build boats and sell them to people."] }],
  ])("%s", (_name, text, expected) => {
    expect(facts(text)).toMatchObject(expected);
  });
});
