import { describe, expect, it } from "vitest";
import type { DayView, StaffAppointment } from "../../../lib/contract/appointments";
import { checkInRequestSchema } from "../../../lib/contract/appointments";
import {
  actionsFor,
  closuresInOrder,
  isReference,
  normalizeReference,
  sortedByTime,
  statusTally,
  withAppointment,
  withoutClosure,
} from "./day";

function appointment(overrides: Partial<StaffAppointment>): StaffAppointment {
  return {
    id: "a1",
    reference: "T-ABCD-EFGH",
    officeId: "buergerbuero",
    services: [{ serviceId: "personalausweis", persons: 1 }],
    start: "2026-03-30T07:00:00Z",
    end: "2026-03-30T07:20:00Z",
    visitType: "on-site",
    status: "confirmed",
    name: "Erika Mustermann",
    email: "erika@example.org",
    holdExpiresAt: null,
    createdAt: "2026-03-01T10:00:00Z",
    counter: 1,
    phone: null,
    accountId: null,
    checkedInAt: null,
    ...overrides,
  };
}

const view = (appointments: StaffAppointment[]): DayView => ({
  officeId: "buergerbuero",
  date: "2026-03-30",
  counters: 4,
  department: "buergerbuero",
  appointments,
  closures: [
    {
      id: "c1",
      officeId: "buergerbuero",
      start: "2026-03-30T10:00:00Z",
      end: "2026-03-30T12:00:00Z",
      reason: "Schulung",
      createdAt: "2026-03-01T10:00:00Z",
    },
  ],
});

describe("the day's order", () => {
  it("lists by start, then counter, then reference", () => {
    const list = sortedByTime([
      appointment({ id: "late", start: "2026-03-30T09:00:00Z", counter: 1 }),
      appointment({ id: "b", start: "2026-03-30T07:00:00Z", counter: 2, reference: "T-AAAA-AAAA" }),
      appointment({ id: "a", start: "2026-03-30T07:00:00Z", counter: 1, reference: "T-ZZZZ-ZZZZ" }),
      appointment({ id: "c", start: "2026-03-30T07:00:00Z", counter: 2, reference: "T-BBBB-BBBB" }),
      // An offset instead of Z is the same instant: compared as time, not as text.
      appointment({ id: "early", start: "2026-03-30T08:30:00+02:00", counter: 3 }),
    ]);
    expect(list.map((a) => a.id)).toEqual(["early", "a", "b", "c", "late"]);
  });

  it("lists closures by start", () => {
    const closures = closuresInOrder([
      { ...view([]).closures[0]!, id: "later", start: "2026-03-30T12:00:00Z" },
      { ...view([]).closures[0]!, id: "sooner", start: "2026-03-30T06:00:00Z" },
    ]);
    expect(closures.map((c) => c.id)).toEqual(["sooner", "later"]);
  });

  it("tallies the statuses in their own order and leaves out the empty ones", () => {
    expect(
      statusTally([
        appointment({ status: "checked-in" }),
        appointment({ status: "confirmed" }),
        appointment({ status: "checked-in" }),
        appointment({ status: "cancelled" }),
      ]),
    ).toEqual([
      { status: "confirmed", count: 1 },
      { status: "checked-in", count: 2 },
      { status: "cancelled", count: 1 },
    ]);
    expect(statusTally([])).toEqual([]);
  });
});

describe("what a clerk can do with an appointment", () => {
  // 09:00 in Berlin (summer time) on Monday 30 March 2026, the day after the clocks changed.
  const start = "2026-03-30T07:00:00Z";

  it("offers the check-in on the day and the no-show once the start has passed", () => {
    expect(actionsFor(appointment({ start }), Date.parse("2026-03-30T06:00:00Z"))).toEqual(["check-in"]);
    expect(actionsFor(appointment({ start }), Date.parse("2026-03-30T07:00:00Z"))).toEqual([
      "check-in",
      "no-show",
    ]);
  });

  it("uses the Berlin day for 'today', also right after midnight", () => {
    // 23:30 UTC on the 29th is 01:30 on the 30th in Berlin.
    expect(actionsFor(appointment({ start }), Date.parse("2026-03-29T22:30:00Z"))).toEqual(["check-in"]);
    // 23:30 in Berlin the day before: not yet.
    expect(actionsFor(appointment({ start }), Date.parse("2026-03-29T21:30:00Z"))).toEqual([]);
  });

  it("keeps the no-show for days gone by, without a check-in", () => {
    expect(actionsFor(appointment({ start }), Date.parse("2026-04-01T08:00:00Z"))).toEqual(["no-show"]);
  });

  it("still checks in someone marked as missed who comes late, on that day only", () => {
    const later = Date.parse("2026-03-30T09:00:00Z");
    expect(actionsFor(appointment({ start, status: "no-show" }), later)).toEqual(["check-in"]);
    expect(actionsFor(appointment({ start, status: "no-show" }), later + 86_400_000)).toEqual([]);
  });

  it("offers nothing for appointments held, checked in or ended", () => {
    const now = Date.parse("2026-03-30T08:00:00Z");
    for (const status of ["held", "checked-in", "cancelled", "expired"] as const) {
      expect(actionsFor(appointment({ start, status }), now)).toEqual([]);
    }
  });
});

describe("normalizeReference", () => {
  it("reads the reference however it was typed or scanned", () => {
    for (const typed of [
      "T-ABCD-EFGH",
      "t-abcd-efgh",
      "  T-ABCD-EFGH\n",
      "T ABCD EFGH",
      "TABCDEFGH",
      "abcd-efgh",
      "ABCDEFGH",
      "Termin T-ABCD-EFGH Bürgerbüro",
    ]) {
      expect(normalizeReference(typed), typed).toBe("T-ABCD-EFGH");
    }
    expect(normalizeReference("TBCDEFGH")).toBe("T-TBCD-EFGH");
  });

  it("gives anything else back for the schema to refuse", () => {
    for (const typed of ["T-ABCD-EFG", "T-ABC0-EFGH", "hallo", ""]) {
      const normalized = normalizeReference(typed);
      expect(isReference(normalized), typed).toBe(false);
      expect(checkInRequestSchema.safeParse({ reference: normalized }).success, typed).toBe(false);
    }
  });

  it("agrees with the contract on what it accepts", () => {
    expect(checkInRequestSchema.parse({ reference: normalizeReference("t abcd efgh") })).toEqual({
      reference: "T-ABCD-EFGH",
    });
  });
});

describe("updating the shown day", () => {
  it("puts the server's answer in place of the appointment", () => {
    const day = view([appointment({ id: "a1" }), appointment({ id: "a2" })]);
    const updated = withAppointment(day, appointment({ id: "a2", status: "checked-in" }));
    expect(updated.appointments.map((a) => a.status)).toEqual(["confirmed", "checked-in"]);
  });

  it("leaves the day alone for an appointment of another day or office", () => {
    const day = view([appointment({ id: "a1" })]);
    expect(withAppointment(day, appointment({ id: "elsewhere", status: "checked-in" }))).toBe(day);
  });

  it("drops a removed closure", () => {
    expect(withoutClosure(view([]), "c1").closures).toEqual([]);
  });
});
