import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "./http";
import { errorKey } from "./console-error-key";

describe("errorKey", () => {
  it("explains that the console needs a connection", () => {
    expect(errorKey(new NetworkError("Failed to fetch"))).toBe("staff.common.offline");
  });

  it("translates the server's problem code, with the page's own text first", () => {
    const forbidden = new ApiError(403, "forbidden", "Forbidden");
    expect(errorKey(forbidden)).toBe("errors.forbidden");
    expect(errorKey(forbidden, { forbidden: "staff.identity.forbidden" })).toBe("staff.identity.forbidden");
  });

  it("falls back to a general error for anything else", () => {
    expect(errorKey(new TypeError("bad answer"))).toBe("errors.internal_error");
  });
});
