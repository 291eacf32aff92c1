import { describe, expect, it } from "vitest";
import { waitParts } from "./stats-format";

describe("waitParts", () => {
  it("splits seconds into minutes and seconds, and says nothing without a wait", () => {
    expect(waitParts(135)).toEqual({ minutes: 2, seconds: 15 });
    expect(waitParts(0)).toEqual({ minutes: 0, seconds: 0 });
    expect(waitParts(null)).toBeNull();
  });
});
