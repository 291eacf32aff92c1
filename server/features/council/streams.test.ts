// Streams and info events (issue 21, fourth part): who may keep them, what is refused, "Jetzt: TOP n"
// reaching an open event stream at once (the hub: in memory on SQLite, LISTEN/NOTIFY on PostgreSQL),
// chapters counted from the start, § 64 spans, moderated questions, the sample content, and the
// "Erinnern" push written once. SQLite, and PostgreSQL with TEST_DATABASE_URL.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  infoEventPageSchema,
  type InfoEvent,
  type StreamView,
  streamLiveSchema,
  streamViewSchema,
} from "../../../src/lib/contract/council-streams";
import { pushPayloadSchema, pushRegistrationSchema } from "../../../src/lib/contract/warnings";
import { loadConfig } from "../../config";
import type { SignedInAccount } from "../../http/env";
import { createAccountWithSession } from "../../testing/accounts";
import { solvedProofOfWork } from "../../testing/proof-of-work";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { sseReader } from "../chat/test-fixtures";
import { preferences, pushHarness, type PushHarness } from "../push/engine-fixtures";
import { seedCouncilOnFirstStart } from "./seed";
import { councilId } from "./service";
import { enqueueDueStreamReminders } from "./stream-reminders";
import { addSkip, markNow, meetingRecord, saveStream } from "./streams";
import { SAMPLE_EVENT_ID, SAMPLE_MEETING_OPARL_ID, seedCouncilStreamsOnce } from "./streams-seed";
import { insertStream, saveStreamReminder, upsertInfoEvent } from "./streams-store";

const EVENT = {
  title: "Informationsabend Bebauungsplan 99",
  start: "2027-03-10T18:00:00+01:00",
  end: "2027-03-10T20:00:00+01:00",
  place: "Rathaus, Ratssaal",
  topic: "Bebauungsplan Nr. 99",
  description: "Vorstellung des Entwurfs",
  documents: [{ name: "Entwurf (PDF)", url: "https://www.delmenhorst.de/bplan99.pdf" }],
  agenda: [
    { number: "1", name: "Begrüßung" },
    { number: "2", name: "Vorstellung" },
    { number: "10", name: "Fragen" },
  ],
};
const LIVE = "https://stream.delmenhorst.de/rat/live.m3u8";

