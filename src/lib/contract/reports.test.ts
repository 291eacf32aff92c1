import { describe, expect, it } from "vitest";
import { insideCity } from "./city-boundary";
import {
  CATEGORY_DEPARTMENTS,
  newReportSchema,
  REPORT_CATEGORIES,
  reportListQuerySchema,
  statusChangeSchema,
} from "./reports";

const townHall = { lat: 53.0507, lon: 8.6314 };
const bremen = { lat: 53.0793, lon: 8.8017 };

describe("defect report contract", () => {
  it("knows the city from its neighbours", () => {
    expect(insideCity(townHall.lon, townHall.lat)).toBe(true);
    expect(insideCity(bremen.lon, bremen.lat)).toBe(false);
    // Ganderkesee, west of the city.
    expect(insideCity(8.55, 53.04)).toBe(false);
  });

  it("refuses a new report outside the city", () => {
    const base = { category: "graffiti", description: "Wand besprüht", language: "de" } as const;
    expect(newReportSchema.safeParse({ ...base, ...townHall }).success).toBe(true);
    expect(newReportSchema.safeParse({ ...base, ...bremen }).success).toBe(false);
  });

  it("routes every category to a department", () => {
    for (const category of REPORT_CATEGORIES) expect(CATEGORY_DEPARTMENTS[category]).toBeTruthy();
    expect(CATEGORY_DEPARTMENTS["street-lighting"]).toBe("stadtwerke");
  });

  it("needs a reason to reject", () => {
    expect(statusChangeSchema.safeParse({ status: "rejected", publicNote: null }).success).toBe(false);
    expect(statusChangeSchema.safeParse({ status: "rejected", publicNote: "Privatgrund" }).success).toBe(
      true,
    );
    expect(statusChangeSchema.safeParse({ status: "done", publicNote: null }).success).toBe(true);
  });

  it("reads a bbox and comma lists", () => {
    const query = reportListQuerySchema.parse({ bbox: "8.6,53.0,8.7,53.1", status: "received,done" });
    expect(query.bbox).toEqual([8.6, 53, 8.7, 53.1]);
    expect(query.status).toEqual(["received", "done"]);
    expect(reportListQuerySchema.safeParse({ bbox: "8.7,53.0,8.6,53.1" }).success).toBe(false);
    expect(reportListQuerySchema.safeParse({ status: "open" }).success).toBe(false);
  });
});
