// The retry rule for NINA: a single glitch must not hold a warning back, a real outage must not be
// hammered.
import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("asks again on the next round after one or two failures in a row", () => {
    expect(retryDelayMs(1)).toBe(0);
    expect(retryDelayMs(2)).toBe(0);
  });

  it("backs off from the third failure in a row, doubling each time, at most 5 minutes", () => {
    const seconds = [3, 4, 5, 6, 7, 50, 10_000].map((failures) => retryDelayMs(failures) / 1000);
    expect(seconds).toEqual([60, 120, 240, 300, 300, 300, 300]);
  });

  it("does not back off without a failure", () => {
    expect(retryDelayMs(0)).toBe(0);
  });
});
