import { describe, expect, it } from "vitest";
import type { CouncilMeeting, CouncilPaper } from "../../lib/contract/council";
import {
  consultationsInOrder,
  groupByDay,
  meetingOrganizations,
  meetingsOf,
  searchCouncil,
  sortOrganizations,
  splitMeetings,
  splitMemberships,
  currentTerm,
} from "./model";

const planning = { id: "pbv", name: "Planungsausschuss" };
const school = { id: "sbs", name: "Schulausschuss" };

const meeting = (id: string, start: string | null, end: string | null, organizations = [planning]) =>
  ({
    id,
    name: `Sitzung ${id}`,
    start,
    end,
    cancelled: false,
    organizations,
    location: null,
    agenda: [],
    files: [],
    sample: false,
  }) satisfies CouncilMeeting;

const paper = (id: string, name: string, date: string | null, reference: string | null = null) =>
  ({
    id,
    name,
    reference,
    date,
    paperType: null,
    consultations: [],
    files: [],
    sample: false,
  }) satisfies CouncilPaper;

const NOW = Date.parse("2026-12-06T18:00:00+01:00");

describe("splitMeetings", () => {
  it("keeps a running meeting and undated ones as coming, soonest first, and the past latest first", () => {
    const meetings = [
      meeting("late", "2027-01-28T16:00:00+01:00", null),
      meeting("undated", null, null),
      meeting("running", "2026-12-06T17:00:00+01:00", "2026-12-06T19:30:00+01:00"),
      meeting("old", "2026-10-01T17:00:00+02:00", "2026-10-01T19:00:00+02:00"),
      meeting("ended", "2026-12-06T09:00:00+01:00", "2026-12-06T11:00:00+01:00"),
      meeting("no-end-past", "2026-11-24T17:00:00+01:00", null),
    ];
    const { upcoming, past } = splitMeetings(meetings, NOW);
    expect(upcoming.map((m) => m.id)).toEqual(["running", "late", "undated"]);
    expect(past.map((m) => m.id)).toEqual(["ended", "no-end-past", "old"]);
  });
});

describe("groupByDay", () => {
  it("groups by Delmenhorst's day, not UTC's: 00:30 in Berlin is the next day already", () => {
    const days = groupByDay([
      meeting("a", "2026-12-07T17:00:00+01:00", null),
      meeting("b", "2026-12-07T19:00:00+01:00", null),
      meeting("c", "2026-12-07T23:30:00Z", null),
      meeting("d", null, null),
    ]);
    expect(days.map((d) => [d.date, d.meetings.map((m) => m.id)])).toEqual([
      ["2026-12-07", ["a", "b"]],
      ["2026-12-08", ["c"]],
      [null, ["d"]],
    ]);
  });
});

describe("committees", () => {
  it("filters meetings to one committee and lists each committee that meets once, by name", () => {
    const meetings = [
      meeting("a", null, null, [school]),
      meeting("b", null, null, [planning, school]),
      meeting("c", null, null, [planning]),
    ];
    expect(meetingsOf(meetings, "sbs").map((m) => m.id)).toEqual(["a", "b"]);
    expect(meetingsOf(meetings, null)).toHaveLength(3);
    expect(meetingOrganizations(meetings)).toEqual([planning, school]);
  });

  it("puts the council first, then the others by name", () => {
    const organization = (name: string, classification: string | null) => ({
      id: name,
      name,
      shortName: null,
      classification,
      members: [],
      sample: false,
    });
    const sorted = sortOrganizations([
      organization("Schulausschuss", "Ausschuss"),
      organization("Rat der Stadt Delmenhorst", "Rat"),
      organization("Ausschuss für Finanzen", "Ausschuss"),
    ]);
    expect(sorted.map((o) => o.name)).toEqual([
      "Rat der Stadt Delmenhorst",
      "Ausschuss für Finanzen",
      "Schulausschuss",
    ]);
  });
});

describe("splitMemberships", () => {
  it("counts a membership ending today as current and lists the former latest end first", () => {
    const membership = (name: string, endDate: string | null) => ({
      role: null,
      votingRight: true,
      startDate: "2016-11-01",
      endDate,
      personId: name,
      name,
    });
    const { current, former } = splitMemberships(
      [
        membership("open", null),
        membership("today", "2026-12-06"),
        membership("2019", "2019-10-31"),
        membership("2021", "2021-10-31"),
      ],
      "2026-12-06",
    );
    expect(current.map((m) => m.name)).toEqual(["open", "today"]);
    expect(former.map((m) => m.name)).toEqual(["2021", "2019"]);
  });
});

