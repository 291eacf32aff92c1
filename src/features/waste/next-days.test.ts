import { describe, expect, it } from "vitest";
import { comingDays, nextDayPerBin } from "./next-days";

const days = [
  { date: "2026-12-01", bins: ["residual" as const] },
  { date: "2026-12-07", bins: ["bio" as const, "paper" as const] },
  { date: "2026-12-09", bins: ["residual" as const] },
  { date: "2026-12-14", bins: ["bio" as const] },
];

describe("nextDayPerBin", () => {
  it("names each bin's next day from today on, soonest first, and leaves past days out", () => {
    expect(nextDayPerBin(days, "2026-12-07")).toEqual([
      { bin: "bio", date: "2026-12-07" },
      { bin: "paper", date: "2026-12-07" },
      { bin: "residual", date: "2026-12-09" },
    ]);
    expect(comingDays(days, "2026-12-08", 2).map((d) => d.date)).toEqual(["2026-12-09", "2026-12-14"]);
  });
});
