// Council alerts on the server: following over HTTP (committee, keyword, area; manage token; 4xx),
// the import's new meetings, agendas and papers matched and pushed once per device and item, the
// first import silent, and the weekly mail. Runs on SQLite and PostgreSQL (TEST_DATABASE_URL).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  councilFollowListSchema,
  councilFollowSchema,
  keywordMatches,
} from "../../../src/lib/contract/council-alerts";
import { COUNCIL_PAPERS_COLLECTION, councilPaperSchema } from "../../../src/lib/contract/council";
import { pushPayloadSchema } from "../../../src/lib/contract/warnings";
import { listEntries } from "../../platform/sync/store";
import { createOparlClient } from "../../integrations/oparl";
import { createAccountWithSession } from "../../testing/accounts";
import { type OparlStandIn, startOparlStandIn } from "../../testing/oparl-stand-in";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { subscribeDevice } from "../reports/test-helpers";
import { seedCouncilOnFirstStart } from "./seed";
import { councilId, runCouncilImport } from "./service";
import { isoWeek, sendWeeklyCouncilMail } from "./weekly-mail";

let t: TestApp;
let standIn: OparlStandIn;
let browser: TestClient;
const client = () => createOparlClient({ timeoutMs: 2_000, attempts: 2, retryDelayMs: 10 });
const importNow = (at = new Date()) => runCouncilImport(t.db, client(), standIn.systemUrl, at);

const FINANCE = "https://oparl.example.org/organization/34";
/** The town hall square; the Wollepark about 1 km west of it; Bremen far outside. */
const TOWN_HALL = { lat: 53.0507, lon: 8.6314 };
const WOLLEPARK = { lat: 53.0468, lon: 8.6175 };

beforeEach(async () => {
  t = await createTestApp();
  standIn = await startOparlStandIn();
  browser = new TestClient(t);
});
afterEach(async () => {
  await standIn.close();
  await t.close();
});

type Device = Awaited<ReturnType<typeof subscribeDevice>>;
const follow = (device: Device, target: unknown, c = browser, extra: Record<string, unknown> = {}) =>
  c.json("POST", "/api/council/follows", { push: device, target, language: "de", ...extra });

const point = ({ lat, lon }: { lat: number; lon: number }) => ({ type: "Point", coordinates: [lon, lat] });
const paper = (n: number, name: string, extra: Record<string, unknown> = {}) => ({
  id: `https://oparl.example.org/paper/alert-${n}`,
  type: "https://schema.oparl.org/1.1/Paper",
  name,
  reference: `BV 2026/9${n}`,
  date: "2026-12-01",
  ...extra,
});

async function councilJobs() {
  const jobs = await t.db
    .selectFrom("push_jobs")
    .selectAll()
    .where("topic", "=", "council")
    .orderBy("ref")
    .execute();
  return jobs.map((job) => ({ ref: job.ref, payload: pushPayloadSchema.parse(JSON.parse(job.payload)) }));
}

describe("following council topics", () => {
  it("follows a committee, a keyword and an area with the device's token, lists and removes them", async () => {
    const device = await subscribeDevice(browser);
    const committee = await follow(device, { kind: "committee", organizationId: councilId(FINANCE) });
    expect(committee.status).toBe(201);
    expect((await follow(device, { kind: "keyword", keyword: "Wollepark" })).status).toBe(201);
    expect((await follow(device, { kind: "area", ...TOWN_HALL, radiusM: 500 })).status).toBe(201);
    // The same keyword again (other case) is the same follow, not a second one.
    const again = await follow(device, { kind: "keyword", keyword: "wollepark" });
    expect(again.status).toBe(201);
    const list = await browser.json("GET", `/api/council/follows/${device.subscriptionId}`, undefined, {
      "X-Push-Token": device.manageToken,
    });
    expect(list.status).toBe(200);
    const follows = councilFollowListSchema.parse(list.body).follows;
    expect(follows.map((f) => f.target.kind)).toEqual(["committee", "keyword", "area"]);
    expect(follows.every((f) => !f.weeklyMail)).toBe(true);

    const id = councilFollowSchema.parse(committee.body).id;
    const wrongToken = await browser.json(
      "DELETE",
      `/api/council/follows/${device.subscriptionId}/${id}`,
      undefined,
      {
        "X-Push-Token": "nope",
      },
    );
    expect(wrongToken.status).toBe(404);
    const removed = await browser.json(
      "DELETE",
      `/api/council/follows/${device.subscriptionId}/${id}`,
      undefined,
      {
        "X-Push-Token": device.manageToken,
      },
    );
    expect(removed.status).toBe(204);
    const after = await browser.json("GET", `/api/council/follows/${device.subscriptionId}`, undefined, {
      "X-Push-Token": device.manageToken,
    });
    expect(councilFollowListSchema.parse(after.body).follows).toHaveLength(2);
  });

  it("answers bad input with problem+json", async () => {
    const device = await subscribeDevice(browser);
    const short = await follow(device, { kind: "keyword", keyword: "ab" });
    expect(short.status).toBe(400);
    expect(short.headers.get("content-type")).toContain("application/problem+json");
    expect((await follow(device, { kind: "area", ...TOWN_HALL, radiusM: 50 })).status).toBe(400);
    expect((await follow(device, { kind: "street", name: "x" })).status).toBe(400);
    const stranger = await follow(
      { ...device, manageToken: "wrong" },
      { kind: "keyword", keyword: "Haushalt" },
    );
    expect(stranger.status).toBe(404);
    // The weekly mail needs an account.
    const mail = await follow(device, { kind: "keyword", keyword: "Haushalt" }, browser, {
      weeklyMail: true,
    });
    expect(mail.status).toBe(401);
  });
});

