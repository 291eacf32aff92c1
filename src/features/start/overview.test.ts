import { describe, expect, it } from "vitest";
import type { Appointment } from "../../lib/contract/appointments";
import { testWarning as warning } from "../warnings/test-warning";
import { MAX_PER_KIND, type OverviewInput, overviewItems } from "./overview";

// Monday 7 December 2026, 18:00 in Delmenhorst.
const NOW = Date.parse("2026-12-07T18:00:00+01:00");

function appointment(id: string, start: string, change: Partial<Appointment> = {}): Appointment {
  return {
    id,
    reference: id.toUpperCase(),
    officeId: "buergerbuero",
    services: [{ serviceId: "personalausweis", persons: 1 }],
    start,
    end: new Date(Date.parse(start) + 15 * 60_000).toISOString(),
    visitType: "on-site",
    status: "confirmed",
    name: "Erika Muster",
    email: "erika@example.org",
    holdExpiresAt: null,
    calendar: "",
    createdAt: "2026-12-01T10:00:00.000Z",
    ...change,
  };
}

const empty: OverviewInput = {
  warnings: [],
  wasteDays: null,
  appointments: [],
  postbox: [],
  applications: [],
  reports: [],
  seen: new Map(),
};

const kinds = (input: Partial<OverviewInput>) =>
  overviewItems({ ...empty, ...input }, NOW).map((i) => i.kind);

describe("the start page's overview", () => {
  it("is empty when the device holds nothing for the resident", () => {
    expect(overviewItems(empty, NOW)).toEqual([]);
  });

  it("lists what there is in the issue's order", () => {
    const full: Partial<OverviewInput> = {
      reports: [
        {
          id: "r1",
          category: "street-lighting",
          status: "in_progress",
          address: "Lange Str. 1",
          updatedAt: "2026-12-07T09:00:00Z",
        },
      ],
      applications: [
        { id: "a1", title: "Hundesteuer", status: "question", updatedAt: "2026-12-06T09:00:00Z" },
      ],
      postbox: [{ openedAt: null }, { openedAt: "2026-12-01T10:00:00Z" }, { openedAt: null }],
      appointments: [appointment("t1", "2026-12-09T08:00:00Z")],
      wasteDays: [{ date: "2026-12-08", bins: ["residual", "paper"] }],
      warnings: [warning("w1")],
    };
    expect(kinds(full)).toEqual(["warning", "bins", "appointment", "postbox", "application", "report"]);
    expect(overviewItems({ ...empty, ...full }, NOW).find((i) => i.kind === "postbox")).toEqual({
      kind: "postbox",
      unread: 2,
    });
  });

  it("shows the most severe warning in force, not an expired or lifted one", () => {
    const items = overviewItems(
      {
        ...empty,
        warnings: [
          warning("minor", { severity: "Minor" }),
          warning("extreme-expired", { severity: "Extreme", expires: "2026-12-07T12:00:00+01:00" }),
          warning("severe", { severity: "Severe" }),
          warning("lifted", { severity: "Extreme", sent: "2026-12-07T09:00:00+01:00" }),
          warning("cancel", {
            msgType: "Cancel",
            references: ["lifted"],
            sent: "2026-12-07T11:00:00+01:00",
          }),
        ],
      },
      NOW,
    );
    expect(items.map((i) => (i.kind === "warning" ? [i.warning.id, i.count] : i.kind))).toEqual([
      ["severe", 2],
    ]);
  });

  it("names the bins of tomorrow in Delmenhorst's calendar, not of today or later", () => {
    const days = [
      { date: "2026-12-07", bins: ["bio" as const] },
      { date: "2026-12-08", bins: ["paper" as const] },
      { date: "2026-12-09", bins: ["residual" as const] },
    ];
    expect(overviewItems({ ...empty, wasteDays: days }, NOW)).toEqual([
      { kind: "bins", date: "2026-12-08", bins: ["paper"] },
    ]);
    // At 23:30 UTC it is already Tuesday in Berlin: tomorrow is Wednesday.
    expect(overviewItems({ ...empty, wasteDays: days }, Date.parse("2026-12-07T23:30:00Z"))).toEqual([
      { kind: "bins", date: "2026-12-09", bins: ["residual"] },
    ]);
    expect(kinds({ wasteDays: [{ date: "2026-12-10", bins: ["bio"] }] })).toEqual([]);
  });

  it("shows the next appointment that is not over or cancelled", () => {
    const items = overviewItems(
      {
        ...empty,
        appointments: [
          appointment("later", "2026-12-20T08:00:00Z"),
          appointment("cancelled", "2026-12-08T08:00:00Z", { status: "cancelled" }),
          appointment("over", "2026-12-07T08:00:00Z"),
          appointment("next", "2026-12-10T08:00:00Z"),
        ],
      },
      NOW,
    );
    expect(items.map((i) => (i.kind === "appointment" ? i.appointment.id : i.kind))).toEqual(["next"]);
  });

  it("shows a question until it is answered, a decision until the resident has seen it", () => {
    const applications = [
      { id: "q", title: "Q", status: "question" as const, updatedAt: "2026-12-05T09:00:00Z" },
      { id: "d", title: "D", status: "decided" as const, updatedAt: "2026-12-06T09:00:00Z" },
      { id: "p", title: "P", status: "in_progress" as const, updatedAt: "2026-12-07T09:00:00Z" },
    ];
    const ids = (seen: Map<string, string>) =>
      overviewItems({ ...empty, applications, seen }, NOW).map((i) => (i.kind === "application" ? i.id : ""));
    expect(ids(new Map())).toEqual(["d", "q"]);
    expect(ids(new Map([["application:d", "decided"]]))).toEqual(["q"]);
    // A question seen is still open: it waits for the resident's answer.
    expect(ids(new Map([["application:q", "question"]]))).toEqual(["d", "q"]);
  });

  it("shows a report whose status changed since the resident looked, never the status it was sent with", () => {
    const report = (id: string, status: "received" | "in_progress" | "done", updatedAt: string) => ({
      id,
      category: "graffiti" as const,
      status,
      address: null,
      updatedAt,
    });
    const reports = [
      report("new", "received", "2026-12-07T10:00:00Z"),
      report("progress", "in_progress", "2026-12-06T10:00:00Z"),
      report("done", "done", "2026-12-07T09:00:00Z"),
    ];
    const ids = (seen: Map<string, string>) =>
      overviewItems({ ...empty, reports, seen }, NOW).map((i) => (i.kind === "report" ? i.id : ""));
    expect(ids(new Map())).toEqual(["done", "progress"]);
    expect(ids(new Map([["report:done", "done"]]))).toEqual(["progress"]);
    // Seen while in progress, done since: news again.
    expect(ids(new Map([["report:done", "in_progress"]]))).toEqual(["done", "progress"]);
  });

  it("points to at most a few applications and reports", () => {
    const reports = Array.from({ length: 5 }, (_, i) => ({
      id: `r${i}`,
      category: "graffiti" as const,
      status: "done" as const,
      address: null,
      updatedAt: `2026-12-0${i + 1}T10:00:00Z`,
    }));
    expect(kinds({ reports })).toEqual(Array(MAX_PER_KIND).fill("report"));
  });
});
