import { describe, expect, it } from "vitest";
import { loggableError } from "./loggable-error";

describe("loggableError", () => {
  it("keeps the class, code and message but not a PostgreSQL error's detail", () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "candidates_email_key"'), {
      code: "23505",
      detail: "Key (email)=(ada@example.org) already exists.",
    });
    const line = loggableError(error);
    expect(line).toBe('Error [23505]: duplicate key value violates unique constraint "candidates_email_key"');
    expect(line).not.toContain("ada@example.org");
  });

  it("never prints a thrown non-error value, which could be anything", () => {
    expect(loggableError("ada@example.org")).toBe("non-Error thrown");
    expect(loggableError({ email: "ada@example.org" })).toBe("non-Error thrown (object)");
  });
});