describe("/api/staff/council and /api/council streams", () => {
  let t: TestApp;
  let office: TestClient;
  beforeEach(async () => {
    t = await createTestApp();
    office = (await createAccountWithSession(t, { role: "staff", department: "rat" })).client;
  });
  afterEach(() => t.close());

  const createEvent = async (body: unknown = EVENT) => {
    const answer = await office.json<InfoEvent>("POST", "/api/staff/council/events", body);
    expect(answer.status).toBe(201);
    return answer.body;
  };
  const attach = async (eventId: string, state = "live") => {
    const answer = await office.json<StreamView>("POST", "/api/staff/council/streams", {
      target: { kind: "event", id: eventId },
      liveUrl: LIVE,
      recordingUrl: null,
      state,
    });
    expect(answer.status).toBe(201);
    return streamViewSchema.parse(answer.body);
  };

  it("only the council office and admins keep events and streams; residents read them", async () => {
    const clerk = (await createAccountWithSession(t, { role: "staff", department: "bauamt" })).client;
    const citizen = (await createAccountWithSession(t, { role: "citizen" })).client;
    const admin = (await createAccountWithSession(t, { role: "admin" })).client;
    const anonymous = new TestClient(t);
    expect((await anonymous.json("GET", "/api/staff/council/streams")).status).toBe(401);
    expect((await citizen.json("GET", "/api/staff/council/streams")).status).toBe(403);
    expect((await clerk.json("POST", "/api/staff/council/events", EVENT)).status).toBe(403);
    expect((await admin.json("POST", "/api/staff/council/events", EVENT)).status).toBe(201);
    const event = await createEvent();
    const stream = await attach(event.id);
    expect(
      (
        await clerk.json("POST", `/api/staff/council/streams/${stream.id}/now`, {
          agendaItemId: event.agenda[0]!.id,
        })
      ).status,
    ).toBe(403);

    // The public side: the event with its programme, its stream, and no staff route needed.
    const page = infoEventPageSchema.parse(
      (await anonymous.json("GET", `/api/council/events/${event.id}`)).body,
    );
    expect(page.event).toMatchObject({
      title: EVENT.title,
      streamId: stream.id,
      start: "2027-03-10T17:00:00.000Z",
    });
    expect(page.event.agenda.map((item) => item.number)).toEqual(["1", "2", "10"]);
    const list = await anonymous.json<{ events: InfoEvent[] }>("GET", "/api/council/events");
    expect(list.body.events.map((e) => e.id)).toContain(event.id);
    const view = streamViewSchema.parse(
      (await anonymous.json("GET", `/api/council/streams/${stream.id}`)).body,
    );
    expect(view).toMatchObject({
      title: EVENT.title,
      liveUrl: LIVE,
      state: "live",
      target: { kind: "event", id: event.id },
    });

    // Each change is in the audit log with who made it.
    const actions = (await t.db.selectFrom("audit_log").select("action").orderBy("at").execute()).map(
      (r) => r.action,
    );
    expect(actions).toEqual(["council.event-created", "council.event-created", "council.stream-attached"]);
  });

  it("refuses what does not fit with problem+json", async () => {
    const event = await createEvent();
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
    // An address that is no https (http only on this machine), a start after the end, no title.
    await expectProblem(
      office.json("POST", "/api/staff/council/streams", {
        target: { kind: "event", id: event.id },
        liveUrl: "ftp://x.de/a.m3u8",
        recordingUrl: null,
        state: "live",
      }),
      400,
      "validation_failed",
    );
    await expectProblem(
      office.json("POST", "/api/staff/council/streams", {
        target: { kind: "event", id: event.id },
        liveUrl: "http://stream.example/a.m3u8",
        recordingUrl: null,
        state: "live",
      }),
      400,
      "validation_failed",
    );
    await expectProblem(
      office.json("POST", "/api/staff/council/events", { ...EVENT, end: "2027-03-10T17:00:00+01:00" }),
      400,
      "validation_failed",
    );
    await expectProblem(
      office.json("POST", "/api/staff/council/events", { ...EVENT, title: "" }),
      400,
      "validation_failed",
    );
    // A meeting or event that does not exist; a second stream on the same event.
    await expectProblem(
      office.json("POST", "/api/staff/council/streams", {
        target: { kind: "meeting", id: "nope" },
        liveUrl: LIVE,
        recordingUrl: null,
        state: "planned",
      }),
      400,
      "validation_failed",
    );
    const stream = await attach(event.id);
    await expectProblem(
      office.json("POST", "/api/staff/council/streams", {
        target: { kind: "event", id: event.id },
        liveUrl: LIVE,
        recordingUrl: null,
        state: "planned",
      }),
      409,
      "conflict",
    );
    // "Jetzt" on an item of another agenda; a span ending before it starts; unknown ids.
    await expectProblem(
      office.json("POST", `/api/staff/council/streams/${stream.id}/now`, { agendaItemId: "elsewhere" }),
      400,
      "validation_failed",
    );
    await expectProblem(
      office.json("POST", `/api/staff/council/streams/${stream.id}/skips`, {
        from: 60,
        to: 30,
        note: "Widerspruch",
      }),
      400,
      "validation_failed",
    );
    await expectProblem(
      office.json("POST", "/api/staff/council/streams/nope/now", { agendaItemId: "x" }),
      404,
      "not_found",
    );
    await expectProblem(new TestClient(t).json("GET", "/api/council/streams/nope"), 404, "not_found");
    await expectProblem(new TestClient(t).json("GET", "/api/council/events/nope"), 404, "not_found");
    // An ended stream takes no more marks.
    await office.json("PUT", `/api/staff/council/streams/${stream.id}`, {
      target: { kind: "event", id: event.id },
      liveUrl: LIVE,
      recordingUrl: LIVE,
      state: "ended",
    });
    await expectProblem(
      office.json("POST", `/api/staff/council/streams/${stream.id}/now`, {
        agendaItemId: event.agenda[0]!.id,
      }),
      409,
      "conflict",
    );
  });

  it("'Jetzt: TOP n' reaches an open live stream at once, as the current item and a chapter", async () => {
    const event = await createEvent();
    const stream = await attach(event.id);
    const viewer = new TestClient(t);
    const response = await viewer.fetch(`/api/council/streams/${stream.id}/live`);
    const reader = sseReader(response);
    await reader.until((events) => events.length === 1);
    expect(streamLiveSchema.parse(JSON.parse(reader.events[0]!.data))).toMatchObject({
      state: "live",
      currentItemId: null,
      chapters: [],
    });

    const second = event.agenda[1]!;
    expect(
      (await office.json("POST", `/api/staff/council/streams/${stream.id}/now`, { agendaItemId: second.id }))
        .status,
    ).toBe(200);
    await reader.until((events) => events.length === 2, 3_000);
    const live = streamLiveSchema.parse(JSON.parse(reader.events[1]!.data));
    expect(live.currentItemId).toBe(second.id);
    expect(live.chapters.map((c) => c.agendaItemId)).toEqual([second.id]);

    // Two marks in quick succession: the viewer ends on the later one.
    const third = event.agenda[2]!;
    await office.json("POST", `/api/staff/council/streams/${stream.id}/now`, { agendaItemId: second.id });
    await office.json("POST", `/api/staff/council/streams/${stream.id}/now`, { agendaItemId: third.id });
    await reader.until((events) => JSON.parse(events.at(-1)!.data).currentItemId === third.id, 3_000);
    const before = reader.events.length;
    // A § 64 span goes out the same way.
    await office.json("POST", `/api/staff/council/streams/${stream.id}/skips`, {
      from: 10,
      to: 20,
      note: "Widerspruch nach § 64 NKomVG",
    });
    await reader.until((events) => events.length === before + 1, 3_000);
    expect(streamLiveSchema.parse(JSON.parse(reader.events[before]!.data)).skips).toMatchObject([
      { from: 10, to: 20 },
    ]);

    // Ending sends the last state and closes; a reconnect after it is told 204 (EventSource stops).
    await office.json("PUT", `/api/staff/council/streams/${stream.id}`, {
      target: { kind: "event", id: event.id },
      liveUrl: LIVE,
      recordingUrl: LIVE,
      state: "ended",
    });
    await reader.until((events) => events.some((e) => e.id === "ended"), 3_000);
    expect(JSON.parse(reader.events.at(-1)!.data)).toMatchObject({ state: "ended", currentItemId: null });
    const again = await viewer.fetch(`/api/council/streams/${stream.id}/live`, {
      headers: { "last-event-id": "ended" },
    });
    expect(again.status).toBe(204);
  });

  it("chapters count seconds from going live; skips and chapters come back in order", async () => {
    const event = await createEvent();
    const { view } = await saveStream(
      t.db,
      await actor(t),
      undefined,
      { target: { kind: "event", id: event.id }, liveUrl: LIVE, recordingUrl: null, state: "planned" },
      new Date("2027-03-10T17:00:00Z"),
    );
    expect(view.startedAt).toBeNull();
    const [one, two, ten] = event.agenda;
    // The first "Jetzt" starts the clock when nobody switched it live.
    await markNow(t.db, await actor(t), view.id, one!.id, new Date("2027-03-10T17:02:00Z"));
    await markNow(t.db, await actor(t), view.id, ten!.id, new Date("2027-03-10T17:47:30.250Z"));
    await markNow(t.db, await actor(t), view.id, two!.id, new Date("2027-03-10T17:20:00Z"));
    await addSkip(t.db, await actor(t), view.id, { from: 1500, to: 1620, note: "Widerspruch" }, new Date());
    await addSkip(t.db, await actor(t), view.id, { from: 300, to: 360, note: "Widerspruch" }, new Date());
    const after = streamViewSchema.parse(
      (await new TestClient(t).json("GET", `/api/council/streams/${view.id}`)).body,
    );
    expect(after.startedAt).toBe("2027-03-10T17:02:00.000Z");
    expect(after.chapters.map((c) => [c.agendaItemId, c.seconds])).toEqual([
      [one!.id, 0],
      [two!.id, 1080],
      [ten!.id, 2730.3],
    ]);
    expect(after.skips.map((s) => [s.from, s.to])).toEqual([
      [300, 360],
      [1500, 1620],
    ]);
    expect(after.state).toBe("live");
    // A span marked by mistake can be removed.
    const removed = await office.json(
      "DELETE",
      `/api/staff/council/streams/${view.id}/skips/${after.skips[0]!.id}`,
    );
    expect(removed.status).toBe(204);
    expect(
      (await office.json("DELETE", `/api/staff/council/streams/${view.id}/skips/${after.skips[0]!.id}`))
        .status,
    ).toBe(404);
  });

  it("questions come through the outbox's public write and are public only once published", async () => {
    const event = await createEvent();
    const resident = new TestClient(t);
    const path = `/api/council/events/${event.id}/questions`;
    const body = { text: "Wird der Radweg an der Delme beleuchtet?" };
    const without = await resident.json("POST", path, body, { "idempotency-key": "question-q-1-0000000000" });
    expect(without.status).toBe(400);
    expect(without.body).toMatchObject({ code: "proof_of_work_failed" });
    const proof = await solvedProofOfWork(resident, "/api/council/events/questions/challenge");
    const sent = await resident.json<{ id: string; status: string }>("POST", path, body, {
      "idempotency-key": "question-q-2-0000000000",
      altcha: proof,
    });
    expect(sent.status).toBe(201);
    expect(sent.body.status).toBe("new");
    expect(
      (
        await resident.json(
          "POST",
          path,
          { text: "kurz" },
          { "idempotency-key": "question-q-3-0000000000", altcha: proof },
        )
      ).status,
    ).toBe(400);

    const page = () =>
      resident.json("GET", `/api/council/events/${event.id}`).then((a) => infoEventPageSchema.parse(a.body));
    expect((await page()).questions).toEqual([]);
    const staffList = await office.json<{ questions: { id: string; status: string }[] }>(
      "GET",
      `/api/staff/council/events/${event.id}/questions`,
    );
    expect(staffList.body.questions).toMatchObject([{ id: sent.body.id, status: "new" }]);
    const citizen = (await createAccountWithSession(t, { role: "citizen" })).client;
    expect((await citizen.json("GET", `/api/staff/council/events/${event.id}/questions`)).status).toBe(403);
    expect(
      (
        await office.json("PUT", `/api/staff/council/questions/${sent.body.id}/status`, {
          status: "published",
        })
      ).status,
    ).toBe(200);
    expect((await page()).questions).toMatchObject([{ id: sent.body.id, text: body.text }]);
    await office.json("PUT", `/api/staff/council/questions/${sent.body.id}/status`, { status: "rejected" });
    expect((await page()).questions).toEqual([]);
  });

  it("the sample: an info event with a stream and a stream on the sample council meeting", async () => {
    await seedCouncilOnFirstStart(t.db);
    expect(await seedCouncilStreamsOnce(t.db)).toBe(true);
    expect(await seedCouncilStreamsOnce(t.db)).toBe(false);
    const anonymous = new TestClient(t);
    const event = infoEventPageSchema.parse(
      (await anonymous.json("GET", `/api/council/events/${SAMPLE_EVENT_ID}`)).body,
    ).event;
    expect(event.sample).toBe(true);
    expect(event.streamId).not.toBeNull();
    const meetingId = councilId(SAMPLE_MEETING_OPARL_ID);
    const stream = streamViewSchema.parse(
      (await anonymous.json("GET", `/api/council/meetings/${meetingId}/stream`)).body,
    );
    expect(stream).toMatchObject({
      sample: true,
      state: "planned",
      title: "12. Sitzung des Rates der Stadt Delmenhorst",
    });
    const meeting = (await meetingRecord(t.db, meetingId))!;
    expect(stream.agenda.map((item) => item.id)).toEqual(
      meeting.agenda.filter((item) => item.public).map((item) => item.id),
    );
    // The closed part of an agenda is neither shown nor markable (the preparing committee's meeting).
    const oparl = ["m1", "m2"].map((m) => councilId(`https://sample.invalid/oparl/meetings/${m}`));
    const withClosed = (await Promise.all(oparl.map((id) => meetingRecord(t.db, id)))).find((m) =>
      m?.agenda.some((item) => !item.public),
    )!;
    const office = await actor(t);
    const { view } = await saveStream(
      t.db,
      office,
      undefined,
      { target: { kind: "meeting", id: withClosed.id }, liveUrl: LIVE, recordingUrl: null, state: "live" },
      new Date(),
    );
    const closedItem = withClosed.agenda.find((item) => !item.public)!;
    expect(view.agenda.map((item) => item.id)).not.toContain(closedItem.id);
    await expect(markNow(t.db, office, view.id, closedItem.id, new Date())).rejects.toMatchObject({
      status: 400,
    });
  });

  it("'Erinnern' needs the device's token and a start ahead", async () => {
    const event = await createEvent();
    const stream = await attach(event.id, "planned");
    const device = new TestClient(t);
    const created = await device.json("POST", "/api/push/subscriptions", {
      subscription: {
        endpoint: `https://push.example/send/stream-${Math.random().toString(36).slice(2)}`,
        expirationTime: null,
        keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
      },
      preferences: preferences({ topics: { warnings: false } }),
    });
    const { id, manageToken } = pushRegistrationSchema.parse(created.body);
    const path = `/api/council/streams/${stream.id}/reminders/${id}`;
    expect((await device.json("PUT", path, { language: "de" }, { "x-push-token": "wrong" })).status).toBe(
      404,
    );
    expect(
      (await device.json("PUT", path, { language: "de" }, { "x-push-token": manageToken })).body,
    ).toEqual({ reminder: true });
    expect((await device.json("GET", path, undefined, { "x-push-token": manageToken })).body).toEqual({
      reminder: true,
    });
    expect((await device.json("DELETE", path, undefined, { "x-push-token": manageToken })).status).toBe(204);
    expect((await device.json("GET", path, undefined, { "x-push-token": manageToken })).body).toEqual({
      reminder: false,
    });
  });
});

