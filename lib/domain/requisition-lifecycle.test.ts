import { describe, expect, it } from "vitest";
import { checkStatusChange } from "./requisition-lifecycle";

describe("checkStatusChange", () => {
  it.each([
    ["draft", "open", null, true],
    ["draft", "paused", null, false],
    ["open", "paused", null, true],
    ["paused", "open", null, true],
    ["open", "closed", "filled", true],
    ["open", "closed", null, false],
    ["paused", "closed", "cancelled", true],
    ["closed", "open", null, true],
    ["closed", "paused", null, false],
    ["open", "open", null, false],
    ["open", "draft", null, false],
  ] as const)("%s → %s (%s): %s", (from, to, reason, ok) => {
    expect(checkStatusChange(from, to, reason).ok).toBe(ok);
  });
});
