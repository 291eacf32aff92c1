import { describe, expect, it } from "vitest";
import { ageInDays, DEFAULT_FILTERS, inboxFilters, inboxParams, inboxQuery } from "./inbox-filters";

describe("inbox filters", () => {
  it("reads the filters from the address and falls back to the open reports of everyone", () => {
    expect(inboxFilters({})).toEqual(DEFAULT_FILTERS);
    expect(
      inboxFilters({
        status: "done",
        kategorie: "graffiti",
        zugewiesen: "me",
        fachbereich: "stadtwerke",
        seite: "3",
      }),
    ).toEqual({ status: "done", category: "graffiti", assignee: "me", department: "stadtwerke", page: 3 });
    expect(
      inboxFilters({
        status: "closed",
        kategorie: "potholes",
        zugewiesen: "you",
        fachbereich: "zoo",
        seite: "-1",
      }),
    ).toEqual(DEFAULT_FILTERS);
    expect(inboxFilters({ seite: "2.5" }).page).toBe(1);
  });

  it("takes a colleague's account id as the assignee, and nothing else that is not a known word", () => {
    const colleague = "0b3c5a4e-7f2d-4c1b-9a8e-5d6f7a8b9c0d";
    expect(inboxFilters({ zugewiesen: colleague }).assignee).toBe(colleague);
    expect(inboxParams({ ...DEFAULT_FILTERS, assignee: colleague }).zugewiesen).toBe(colleague);
    expect(inboxQuery({ ...DEFAULT_FILTERS, assignee: colleague }).assignee).toBe(colleague);
    for (const odd of ["someone", `${colleague}x`, "'; drop table accounts", ""]) {
      expect(inboxFilters({ zugewiesen: odd }).assignee).toBe("any");
    }
  });

  it("leaves the defaults out of the address, so the plain inbox is the default view", () => {
    expect(inboxParams(DEFAULT_FILTERS)).toEqual({
      status: undefined,
      kategorie: undefined,
      zugewiesen: undefined,
      fachbereich: undefined,
      seite: undefined,
    });
    const filters = { ...DEFAULT_FILTERS, status: "all", assignee: "none", page: 2 } as const;
    expect(inboxFilters(inboxParams(filters))).toEqual(filters);
  });

  it("asks the server for the open statuses, one status or every status", () => {
    expect(inboxQuery(DEFAULT_FILTERS)).toMatchObject({
      status: "received,in_progress",
      page: 1,
      pageSize: 50,
    });
    expect(inboxQuery({ ...DEFAULT_FILTERS, status: "rejected" }).status).toBe("rejected");
    expect(inboxQuery({ ...DEFAULT_FILTERS, status: "all" }).status).toBeUndefined();
    expect(inboxQuery({ ...DEFAULT_FILTERS, assignee: "none" }).assignee).toBe("none");
    expect(inboxQuery(DEFAULT_FILTERS).assignee).toBeUndefined();
  });
});

describe("ageInDays", () => {
  const now = new Date("2026-12-06T12:00:00Z");
  it("counts whole days since the report came in", () => {
    expect(ageInDays("2026-12-06T08:00:00Z", now)).toBe(0);
    expect(ageInDays("2026-12-05T11:59:00Z", now)).toBe(1);
    expect(ageInDays("2026-11-26T12:00:00Z", now)).toBe(10);
    // A clock a little ahead of the device's never gives a negative age.
    expect(ageInDays("2026-12-06T12:05:00Z", now)).toBe(0);
  });
});
