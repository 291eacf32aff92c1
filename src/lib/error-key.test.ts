import { afterEach, describe, expect, it, vi } from "vitest";
import { errorKey, isApiError } from "./error-key";
import { ApiError, NetworkError } from "./http";

const OPTIONS = { offline: "account.common.offline" };

describe("errorKey", () => {
  afterEach(() => vi.restoreAllMocks());

  it("gives the area's own text for a request without an answer", () => {
    expect(errorKey(new NetworkError("Failed to fetch"), OPTIONS)).toBe("account.common.offline");
    expect(errorKey(new NetworkError("Failed to fetch"), { offline: "staff.common.offline" })).toBe(
      "staff.common.offline",
    );
  });

  it("translates the server's problem code, with the page's own text first", () => {
    const forbidden = new ApiError(403, "forbidden", "Forbidden");
    expect(errorKey(forbidden, OPTIONS)).toBe("errors.forbidden");
    expect(errorKey(forbidden, { ...OPTIONS, overrides: { forbidden: "merchant.edit.forbidden" } })).toBe(
      "merchant.edit.forbidden",
    );
  });

  it("falls back to a general error for anything else, and logs it for us", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(errorKey(new TypeError("bad answer"), OPTIONS)).toBe("errors.internal_error");
    expect(log).toHaveBeenCalledOnce();
  });
});

describe("isApiError", () => {
  it("matches only the named problem codes", () => {
    const conflict = new ApiError(409, "conflict", "Conflict");
    expect(isApiError(conflict, "conflict", "forbidden")).toBe(true);
    expect(isApiError(conflict, "forbidden")).toBe(false);
    expect(isApiError(new NetworkError("x"), "conflict")).toBe(false);
  });
});
