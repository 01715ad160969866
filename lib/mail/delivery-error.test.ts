import { describe, expect, it } from "vitest";
import { summarizeDeliveryError } from "./delivery-error";

describe("summarizeDeliveryError", () => {
  it("keeps the code and SMTP status and masks every address", () => {
    const error = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <ada.lovelace+jobs@example.org>: no such user\r\nfrom careers@sesame.example"), {
      code: "EENVELOPE",
      responseCode: 550,
    });
    const { code, detail } = summarizeDeliveryError(error);
    expect(code).toBe("EENVELOPE");
    expect(detail).toBe("EENVELOPE 550: Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: no such user from [address]");
  });

  it("falls back to the error's name, and refuses a code that could smuggle text into logs", () => {
    expect(summarizeDeliveryError(new TypeError("boom")).code).toBe("TypeError");
    expect(summarizeDeliveryError(Object.assign(new Error("x"), { code: "bob@example.org said no" })).code).toBe("UNKNOWN");
    expect(summarizeDeliveryError("just a string")).toEqual({ code: "UNKNOWN", detail: "UNKNOWN: just a string" });
  });

  it("truncates long messages", () => {
    const { detail } = summarizeDeliveryError(new Error("x".repeat(5_000)));
    expect(detail).toHaveLength(500);
    expect(detail.endsWith("…")).toBe(true);
  });
});
