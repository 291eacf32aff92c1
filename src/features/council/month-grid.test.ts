import { describe, expect, it } from "vitest";
import type { CouncilMeeting } from "../../lib/contract/council";
import { initialDay, meetingsByDay, moveFocus } from "./month-grid";

const meeting = (id: string, start: string | null) =>
  ({
    id,
    name: `Sitzung ${id}`,
    start,
    end: null,
    cancelled: false,
    organizations: [],
    location: null,
    agenda: [],
    files: [],
    sample: false,
  }) satisfies CouncilMeeting;

describe("meetingsByDay", () => {
  it("puts each meeting under Delmenhorst's day, not UTC's, and leaves other months and undated ones out", () => {
    const days = meetingsByDay(
      [
        meeting("late", "2026-12-31T23:30:00Z"), // 1 January 2027 in Berlin
        meeting("evening", "2026-12-10T17:00:00+01:00"),
        meeting("morning", "2026-12-10T09:00:00+01:00"),
        meeting("november", "2026-11-30T22:30:00Z"), // 30 November 23:30 in Berlin
        meeting("open", null),
      ],
      "2026-12",
    );
    expect([...days.keys()]).toEqual(["2026-12-10"]);
    expect(days.get("2026-12-10")!.map((m) => m.id)).toEqual(["morning", "evening"]);
    expect([...meetingsByDay([meeting("late", "2026-12-31T23:30:00Z")], "2027-01").keys()]).toEqual([
      "2027-01-01",
    ]);
  });
});

describe("initialDay", () => {
  it("is today in the current month, else the month's first meeting, else the first day", () => {
    expect(initialDay("2026-12", "2026-12-10", ["2026-12-02"])).toBe("2026-12-10");
    expect(initialDay("2027-01", "2026-12-10", ["2027-01-28", "2027-01-14", "2026-11-24"])).toBe(
      "2027-01-14",
    );
    expect(initialDay("2027-02", "2026-12-10", ["2027-01-14"])).toBe("2027-02-01");
  });
});

describe("moveFocus", () => {
  it("moves by day and week, across months", () => {
    expect(moveFocus("2026-12-31", "ArrowRight")).toBe("2027-01-01");
    expect(moveFocus("2026-12-01", "ArrowLeft")).toBe("2026-11-30");
    expect(moveFocus("2026-12-29", "ArrowDown")).toBe("2027-01-05");
    expect(moveFocus("2026-12-03", "ArrowUp")).toBe("2026-11-26");
  });

  it("swaps left and right on a right-to-left page", () => {
    expect(moveFocus("2026-12-10", "ArrowRight", true)).toBe("2026-12-09");
    expect(moveFocus("2026-12-10", "ArrowLeft", true)).toBe("2026-12-11");
    expect(moveFocus("2026-12-10", "ArrowDown", true)).toBe("2026-12-17");
  });

  it("goes to the week's Monday and Sunday with Home and End", () => {
    // Thursday 10 December 2026.
    expect(moveFocus("2026-12-10", "Home")).toBe("2026-12-07");
    expect(moveFocus("2026-12-10", "End")).toBe("2026-12-13");
    expect(moveFocus("2026-12-07", "Home")).toBe("2026-12-07");
  });

  it("keeps the day of the month with Page Up and Down where the other month has it", () => {
    expect(moveFocus("2027-01-31", "PageDown")).toBe("2027-02-28");
    expect(moveFocus("2026-12-10", "PageUp")).toBe("2026-11-10");
    expect(moveFocus("2026-12-10", "PageDown")).toBe("2027-01-10");
  });

  it("leaves other keys to the page", () => {
    expect(moveFocus("2026-12-10", "Tab")).toBeNull();
    expect(moveFocus("2026-12-10", "Enter")).toBeNull();
  });
});