describe("searchCouncil", () => {
  const papers = [
    paper("b42", "Bebauungsplan Nr. 42 „Am Wollepark“", "2026-10-20", "BV 2026/0142"),
    paper("radwege", "Antrag: Sichere Radwege in der Innenstadt", "2026-11-10", "AN 2026/0031"),
    paper("strasse", "Sanierung der Lange Straße", "2026-09-01"),
    paper("old-plan", "Änderung zum Bebauungsplan Nr. 12", "2020-01-01"),
    paper("concept", "Radwegekonzept", "2015-06-01"),
  ];
  const meetings = [{ ...meeting("m1", "2026-11-24T17:00:00+01:00", null), name: "Sitzung zum Wollepark" }];

  it("finds every word of the query in titles and references, ignoring case, accents and ß", () => {
    expect(searchCouncil("wollepark", meetings, papers).map((h) => h.kind)).toEqual(["meeting", "paper"]);
    expect(searchCouncil("lange strasse", meetings, papers).map(hitId)).toEqual(["strasse"]);
    expect(searchCouncil("anderung", meetings, papers).map(hitId)).toEqual(["old-plan"]);
    expect(searchCouncil("bv 2026/0142", meetings, papers).map(hitId)).toEqual(["b42"]);
    expect(searchCouncil("radwege wollepark", meetings, papers)).toEqual([]);
    expect(searchCouncil("   ", meetings, papers)).toEqual([]);
  });

  it("ranks titles starting with the query first, then the newest", () => {
    expect(searchCouncil("bebauungsplan", meetings, papers).map(hitId)).toEqual(["b42", "old-plan"]);
    expect(searchCouncil("radwege", meetings, papers).map(hitId)).toEqual(["concept", "radwege"]);
    expect(searchCouncil("plan", meetings, papers).map(hitId)).toEqual(["b42", "old-plan"]);
    expect(searchCouncil("2026", meetings, papers, 1).map(hitId)).toEqual(["radwege"]);
  });
});

describe("consultationsInOrder", () => {
  it("orders a paper's consultations by their meeting's date, undated last", () => {
    const consultation = (meetingId: string, meetingStart: string | null) => ({
      meetingId,
      meetingName: null,
      meetingStart,
      organizations: [],
      role: null,
      authoritative: false,
      result: null,
    });
    const ordered = consultationsInOrder({
      ...paper("p", "Haushalt", null),
      consultations: [
        consultation("open", null),
        consultation("council", "2027-01-28T16:00:00+01:00"),
        consultation("committee", "2026-11-24T17:00:00+01:00"),
      ],
    });
    expect(ordered.map((c) => c.meetingId)).toEqual(["committee", "council", "open"]);
  });
});

function hitId(hit: ReturnType<typeof searchCouncil>[number]) {
  return hit.kind === "meeting" ? hit.meeting.id : hit.paper.id;
}

describe("currentTerm", () => {
  const terms = [
    { name: "Wahlperiode 2021–2026", startDate: "2021-11-01", endDate: "2026-10-31" },
    { name: "Wahlperiode 2026–2031", startDate: "2026-11-01", endDate: "2031-10-31" },
  ];
  it("names the term whose dates contain today, its first and last day included", () => {
    expect(currentTerm([{ legislativeTerms: terms }], "2026-10-31")?.name).toBe("Wahlperiode 2021–2026");
    expect(currentTerm([{ legislativeTerms: terms }], "2026-11-01")?.name).toBe("Wahlperiode 2026–2031");
    expect(currentTerm([{ legislativeTerms: terms }], "2026-12-07")?.name).toBe("Wahlperiode 2026–2031");
  });
  it("knows none before the first, after the last, or in records without terms", () => {
    expect(currentTerm([{ legislativeTerms: terms }], "2021-10-31")).toBeUndefined();
    expect(currentTerm([{ legislativeTerms: terms }], "2031-11-01")).toBeUndefined();
    expect(currentTerm([{}, { legislativeTerms: [] }], "2026-12-07")).toBeUndefined();
  });
  it("lets a term without an end run on, and reads the first record that has terms", () => {
    const open = [{ name: "Wahlperiode VII", startDate: "2019-06-01", endDate: null }];
    expect(currentTerm([{}, { legislativeTerms: open }], "2030-01-01")?.name).toBe("Wahlperiode VII");
  });
});
