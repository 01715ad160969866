import { describe, expect, it } from "vitest";
import { warningField, warningsByField } from "./warning-fields";

describe("warningField", () => {
  it.each([
    ["no pay range found", "compensation"],
    ["currency assumed USD from US locations", "compensation"],
    ['"$" read as CAD from Canada locations', "compensation"],
    ["pay period assumed year from the amounts", "compensation"],
    ["no title found", "title"],
    ["no locations found", "locations"],
    ["workplace type remote taken from the summary", "workplaceType"],
    ["no employment type found", "employmentType"],
    ["no summary found", "summary"],
    ["no responsibilities found", "responsibilities"],
    ["no qualifications found", "qualifications"],
    ["something else entirely", "general"],
  ])("%j → %s", (warning, field) => {
    expect(warningField(warning)).toBe(field);
  });

  it("groups warnings by field", () => {
    expect(warningsByField(["no title found", "no pay range found", "pay period assumed year from the amounts"])).toEqual({
      title: ["no title found"],
      compensation: ["no pay range found", "pay period assumed year from the amounts"],
    });
  });
});
