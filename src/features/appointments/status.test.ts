import { describe, expect, it } from "vitest";
import type { AppointmentStatus } from "../../lib/contract/appointments";
import { isUpcoming, partitionAppointments } from "./status";

const NOW = Date.parse("2026-12-01T10:00:00Z");
const at = (id: string, start: string, status: AppointmentStatus = "confirmed") => ({
  id,
  appointment: { start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString(), status },
});

describe("upcoming and past appointments", () => {
  it("counts only held and confirmed ones that are not over", () => {
    expect(isUpcoming(at("a", "2026-12-01T09:50:00Z").appointment, NOW)).toBe(true);
    expect(isUpcoming(at("b", "2026-12-01T09:00:00Z").appointment, NOW)).toBe(false);
    expect(isUpcoming(at("c", "2026-12-02T09:00:00Z", "cancelled").appointment, NOW)).toBe(false);
    expect(isUpcoming(at("d", "2026-12-02T09:00:00Z", "held").appointment, NOW)).toBe(true);
  });

  it("lists upcoming ones soonest first, the others newest first", () => {
    const { upcoming, past } = partitionAppointments(
      [
        at("late", "2026-12-09T09:00:00Z"),
        at("soon", "2026-12-02T09:00:00Z"),
        at("old", "2026-11-02T09:00:00Z"),
        at("cancelled", "2026-12-05T09:00:00Z", "cancelled"),
      ],
      NOW,
    );
    expect(upcoming.map((e) => e.id)).toEqual(["soon", "late"]);
    expect(past.map((e) => e.id)).toEqual(["cancelled", "old"]);
  });
});
