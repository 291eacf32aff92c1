import { describe, expect, it } from "vitest";
import { monthTotals } from "./statistics";

describe("monthTotals", () => {
  it("groups the rows by month, newest first, categories in their fixed order, with totals", () => {
    const months = monthTotals([
      { month: "2026-11", category: "other", created: 1, done: 0, open: 1 },
      { month: "2026-12", category: "graffiti", created: 4, done: 1, open: 3 },
      { month: "2026-11", category: "street-lighting", created: 5, done: 5, open: 0 },
    ]);
    expect(months.map((month) => month.month)).toEqual(["2026-12", "2026-11"]);
    expect(months[1]!.rows.map((row) => row.category)).toEqual(["street-lighting", "other"]);
    expect(months[1]!.total).toEqual({ created: 6, done: 5, open: 1 });
    expect(monthTotals([])).toEqual([]);
  });
});