describe("alerts from the import", () => {
  it("stays silent on the first import, then pushes a new matching paper once per device", async () => {
    const keywordDevice = await subscribeDevice(browser);
    const areaDevice = await subscribeDevice(browser);
    const committeeDevice = await subscribeDevice(browser);
    const bystander = await subscribeDevice(browser);
    await follow(keywordDevice, { kind: "keyword", keyword: "Wollepark" });
    // Two follows of the same device matching the same paper: still one push.
    await follow(keywordDevice, { kind: "area", ...WOLLEPARK, radiusM: 300 });
    await follow(areaDevice, { kind: "area", ...WOLLEPARK, radiusM: 300 });
    await follow(committeeDevice, { kind: "committee", organizationId: councilId(FINANCE) });
    await follow(bystander, { kind: "keyword", keyword: "Haushalt" });
    await follow(bystander, { kind: "area", ...TOWN_HALL, radiusM: 200 });

    // The first import brings everything (the spec's finance committee's meeting among it): no push.
    await importNow(new Date(Date.now() - 60_000));
    expect(await councilJobs()).toEqual([]);

    standIn.put(
      "papers",
      paper(1, "Spielplatz AM WOLLEPARK – Neugestaltung", {
        location: [{ id: "https://oparl.example.org/locations/alert-1", geojson: point(WOLLEPARK) }],
        consultation: [
          {
            id: "https://oparl.example.org/consultation/alert-1",
            meeting: "https://oparl.example.org/meeting/281",
            organization: [FINANCE],
            role: "Vorberatung",
          },
        ],
      }),
    );
    // A word inside another word is no match ("Wolleparkweg" is another street).
    standIn.put("papers", paper(2, "Beleuchtung am Wolleparkweg"));
    await importNow();

    const jobs = await councilJobs();
    const paperKey = `paper:${councilId("https://oparl.example.org/paper/alert-1")}`;
    expect(jobs.map((j) => j.ref).sort()).toEqual(
      [keywordDevice, areaDevice, committeeDevice]
        .map((d) => `council:${d.subscriptionId}:${paperKey}`)
        .sort(),
    );
    expect(jobs[0]!.payload).toMatchObject({
      topic: "council",
      title: "Rat: neue Vorlage",
      body: "Spielplatz AM WOLLEPARK – Neugestaltung",
      url: `/rat/vorlage/${councilId("https://oparl.example.org/paper/alert-1")}`,
    });

    // The same paper changed and imported again: it is no longer new, nothing more is sent.
    standIn.put("papers", paper(1, "Spielplatz Am Wollepark – Neugestaltung (geändert)"));
    await importNow();
    expect(await councilJobs()).toHaveLength(3);
    const sent = await t.db.selectFrom("council_alerts_sent").selectAll().execute();
    expect(sent).toHaveLength(3);
  });

  it("pushes a new meeting of a followed committee and its agenda once published", async () => {
    const device = await subscribeDevice(browser);
    await follow(device, { kind: "committee", organizationId: councilId(FINANCE) });
    const keywordDevice = await subscribeDevice(browser);
    await follow(keywordDevice, { kind: "keyword", keyword: "Radweg Deichhorst" });
    await importNow(new Date(Date.now() - 60_000));

    const meeting = {
      id: "https://oparl.example.org/meeting/alert-9",
      type: "https://schema.oparl.org/1.1/Meeting",
      name: "5. Sitzung des Finanzausschusses",
      start: "2027-02-01T17:00:00+01:00",
      organization: [FINANCE],
    };
    standIn.put("meetings", meeting);
    await importNow();
    const meetingId = councilId(meeting.id);
    expect((await councilJobs()).map((j) => j.ref)).toEqual([
      `council:${device.subscriptionId}:meeting:${meetingId}`,
    ]);

    standIn.put("meetings", {
      ...meeting,
      agendaItem: [
        {
          id: "https://oparl.example.org/agendaitem/alert-9-1",
          type: "https://schema.oparl.org/1.1/AgendaItem",
          number: "1.",
          name: "Neuer Radweg Deichhorst",
          public: true,
        },
      ],
    });
    await importNow();
    const refs = (await councilJobs()).map((j) => j.ref);
    expect(refs).toContain(`council:${device.subscriptionId}:agenda:${meetingId}`);
    // The keyword is found in an agenda item's name.
    expect(refs).toContain(`council:${keywordDevice.subscriptionId}:agenda:${meetingId}`);
    const agenda = (await councilJobs()).find((j) => j.ref.endsWith(`agenda:${meetingId}`))!;
    expect(agenda.payload).toMatchObject({ title: "Rat: Tagesordnung veröffentlicht" });
    expect(refs).toHaveLength(3);
  });
});

