// Meetings the council office enters without OParl (issue 21): who may, what is refused, the record
// in the public feed as an imported one's, an OParl import leaving them alone, imported meetings
// refused for editing, and followers of the committee alerted. SQLite, and PostgreSQL with TEST_DATABASE_URL.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COUNCIL_MEETINGS_COLLECTION, councilMeetingSchema } from "../../../src/lib/contract/council";
import {
  type StaffMeeting,
  staffMeetingListSchema,
  staffMeetingSchema,
} from "../../../src/lib/contract/council-staff-meetings";
import { pushPayloadSchema } from "../../../src/lib/contract/warnings";
import { createOparlClient } from "../../integrations/oparl";
import { listEntries } from "../../platform/sync/store";
import { createAccountWithSession } from "../../testing/accounts";
import { type OparlStandIn, startOparlStandIn } from "../../testing/oparl-stand-in";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { subscribeDevice } from "../reports/test-helpers";
import { seedCouncilOnFirstStart } from "./seed";
import { councilId, runCouncilImport } from "./service";

let t: TestApp;
let standIn: OparlStandIn;
let office: TestClient;
const client = () => createOparlClient({ timeoutMs: 2_000, attempts: 2, retryDelayMs: 10 });
const importNow = (at = new Date()) => runCouncilImport(t.db, client(), standIn.systemUrl, at);

const FINANCE = "https://oparl.example.org/organization/34";
const IMPORTED_MEETING = "https://ris.example.org/oparl/meetings/900";
const MEETING = {
  name: "Sitzung des Ausschusses für Stadtentwicklung",
  organizationId: null as string | null,
  start: "2027-03-11T17:00:00+01:00",
  end: "2027-03-11T19:00:00+01:00",
  place: "Rathaus, Sitzungssaal 1",
  cancelled: false,
  agenda: [
    { id: null as string | null, number: "1.", name: "Eröffnung" },
    { id: null as string | null, number: "2.", name: "Radweg an der Stedinger Straße" },
  ],
};

beforeEach(async () => {
  t = await createTestApp();
  standIn = await startOparlStandIn();
  office = (await createAccountWithSession(t, { role: "staff", department: "rat" })).client;
});
afterEach(async () => {
  await standIn.close();
  await t.close();
});

const create = async (body: unknown = MEETING) => {
  const answer = await office.json("POST", "/api/staff/council/meetings", body);
  expect(answer.status).toBe(201);
  return staffMeetingSchema.parse(answer.body);
};
const feedMeetings = async () =>
  (await listEntries(t.db, COUNCIL_MEETINGS_COLLECTION)).map((entry) =>
    councilMeetingSchema.parse(entry.data),
  );
const expectProblem = async (
  answer: Promise<{ status: number; headers: Headers; body: unknown }>,
  status: number,
  code: string,
) => {
  const { status: got, headers, body } = await answer;
  expect(got).toBe(status);
  expect(headers.get("content-type")).toContain("application/problem+json");
  expect(body).toMatchObject({ code });
};

