import { beforeAll, describe, expect, it } from "vitest";
import { applyToTestRequisition, createTestRequisition, createTestUser } from "@/db/testing/factories";
import { withTestDatabase } from "@/db/testing/with-test-database";
import type { UserActor } from "@/lib/domain/actor";
import { getApplicationProfile } from "./application-profile";
import { NotFoundError, ValidationError } from "./errors";
import { addTags, normalizeTag, removeTag } from "./tags";

withTestDatabase();

let manager: UserActor;
let outsider: UserActor;

beforeAll(async () => {
  [manager, outsider] = await Promise.all([createTestUser("hiring_manager"), createTestUser("hiring_manager")]);
});

describe("normalizeTag", () => {
  it.each([
    ["  Remote OK ", "remote ok"],
    ["senior-go", "senior-go"],
    ["a  b", "a b"],
    ["", null],
    ["x".repeat(41), null],
    ["c++", null],
    ["=cmd()", null],
  ])("%j → %j", (raw, expected) => expect(normalizeTag(raw)).toBe(expected));
});

describe("addTags / removeTag", () => {
  it("tags several applications at once, ignores repeats, and removes one tag", async () => {
    const req = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
    const [a, b] = [await applyToTestRequisition(req.slug), await applyToTestRequisition(req.slug)];
    expect(await addTags(manager, [a, b], ["Strong Go", "referral"])).toEqual({ added: 4 });
    expect(await addTags(manager, [a], ["strong go"])).toEqual({ added: 0 });
    expect((await getApplicationProfile(manager, a)).tags).toEqual(["referral", "strong go"]);
    expect(await removeTag(manager, a, "Referral ")).toEqual({ removed: true });
    expect((await getApplicationProfile(manager, a)).tags).toEqual(["strong go"]);
    expect((await getApplicationProfile(manager, b)).tags).toEqual(["referral", "strong go"]);
  });

  it("changes nothing when one application is not the actor's, and refuses bad tags", async () => {
    const ours = await createTestRequisition({ team: [{ userId: manager.id, role: "hiring_manager" }] });
    const theirs = await createTestRequisition({ team: [{ userId: outsider.id, role: "hiring_manager" }] });
    const [a, b] = [await applyToTestRequisition(ours.slug), await applyToTestRequisition(theirs.slug)];
    await expect(addTags(manager, [a, b], ["x"])).rejects.toBeInstanceOf(NotFoundError);
    expect((await getApplicationProfile(manager, a)).tags).toEqual([]);
    await expect(removeTag(manager, b, "x")).rejects.toBeInstanceOf(NotFoundError);
    await expect(addTags(manager, [a], ["no/slashes"])).rejects.toBeInstanceOf(ValidationError);
    await expect(addTags(manager, [a], [])).rejects.toBeInstanceOf(ValidationError);
    await expect(addTags(manager, ["not-a-uuid"], ["x"])).rejects.toBeInstanceOf(NotFoundError);
  });
});
