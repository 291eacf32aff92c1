// The council's meetings as an iCalendar feed: all or one committee's, cancelled ones marked, the
// closed part by its note only, old meetings and unknown committees left out. Parsed back with
// ical.js, as a calendar app would read it.
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  COUNCIL_MEETINGS_COLLECTION,
  COUNCIL_ORGANIZATIONS_COLLECTION,
  type CouncilMeeting,
  type CouncilOrganization,
} from "../../../src/lib/contract/council";
import { upsertEntries } from "../../platform/sync/store";
import { TestClient } from "../../testing/test-client";
import { createTestApp, type TestApp } from "../../testing/test-app";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const DAY = 24 * 3600_000;
const inDays = (days: number, hour = 17) => {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

const council: CouncilOrganization = {
  id: "rat",
  name: "Rat der Stadt Delmenhorst",
  shortName: null,
  classification: null,
  members: [],
  sample: false,
};
const committee: CouncilOrganization = { ...council, id: "bau", name: "Bauausschuss" };

function meeting(id: string, fields: Partial<CouncilMeeting>): CouncilMeeting {
  return {
    id,
    name: `Sitzung ${id}`,
    start: inDays(7),
    end: inDays(7, 20),
    cancelled: false,
    organizations: [{ id: council.id, name: council.name }],
    location: "Rathaus, Ratssaal",
    agenda: [],
    files: [],
    sample: false,
    ...fields,
  };
}

async function store(meetings: CouncilMeeting[]) {
  await upsertEntries(t.db, COUNCIL_ORGANIZATIONS_COLLECTION, [
    { id: council.id, data: council },
    { id: committee.id, data: committee },
  ]);
  await upsertEntries(
    t.db,
    COUNCIL_MEETINGS_COLLECTION,
    meetings.map((m) => ({ id: m.id, data: m })),
  );
}

async function events(query = "") {
  const response = await new TestClient(t).fetch(`/api/council/meetings.ics${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return {
    name: calendar.getFirstPropertyValue("x-wr-calname"),
    events: calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toJSDate().toISOString(),
        end: vevent.hasProperty("dtend") ? event.endDate.toJSDate().toISOString() : null,
        status: vevent.getFirstPropertyValue("status"),
        location: event.location,
        description: event.description,
      };
    }),
  };
}

describe("the meetings feed", () => {
  it("holds coming and recent meetings with their public agenda and a link to the app", async () => {
    await store([
      meeting("m1", {
        agenda: [
          {
            id: "a1",
            number: "4.",
            name: "Bebauungsplan Nr. 12",
            public: true,
            result: null,
            resolutionText: null,
            paperId: null,
            paperReference: null,
            files: [],
          },
          {
            id: "a2",
            number: "11.",
            name: "",
            public: false,
            result: null,
            resolutionText: null,
            paperId: null,
            paperReference: null,
            files: [],
          },
        ],
      }),
      meeting("m2", { start: inDays(-30), end: null, cancelled: true }),
      meeting("old", { start: inDays(-400), end: inDays(-400, 20) }),
      meeting("undated", { start: null, end: null }),
    ]);
    const feed = await events();
    expect(feed.name).toBe("Sitzungen des Rats und der Ausschüsse");
    expect(feed.events.map((e) => e.uid).sort()).toEqual([
      "council-m1@app.delmenhorst.de",
      "council-m2@app.delmenhorst.de",
    ]);
    const coming = feed.events.find((e) => e.uid.startsWith("council-m1"))!;
    expect(coming).toMatchObject({
      summary: "Sitzung m1",
      start: inDays(7),
      end: inDays(7, 20),
      status: "CONFIRMED",
      location: "Rathaus, Ratssaal",
    });
    expect(coming.description).toContain("4. Bebauungsplan Nr. 12");
    expect(coming.description).toContain("Nicht öffentlicher Teil");
    expect(coming.description).toContain(`${t.config.appOrigin}/rat/sitzung/m1`);
    // Cancelled stays in the feed, so calendars remove or mark it; no end is made up.
    expect(feed.events.find((e) => e.uid.startsWith("council-m2"))).toMatchObject({
      summary: "Abgesagt: Sitzung m2",
      status: "CANCELLED",
      end: null,
    });
  });

  it("holds one committee's meetings, in English on request", async () => {
    await store([
      meeting("m1", {}),
      meeting("m3", { organizations: [{ id: committee.id, name: committee.name }] }),
    ]);
    const feed = await events("?gremium=bau&lang=en");
    expect(feed.name).toBe("Meetings: Bauausschuss");
    expect(feed.events.map((e) => e.uid)).toEqual(["council-m3@app.delmenhorst.de"]);
  });

  it("answers 404 for an unknown committee and 400 for an unknown language", async () => {
    await store([]);
    const client = new TestClient(t);
    expect((await client.fetch("/api/council/meetings.ics?gremium=gibt-es-nicht")).status).toBe(404);
    const wrong = await client.fetch("/api/council/meetings.ics?lang=xx");
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });
});