describe("/api/staff/council/meetings", () => {
  it("only the council office and admins enter meetings", async () => {
    const clerk = (await createAccountWithSession(t, { role: "staff", department: "bauamt" })).client;
    const citizen = (await createAccountWithSession(t, { role: "citizen" })).client;
    const admin = (await createAccountWithSession(t, { role: "admin" })).client;
    await expectProblem(new TestClient(t).json("GET", "/api/staff/council/meetings"), 401, "unauthenticated");
    await expectProblem(citizen.json("GET", "/api/staff/council/meetings"), 403, "forbidden");
    await expectProblem(clerk.json("POST", "/api/staff/council/meetings", MEETING), 403, "forbidden");
    const meeting = await create();
    await expectProblem(clerk.json("DELETE", `/api/staff/council/meetings/${meeting.id}`), 403, "forbidden");
    expect((await admin.json("POST", "/api/staff/council/meetings", MEETING)).status).toBe(201);
    expect((await feedMeetings()).length).toBe(2);
  });

  it("creates, changes and deletes a meeting, published in the feed as an imported one", async () => {
    await importNow();
    const list = staffMeetingListSchema.parse((await office.json("GET", "/api/staff/council/meetings")).body);
    expect(list.meetings).toEqual([]);
    expect(list.organizations.map((o) => o.id)).toContain(councilId(FINANCE));

    const meeting = await create({ ...MEETING, organizationId: councilId(FINANCE) });
    const record = (await feedMeetings()).find((m) => m.id === meeting.id)!;
    expect(record).toMatchObject({
      name: MEETING.name,
      start: "2027-03-11T16:00:00.000Z",
      end: "2027-03-11T18:00:00.000Z",
      location: "Rathaus, Sitzungssaal 1",
      cancelled: false,
      sample: false,
      organizations: [{ id: councilId(FINANCE) }],
    });
    expect(record.agenda.map((i) => [i.number, i.name, i.public])).toEqual([
      ["1.", "Eröffnung", true],
      ["2.", "Radweg an der Stedinger Straße", true],
    ]);
    // The committee's ICS feed takes it as any other meeting.
    const ics = await t.app.request(`/api/council/meetings.ics?gremium=${councilId(FINANCE)}`);
    expect(ics.status).toBe(200);
    expect((await ics.text()).replace(/\r\n /g, "")).toContain("Ausschusses für Stadtentwicklung");

    // Moved, renamed, one added: the items kept keep their ids (and any chapters set on them).
    const [first, second] = meeting.agenda;
    const changed = await office.json<StaffMeeting>("PUT", `/api/staff/council/meetings/${meeting.id}`, {
      ...MEETING,
      name: "Sitzung des Ausschusses für Stadtentwicklung (verlegt)",
      organizationId: null,
      cancelled: true,
      end: null,
      agenda: [
        { id: second!.id, number: "1.", name: "Radweg an der Stedinger Straße" },
        { id: first!.id, number: "2.", name: "Eröffnung" },
        { id: null, number: "3.", name: "Verschiedenes" },
      ],
    });
    expect(changed.status).toBe(200);
    expect(changed.body.agenda.map((i) => i.id).slice(0, 2)).toEqual([second!.id, first!.id]);
    const updated = (await feedMeetings()).find((m) => m.id === meeting.id)!;
    expect(updated).toMatchObject({ cancelled: true, end: null, organizations: [] });
    expect(updated.agenda.map((i) => i.name)).toEqual([
      "Radweg an der Stedinger Straße",
      "Eröffnung",
      "Verschiedenes",
    ]);
    expect(updated.agenda[0]!.id).toBe(second!.id);

    expect((await office.json("DELETE", `/api/staff/council/meetings/${meeting.id}`)).status).toBe(204);
    expect((await feedMeetings()).some((m) => m.id === meeting.id)).toBe(false);
    await expectProblem(office.json("DELETE", `/api/staff/council/meetings/${meeting.id}`), 404, "not_found");
    const actions = (await t.db.selectFrom("audit_log").select("action").orderBy("at").execute()).map(
      (r) => r.action,
    );
    expect(actions).toEqual([
      "council.meeting-created",
      "council.meeting-updated",
      "council.meeting-deleted",
    ]);
  });

  it("refuses what does not fit with problem+json", async () => {
    await expectProblem(
      office.json("POST", "/api/staff/council/meetings", { ...MEETING, name: "" }),
      400,
      "validation_failed",
    );
    await expectProblem(
      office.json("POST", "/api/staff/council/meetings", { ...MEETING, end: "2027-03-11T16:00:00+01:00" }),
      400,
      "validation_failed",
    );
    await expectProblem(
      office.json("POST", "/api/staff/council/meetings", { ...MEETING, organizationId: "kein-ausschuss" }),
      400,
      "validation_failed",
    );
    await expectProblem(
      office.json("POST", "/api/staff/council/meetings", { ...MEETING, agenda: [{ id: null, name: "" }] }),
      400,
      "validation_failed",
    );
    const meeting = await create();
    await expectProblem(
      office.json("PUT", `/api/staff/council/meetings/${meeting.id}`, {
        ...MEETING,
        agenda: [{ id: "fremder-punkt", number: "1.", name: "Eröffnung" }],
      }),
      400,
      "validation_failed",
    );
    await expectProblem(
      office.json("PUT", "/api/staff/council/meetings/keine-sitzung", MEETING),
      404,
      "not_found",
    );
    // A stream attached: the meeting stays until the stream is removed.
    const stream = await office.json<{ id: string }>("POST", "/api/staff/council/streams", {
      target: { kind: "meeting", id: meeting.id },
      liveUrl: "https://stream.delmenhorst.de/rat/live.m3u8",
      recordingUrl: null,
      state: "planned",
    });
    expect(stream.status).toBe(201);
    await expectProblem(office.json("DELETE", `/api/staff/council/meetings/${meeting.id}`), 409, "conflict");
  });

  it("refuses to change or delete meetings imported by OParl", async () => {
    await importNow();
    const imported = councilId(IMPORTED_MEETING);
    await expectProblem(
      office.json("PUT", `/api/staff/council/meetings/${imported}`, MEETING),
      409,
      "conflict",
    );
    await expectProblem(office.json("DELETE", `/api/staff/council/meetings/${imported}`), 409, "conflict");
    expect((await feedMeetings()).find((m) => m.id === imported)!.name).toBe("Sitzung des Rates");
  });

  it("an OParl import, first or incremental, leaves staff meetings alone", async () => {
    await seedCouncilOnFirstStart(t.db);
    const meeting = await create();
    await importNow(new Date(Date.now() - 60_000));
    // The sample left with the first import; the staff meeting stayed.
    const afterFirst = await feedMeetings();
    expect(afterFirst.some((m) => m.sample)).toBe(false);
    expect(afterFirst.find((m) => m.id === meeting.id)).toMatchObject({ name: MEETING.name });
    standIn.remove("meetings", IMPORTED_MEETING);
    await importNow();
    const afterNext = await feedMeetings();
    expect(afterNext.some((m) => m.id === councilId(IMPORTED_MEETING))).toBe(false);
    expect(afterNext.find((m) => m.id === meeting.id)!.agenda).toHaveLength(2);
  });

  it("alerts followers of the committee of a new meeting and of its agenda once added", async () => {
    const browser = new TestClient(t);
    await importNow();
    const device = await subscribeDevice(browser);
    const followed = await browser.json("POST", "/api/council/follows", {
      push: device,
      target: { kind: "committee", organizationId: councilId(FINANCE) },
      language: "de",
    });
    expect(followed.status).toBe(201);
    const jobs = async () =>
      (
        await t.db.selectFrom("push_jobs").selectAll().where("topic", "=", "council").orderBy("ref").execute()
      ).map((job) => ({ ref: job.ref, payload: pushPayloadSchema.parse(JSON.parse(job.payload)) }));

    const meeting = await create({ ...MEETING, organizationId: councilId(FINANCE), agenda: [] });
    expect((await jobs()).map((j) => j.ref)).toEqual([
      `council:${device.subscriptionId}:meeting:${meeting.id}`,
    ]);
    // A meeting of another committee (none) alerts nobody following this one.
    await create();
    expect(await jobs()).toHaveLength(1);

    await office.json("PUT", `/api/staff/council/meetings/${meeting.id}`, {
      ...MEETING,
      organizationId: councilId(FINANCE),
    });
    const refs = (await jobs()).map((j) => j.ref);
    expect(refs).toContain(`council:${device.subscriptionId}:agenda:${meeting.id}`);
    expect(refs).toHaveLength(2);
  });
});