describe("papers with a place", () => {
  it("carry their places in the feed; the seed's sample papers have some (marked sample)", async () => {
    await seedCouncilOnFirstStart(t.db);
    const papers = (await listEntries(t.db, COUNCIL_PAPERS_COLLECTION)).map((e) =>
      councilPaperSchema.parse(e.data),
    );
    const placed = papers.filter((p) => (p.locations ?? []).length > 0);
    expect(placed.length).toBeGreaterThanOrEqual(3);
    expect(placed.every((p) => p.sample)).toBe(true);
    const wollepark = placed.find((p) => p.reference === "BV 2026/0142")!;
    expect(wollepark.locations).toEqual([
      { lat: 53.0445, lon: 8.612, description: "Wollepark (Beispielort)" },
    ]);
    // The seed on a first start alerts nobody.
    expect(await councilJobs()).toEqual([]);
  });
});

describe("keyword matching", () => {
  it("matches whole words, case, accents and ß ignored", () => {
    expect(keywordMatches("Wollepark", "Bebauungsplan Nr. 42 „Am Wollepark“")).toBe(true);
    expect(keywordMatches("lange strasse", "Sanierung der Langen Straße")).toBe(false);
    expect(keywordMatches("Lange Straße", "Ausbau LANGE STRASSE, 2. Abschnitt")).toBe(true);
    expect(keywordMatches("Wollepark", "Wolleparkweg")).toBe(false);
    expect(keywordMatches("Düsternort", "Duesternort")).toBe(false);
    expect(keywordMatches("Dusternort", "Am Düsternort")).toBe(true);
  });
});

describe("the weekly mail", () => {
  it("mails the week's matches once, from Monday 08:00 Berlin time, in the account's language", async () => {
    const { client: signedIn } = await createAccountWithSession(t, { role: "citizen", language: "en" });
    const device = await subscribeDevice(signedIn);
    const followed = await follow(device, { kind: "keyword", keyword: "Wollepark" }, signedIn, {
      weeklyMail: true,
    });
    expect(followed.status).toBe(201);
    expect(councilFollowSchema.parse(followed.body).weeklyMail).toBe(true);
    // Following the same keyword again without the box switches the mail off, and with it on again.
    const off = await follow(device, { kind: "keyword", keyword: "Wollepark" }, signedIn);
    expect(councilFollowSchema.parse(off.body)).toMatchObject({
      id: councilFollowSchema.parse(followed.body).id,
      weeklyMail: false,
    });
    const on = await follow(device, { kind: "keyword", keyword: "wollepark" }, signedIn, {
      weeklyMail: true,
    });
    expect(councilFollowSchema.parse(on.body).weeklyMail).toBe(true);
    await importNow(new Date(Date.now() - 60_000));
    standIn.put("papers", paper(3, "Bebauungsplan Am Wollepark"));
    await importNow();

    const deps = {
      mailer: { kind: "log" as const, send: async (m: (typeof t.mails)[number]) => void t.mails.push(m) },
      logger: { error: () => {} },
      appOrigin: "https://app.example",
    };
    // Monday 7 December 2026, 07:30 in Berlin (06:30Z): not yet.
    expect(await sendWeeklyCouncilMail(t.db, deps, new Date("2026-12-07T06:30:00Z"))).toBe(0);
    // 08:05 Berlin: one mail, in English, with the paper and its link.
    expect(await sendWeeklyCouncilMail(t.db, deps, new Date("2026-12-07T07:05:00Z"))).toBe(1);
    expect(t.mails).toHaveLength(1);
    const mail = t.mails[0]!;
    expect(mail.subject).toBe("Your council topics this week");
    expect(mail.text).toContain("Council: new paper: Bebauungsplan Am Wollepark");
    expect(mail.text).toContain(
      `https://app.example/rat/vorlage/${councilId("https://oparl.example.org/paper/alert-3")}`,
    );
    expect(mail.text).toContain("https://app.example/rat/themen");
    // Later the same week: nothing again; the next week without new matches: no mail either.
    expect(await sendWeeklyCouncilMail(t.db, deps, new Date("2026-12-09T10:00:00Z"))).toBe(0);
    expect(await sendWeeklyCouncilMail(t.db, deps, new Date("2026-12-14T09:00:00Z"))).toBe(0);
    expect(t.mails).toHaveLength(1);
  });

  it("numbers ISO weeks by their Thursday", () => {
    expect(isoWeek("2026-12-07")).toBe("2026-W50");
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
    expect(isoWeek("2027-01-04")).toBe("2027-W01");
    expect(isoWeek("2026-01-01")).toBe("2026-W01");
  });
});
