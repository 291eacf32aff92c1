import { describe, expect, it } from "vitest";
import { berlinLocalToIso, instantToBerlinLocal as isoToBerlinLocal } from "./berlin-time";

describe("Delmenhorst wall clock to ISO", () => {
  it("adds the winter and the summer offset", () => {
    expect(berlinLocalToIso("2026-01-15T08:30")).toBe("2026-01-15T08:30:00+01:00");
    expect(berlinLocalToIso("2026-07-01T22:00")).toBe("2026-07-01T22:00:00+02:00");
  });

  it("gets the days the clock changes right", () => {
    expect(berlinLocalToIso("2026-03-29T01:30")).toBe("2026-03-29T01:30:00+01:00");
    expect(berlinLocalToIso("2026-03-29T03:30")).toBe("2026-03-29T03:30:00+02:00");
    expect(berlinLocalToIso("2026-10-25T04:00")).toBe("2026-10-25T04:00:00+01:00");
  });

  it("refuses what is not a datetime-local value", () => {
    expect(berlinLocalToIso("")).toBeNull();
    expect(berlinLocalToIso("morgen früh")).toBeNull();
  });

  it("goes back for filling the field", () => {
    expect(isoToBerlinLocal("2026-07-01T20:00:00Z")).toBe("2026-07-01T22:00");
  });
});
