import { describe, expect, it } from "vitest";
import { lineFault } from "./street-faults";

describe("the street CSV's wrong lines in the console's words", () => {
  it("names the line and the reason the server gave", () => {
    expect(lineFault({ path: "line 3", message: 'no district "westen"' })).toEqual({
      key: "staff.waste.streets.faults.district",
      values: { line: "3", district: "westen" },
    });
    expect(lineFault({ path: "line 2", message: "the range ends before it starts" })).toEqual({
      key: "staff.waste.streets.faults.range",
      values: { line: "2", district: "" },
    });
    expect(lineFault({ path: "line 9", message: "something new" }).key).toBe(
      "staff.waste.streets.faults.other",
    );
  });
});
