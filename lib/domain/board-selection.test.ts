import { describe, expect, it } from "vitest";
import { emptySelection, keepVisible, neighbourCard, selectRange, toggleCard } from "./board-selection";

const order = ["a", "b", "c", "d", "e"];

describe("neighbourCard", () => {
  it.each([
    { current: null, step: 1, next: "a" },
    { current: null, step: -1, next: "e" },
    { current: "b", step: 1, next: "c" },
    { current: "b", step: -1, next: "a" },
    { current: "a", step: -1, next: "a" },
    { current: "e", step: 1, next: "e" },
    { current: "gone", step: 1, next: "a" },
  ] as const)("$current by $step → $next", ({ current, step, next }) => {
    expect(neighbourCard(order, current, step)).toBe(next);
  });

  it("has nothing to move to on an empty board", () => expect(neighbourCard([], null, 1)).toBeNull());
});

describe("selection", () => {
  it("toggles a card and remembers it as the anchor", () => {
    const once = toggleCard(emptySelection, "b");
    expect([...once.ids]).toEqual(["b"]);
    expect(once.anchor).toBe("b");
    expect([...toggleCard(once, "b").ids]).toEqual([]);
  });

  it("shift-click selects the range from the anchor, in either direction, adding to the selection", () => {
    const start = toggleCard(toggleCard(emptySelection, "e"), "b");
    expect([...selectRange(start, order, "d").ids].sort()).toEqual(["b", "c", "d", "e"]);
    expect([...selectRange(toggleCard(emptySelection, "d"), order, "b").ids].sort()).toEqual(["b", "c", "d"]);
  });

  it("shift-click without an anchor toggles", () => {
    expect([...selectRange(emptySelection, order, "c").ids]).toEqual(["c"]);
  });

  it("forgets cards that left the board and keeps the same object when nothing changed", () => {
    const selection = toggleCard(toggleCard(emptySelection, "a"), "z");
    const kept = keepVisible(selection, order);
    expect([...kept.ids]).toEqual(["a"]);
    expect(kept.anchor).toBeNull();
    expect(keepVisible(kept, order)).toBe(kept);
  });
});
