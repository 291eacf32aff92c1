import { describe, expect, it } from "vitest";
import { describedBy, errorId, hintId } from "./field-ids";

describe("the field id scheme", () => {
  it("names the hint and the error after the field", () => {
    expect(hintId("sign-in-email")).toBe("sign-in-email-hint");
    expect(errorId("sign-in-email")).toBe("sign-in-email-error");
  });

  it("describes a field by its hint first, then its error, and by nothing without either", () => {
    expect(describedBy("a", "Hint", "account.x")).toBe("a-hint a-error");
    expect(describedBy("a", undefined, "account.x")).toBe("a-error");
    expect(describedBy("a", "Hint", undefined)).toBe("a-hint");
    expect(describedBy("a", "", undefined)).toBeUndefined();
  });
});
