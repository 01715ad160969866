import { describe, expect, it } from "vitest";
import { applyDraftIntent, parseDraftIntent, type DraftQualification } from "./requisition-draft";

const rows: DraftQualification[] = [
  { kind: "required", text: "R1" },
  { kind: "preferred", text: "P1" },
  { kind: "required", text: "R2" },
  { kind: "preferred", text: "P2" },
];
const texts = (qs: DraftQualification[]) => qs.map((q) => `${q.kind[0]}:${q.text}`).join(" ");

describe("parseDraftIntent", () => {
  it.each([
    ["move-up:2", { type: "move-up", index: 2 }],
    ["toggle-kind:0", { type: "toggle-kind", index: 0 }],
    ["add:preferred", { type: "add", kind: "preferred" }],
    ["remove:12", { type: "remove", index: 12 }],
    ["remove:-1", null],
    ["drop table", null],
    ["add:optional", null],
    ["move-up:99999", null],
  ])("%j → %j", (input, expected) => {
    expect(parseDraftIntent(input)).toEqual(expected);
  });
});

describe("applyDraftIntent", () => {
  it.each([
    { intent: { type: "move-up", index: 2 } as const, expected: "r:R2 p:P1 r:R1 p:P2" },
    { intent: { type: "move-down", index: 0 } as const, expected: "r:R2 p:P1 r:R1 p:P2" },
    { intent: { type: "move-up", index: 0 } as const, expected: "r:R1 p:P1 r:R2 p:P2" },
    { intent: { type: "move-down", index: 3 } as const, expected: "r:R1 p:P1 r:R2 p:P2" },
    { intent: { type: "toggle-kind", index: 1 } as const, expected: "r:R1 r:R2 p:P2 r:P1" },
    { intent: { type: "remove", index: 2 } as const, expected: "r:R1 p:P1 p:P2" },
    { intent: { type: "add", kind: "required" } as const, expected: "r:R1 p:P1 r:R2 p:P2 r:" },
    { intent: { type: "remove", index: 9 } as const, expected: "r:R1 p:P1 r:R2 p:P2" },
  ])("$intent.type $intent.index$intent.kind → $expected", ({ intent, expected }) => {
    expect(texts(applyDraftIntent(rows, intent))).toBe(expected);
  });

  it("keeps a saved qualification's id when it changes kind", () => {
    const saved: DraftQualification[] = [{ id: "q1", kind: "preferred", text: "GCP" }];
    expect(applyDraftIntent(saved, { type: "toggle-kind", index: 0 })).toEqual([{ id: "q1", kind: "required", text: "GCP" }]);
  });
});