async function actor(t: TestApp): Promise<SignedInAccount> {
  const { account } = await createAccountWithSession(t, { role: "staff", department: "rat" });
  return {
    id: account.id,
    email: account.email,
    role: "staff",
    department: account.department,
    givenName: account.given_name,
    familyName: account.family_name,
    trustLevel: "basic",
  };
}

describe("the reminder job", () => {
  let h: PushHarness;
  beforeEach(async () => {
    h = await pushHarness();
  });
  afterEach(async () => {
    expect(h.endpoint.errors).toEqual([]);
    await h.close();
  });

  it("pushes once, 15 minutes before the start, in the device's language", async () => {
    const at = "2027-03-10T10:00:00.000Z";
    await upsertInfoEvent(h.db, {
      id: "ev",
      title: "Bebauungsplan 99",
      starts_at: "2027-03-10T17:00:00.000Z",
      ends_at: null,
      place: "Rathaus",
      topic: "",
      description: "",
      documents: "[]",
      agenda: "[]",
      sample: 0,
      created_at: at,
      updated_at: at,
    });
    await insertStream(h.db, {
      id: "st",
      meeting_id: null,
      event_id: "ev",
      live_url: LIVE,
      recording_url: null,
      state: "planned",
      started_at: null,
      current_item_id: null,
      starts_at: "2027-03-10T17:00:00.000Z",
      sample: 0,
      created_at: at,
      updated_at: at,
    });
    const resident = await h.subscribe(preferences({ topics: { warnings: false } }));
    const other = await h.subscribe(preferences({ topics: { warnings: false } }));
    await saveStreamReminder(h.db, {
      stream_id: "st",
      subscription_id: resident.subscriptionId,
      language: "en",
      created_at: at,
    });
    const look = (iso: string) => enqueueDueStreamReminders(h.db, new Date(iso));
    expect(await look("2027-03-10T16:44:59Z")).toBe(0);
    expect(await look("2027-03-10T16:45:00Z")).toBe(1);
    expect(await look("2027-03-10T16:50:00Z")).toBe(0);
    await h.engine().runPendingJobs();
    await h.engine().runPendingJobs();
    // After the start: nothing ("starts in 15 minutes" would be wrong).
    expect(await look("2027-03-10T17:00:01Z")).toBe(0);
    expect(resident.received).toHaveLength(1);
    expect(other.received).toHaveLength(0);
    expect(pushPayloadSchema.parse(resident.received[0]?.payload)).toEqual({
      topic: "council-stream",
      title: "Live from the council soon",
      body: "“Bebauungsplan 99” starts in 15 minutes. Tap here to watch.",
      url: "/rat/veranstaltungen/ev",
    });
  });
});

describe("the player's sources in the CSP", () => {
  it("lets Media Source Extensions play (blob:) and adds the configured stream origins", async () => {
    const plain = await createTestApp();
    const withStreams = await createTestApp({
      COUNCIL_STREAM_ORIGINS: "https://stream.delmenhorst.de, https://cdn.example:8443",
    });
    try {
      const csp = async (t: TestApp) =>
        (await t.app.request("/api/council/events")).headers.get("content-security-policy");
      expect(await csp(plain)).toContain("media-src 'self' blob: data:;");
      expect(await csp(plain)).toContain("connect-src 'self';");
      const configured = await csp(withStreams);
      expect(configured).toContain(
        "media-src 'self' blob: data: https://stream.delmenhorst.de https://cdn.example:8443;",
      );
      expect(configured).toContain(
        "connect-src 'self' https://stream.delmenhorst.de https://cdn.example:8443;",
      );
      expect(() => loadConfig({ COUNCIL_STREAM_ORIGINS: "http://insecure.example" })).toThrow(
        /COUNCIL_STREAM_ORIGINS/,
      );
    } finally {
      await plain.close();
      await withStreams.close();
    }
  });
});
