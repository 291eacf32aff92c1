import { describe, expect, it } from "vitest";
import { REPORT_STATUSES, type StaffReport } from "../../../lib/contract/reports";
import { inboxPoints, STATUS_COLOURS } from "./inbox-map";

/** WCAG 2.2 relative luminance and contrast ratio of "#rrggbb" colours. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

const report = (id: string, status: StaffReport["status"], lat: number, lon: number): StaffReport => ({
  id,
  category: "road-damage",
  department: "bauamt",
  lat,
  lon,
  address: null,
  status,
  publicNote: null,
  description: "Schlagloch",
  reviewed: false,
  email: null,
  hasAccount: false,
  source: "app",
  supportCount: 0,
  photos: [],
  assigneeId: null,
  assigneeName: null,
  duplicateOf: null,
  reopenedAt: null,
  reopenReason: null,
  createdAt: "2026-12-01T10:00:00Z",
  updatedAt: "2026-12-01T10:00:00Z",
});

describe("the inbox's map", () => {
  it("gives every status its own colour, each visible against the white ring and page", () => {
    const colours = REPORT_STATUSES.map((status) => STATUS_COLOURS[status]);
    expect(new Set(colours).size).toBe(REPORT_STATUSES.length);
    for (const colour of colours) expect(contrast(colour, "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  it("shows each listed report at its place in its status's colour", () => {
    const points = inboxPoints([report("a", "received", 53.05, 8.63), report("b", "done", 53.04, 8.62)]);
    expect(points).toEqual([
      { id: "a", lat: 53.05, lon: 8.63, colour: STATUS_COLOURS.received },
      { id: "b", lat: 53.04, lon: 8.62, colour: STATUS_COLOURS.done },
    ]);
  });
});
