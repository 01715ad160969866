import { describe, expect, it } from "vitest";
import { boardCommandFor, boardShortcuts } from "./board-keys";

describe("boardCommandFor", () => {
  it.each([
    { press: { key: "j" }, command: "next" },
    { press: { key: "k" }, command: "previous" },
    { press: { key: "ArrowRight" }, command: "advance" },
    { press: { key: "r" }, command: "reject" },
    { press: { key: "x" }, command: "select" },
    { press: { key: "/" }, command: "search" },
    { press: { key: "?" }, command: "help" },
    { press: { key: "q" }, command: null },
    { press: { key: "r", ctrlKey: true }, command: null },
    { press: { key: "r", metaKey: true }, command: null },
    { press: { key: "ArrowRight", altKey: true }, command: null },
    { press: { key: "j", inEditable: true }, command: null },
  ])("$press.key → $command", ({ press, command }) => {
    expect(boardCommandFor(press)).toBe(command);
  });

  it("documents every command it understands", () => {
    const documented = new Set(boardShortcuts.map((s) => s.command));
    for (const key of ["j", "k", "ArrowRight", "r", "x", "/", "?"]) expect(documented.has(boardCommandFor({ key })!)).toBe(true);
  });
});
