// The ingest end to end against a local NINA stand-in: what residents would notice is a warning that
// does not arrive, arrives twice, vanishes when NINA fails, or a push that is sent twice.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "../../../src/lib/contract/zod";
import type { Db } from "../../db/database";
import {
  type NinaFixtureServer,
  readNinaFixture,
  startNinaFixtureServer,
} from "../../testing/nina-fixture-server";
import { databaseKind, openTestDatabase } from "../../testing/test-app";
import { listEntries } from "../../platform/sync/store";
import { startWarningPoller, type WarningPoller } from "./poller";
import { findRegion, regionsStatus } from "./regions";
import { findWarning, listWarnings, warningHistory } from "./store";

const DEL = "034010000000";
const DASHBOARD = `/dashboard/${DEL}.json`;
const MOW = "mow.DE-NI-DEL-SE040-20240105-40-000";
const DWD = "dwd.2.49.0.0.276.0.DWD.PVW.1704463200000.8c0f3a1e-4b7d-4c55-9a57-2d7e0b9c1f01.DEU";
const detailPath = (id: string) => `/warnings/${id}.json`;
const fixture = (name: string) => readNinaFixture(`delmenhorst/${name}`);

let db: Db;
let closeDb: () => Promise<void>;
let nina: NinaFixtureServer;
let poller: WarningPoller;
let clock: Date;

beforeEach(async () => {
  ({ db, close: closeDb } = await openTestDatabase());
  nina = await startNinaFixtureServer();
  clock = new Date("2024-01-05T13:05:00.000Z");
  poller = startPoller();
});

afterEach(async () => {
  await poller.stop();
  await nina.close();
  await closeDb();
});

// Generous by default: on a loaded CI machine a local answer can take longer than a hang test waits.
function startPoller(pollSeconds = 0, timeoutMs = 5_000) {
  return startWarningPoller({
    db,
    config: { ninaBaseUrl: nina.baseUrl, ninaPollSeconds: pollSeconds },
    logger: pino({ level: "silent" }),
    now: () => clock,
    timeoutMs,
  });
}

const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

/** Step 1 of the Delmenhorst story: the Alert and a DWD warning listed twice. */
function serveAlert(etag: string | null = '"alert"') {
  nina.route(DASHBOARD, { body: fixture("dashboard-1-alert.json"), ...(etag ? { etag } : {}) });
  nina.route(detailPath(MOW), { body: fixture("mow-1-alert.json") });
  nina.route(detailPath(DWD), { body: fixture("dwd-storm.json") });
  nina.route(`/warnings/${MOW}.geojson`, { body: fixture("mow-area.geojson") });
}

async function pushJobs(warningId?: string) {
  const rows = await db.selectFrom("push_jobs").select(["ref", "topic"]).orderBy("created_at").execute();
  return rows.filter((r) => !warningId || r.ref.startsWith(`warning:${warningId}:`));
}

describe(`warning poller (${databaseKind})`, () => {
  it("stores the listed warnings, publishes them to the sync feed and queues one push each", async () => {
    serveAlert();

    const report = await poller.pollOnce();

    expect(report).toEqual({ polled: [DEL], failed: [], detailsFetched: 2, newStates: 2, withdrawn: [] });
    const feed = await listEntries(db, "warnings");
    expect(feed.map((e) => e.id).sort()).toEqual([DWD, MOW].sort());
    expect(await findWarning(db, MOW)).toMatchObject({ msgType: "Alert", version: 1, regions: [DEL] });
    // The MoWaS alert's polygon travels with it to the map; the DWD warning has none here.
    const alertInFeed = feed.find((e) => e.id === MOW)?.data;
    expect(alertInFeed).toMatchObject({ area: { type: "MultiPolygon", coordinates: [[expect.any(Array)]] } });
    expect(await findWarning(db, DWD)).toMatchObject({ area: null });
    expect((await pushJobs()).map((j) => j.topic)).toEqual(["warnings", "warnings"]);
    expect(await findRegion(db, DEL)).toMatchObject({
      etag: '"alert"',
      last_success_at: clock.toISOString(),
      failures: 0,
      next_poll_at: null,
    });
  });

  it("stores a warning listed twice once, fetches its details once and pushes it once", async () => {
    serveAlert();
    await poller.pollOnce();
    expect(nina.count(detailPath(DWD))).toBe(1);
    expect((await listWarnings(db)).filter((w) => w.id === DWD)).toHaveLength(1);
    expect(await pushJobs(DWD)).toHaveLength(1);
    expect(await warningHistory(db, DWD)).toHaveLength(1);
  });

  it("asks conditionally on the next round and fetches no details after 304", async () => {
    serveAlert();
    await poller.pollOnce();
    advance(30_000);

    const report = await poller.pollOnce();

    expect(report).toEqual({ polled: [DEL], failed: [], detailsFetched: 0, newStates: 0, withdrawn: [] });
    expect(nina.requests.filter((r) => r.path === DASHBOARD).map((r) => r.headers["if-none-match"])).toEqual([
      undefined,
      '"alert"',
    ]);
    expect(nina.count(detailPath(MOW))).toBe(1);
    expect((await findRegion(db, DEL))?.last_success_at).toBe(clock.toISOString());
  });

  it("never refetches unchanged details when the upstream sends no validators", async () => {
    serveAlert(null);
    await poller.pollOnce();
    await poller.pollOnce();
    expect(nina.count(DASHBOARD)).toBe(2);
    expect(nina.count(detailPath(MOW))).toBe(1);
    expect(nina.count(detailPath(DWD))).toBe(1);
    expect(await pushJobs()).toHaveLength(2);
  });

  it("follows the Alert through its Update and Cancel, keeping every state", async () => {
    serveAlert();
    await poller.pollOnce();

    nina.route(DASHBOARD, { body: fixture("dashboard-2-update.json"), etag: '"update"' });
    nina.route(detailPath(MOW), { body: fixture("mow-2-update.json") });
    const update = await poller.pollOnce();

    expect(update.newStates).toBe(1);
    expect(await findWarning(db, MOW)).toMatchObject({ msgType: "Update", version: 2, references: [MOW] });
    expect(await warningHistory(db, MOW)).toHaveLength(2);
    expect(await pushJobs(MOW)).toHaveLength(2);
    expect(await pushJobs(DWD)).toHaveLength(1);

    nina.route(DASHBOARD, { body: fixture("dashboard-3-cancel.json"), etag: '"cancel"' });
    nina.route(detailPath(MOW), { body: fixture("mow-3-cancel.json") });
    await poller.pollOnce();

    const cancel = await findWarning(db, MOW);
    expect(cancel).toMatchObject({ msgType: "Cancel", version: 3, severity: "Minor", references: [MOW] });
    const history = await warningHistory(db, MOW);
    expect(history.map((w) => [w.version, w.msgType])).toEqual([
      [3, "Cancel"],
      [2, "Update"],
      [1, "Alert"],
    ]);
    expect(await pushJobs(MOW)).toHaveLength(3);
    const [published] = (await listEntries(db, "warnings")).filter((e) => e.id === MOW);
    expect(published?.data).toMatchObject({ msgType: "Cancel" });
    // The DWD warning is no longer listed twice, and not at all changed: still stored, not pushed again.
    expect(await findWarning(db, DWD)).not.toBeNull();
    expect(await pushJobs(DWD)).toHaveLength(1);
    expect(nina.count(detailPath(DWD))).toBe(1);
  });

  it("keeps a warning that NINA stops listing, marked as withdrawn, and restores it when listed again", async () => {
    serveAlert();
    await poller.pollOnce();
    expect((await findWarning(db, MOW))?.withdrawnAt).toBeNull();
    advance(30_000);
    const [, dwdEntry] = z.array(z.unknown()).parse(fixture("dashboard-1-alert.json"));
    nina.route(DASHBOARD, { body: [dwdEntry] });

    const report = await poller.pollOnce();

    expect(report.withdrawn).toEqual([MOW]);
    expect((await listWarnings(db)).map((w) => w.id).sort()).toEqual([DWD, MOW].sort());
    expect(await findWarning(db, MOW)).toMatchObject({ withdrawnAt: clock.toISOString() });
    expect(await findWarning(db, DWD)).toMatchObject({ withdrawnAt: null });
    const published = await listEntries(db, "warnings");
    expect(published.find((e) => e.id === MOW)?.data).toMatchObject({ withdrawnAt: clock.toISOString() });
    // Not a new state: no history entry, no push.
    expect(await warningHistory(db, MOW)).toHaveLength(1);
    expect(await pushJobs(MOW)).toHaveLength(1);

    advance(30_000);
    serveAlert('"again"');
    expect((await poller.pollOnce()).withdrawn).toEqual([]);
    expect(await findWarning(db, MOW)).toMatchObject({ withdrawnAt: null });
    expect(nina.count(detailPath(MOW))).toBe(1);
  });

  it("withdraws nothing while a district that lists the warning fails or answers 304", async () => {
    const bremen = "040110000000";
    await insertSubscription({ places: [bremen, DEL] });
    const dwdEntry = z.array(z.unknown()).parse(fixture("dashboard-1-alert.json"))[1];
    serveAlert();
    nina.route(`/dashboard/${bremen}.json`, { body: [dwdEntry], etag: '"bremen"' });
    await poller.pollOnce();
    expect(await findWarning(db, DWD)).toMatchObject({ regions: [DEL, bremen].sort() });

    // Delmenhorst no longer lists it, Bremen's list is unchanged (304): still in force there.
    advance(30_000);
    nina.route(DASHBOARD, { body: [] });
    expect((await poller.pollOnce()).withdrawn).toEqual([MOW]);
    expect(await findWarning(db, DWD)).toMatchObject({ withdrawnAt: null });

    // Bremen fails: nothing is concluded from a failure.
    advance(30_000);
    nina.route(`/dashboard/${bremen}.json`, { status: 503, html: "<h1>Wartung</h1>" });
    expect((await poller.pollOnce()).withdrawn).toEqual([]);

    // Bremen answers in full without it: now it is over everywhere we look.
    advance(60_000);
    nina.route(`/dashboard/${bremen}.json`, { body: [] });
    expect((await poller.pollOnce()).withdrawn).toEqual([DWD]);
  });

  const brokenAnswers = [
    ["a timeout", { hang: true }, "timeout"],
    [
      "404 with an HTML page",
      { status: 404, html: "<html><body>Seite nicht gefunden</body></html>" },
      "http 404",
    ],
    ["an empty body", { empty: true }, "empty body"],
    ["invalid JSON", { invalidJson: true }, "not json"],
    ["an object without the list", { body: { error: "maintenance" } }, "invalid shape"],
  ] as const;

  it.each(brokenAnswers)(
    "survives %s: keeps the warnings, counts the failure, asks again on the next round",
    async (_, answer, reason) => {
      if ("hang" in answer) {
        // A hang is waited out: nothing can answer in time, so a short timeout costs no certainty.
        await poller.stop();
        poller = startPoller(0, 200);
      }
      serveAlert();
      await poller.pollOnce();
      const lastGood = clock.toISOString();
      advance(30_000);
      nina.script(DASHBOARD, [answer, answer]);

      const report = await poller.pollOnce();

      expect(report.failed).toEqual([DEL]);
      expect(await listWarnings(db)).toHaveLength(2);
      expect(await listEntries(db, "warnings")).toHaveLength(2);
      const region = await findRegion(db, DEL);
      expect(region).toMatchObject({ failures: 1, last_error: reason, last_success_at: lastGood });
      // A single glitch: no back-off, the next round asks again.
      expect(region?.next_poll_at).toBeNull();
      expect((await regionsStatus(db)).regions[0]).toEqual({
        ars: DEL,
        lastSuccessAt: lastGood,
        lastErrorAt: clock.toISOString(),
        failures: 1,
      });

      advance(30_000);
      expect(await poller.pollOnce()).toMatchObject({ polled: [DEL], failed: [DEL], withdrawn: [] });
      expect(await findRegion(db, DEL)).toMatchObject({ failures: 2, next_poll_at: null });

      // Back: the script is used up, the standing answer is good again (a 304 with the old ETag).
      advance(30_000);
      const recovered = await poller.pollOnce();
      expect(recovered.failed).toEqual([]);
      expect(await findRegion(db, DEL)).toMatchObject({
        failures: 0,
        next_poll_at: null,
        last_success_at: clock.toISOString(),
      });
      expect(await pushJobs()).toHaveLength(2);
    },
  );

  it("backs off from the third failure in a row, doubling up to 5 minutes, keeping the last good state", async () => {
    serveAlert();
    await poller.pollOnce();
    const lastGood = clock.toISOString();
    const feedBefore = await listEntries(db, "warnings");
    nina.route(DASHBOARD, { status: 500, html: "<h1>Fehler</h1>" });

    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const due = (await findRegion(db, DEL))?.next_poll_at;
      if (due) {
        // A moment before it is due, the district is not asked.
        clock = new Date(Date.parse(due) - 1_000);
        expect((await poller.pollOnce()).polled).toEqual([]);
        clock = new Date(due);
      } else advance(30_000);
      expect((await poller.pollOnce()).failed).toEqual([DEL]);
      const region = await findRegion(db, DEL);
      delays.push(region?.next_poll_at ? (Date.parse(region.next_poll_at) - clock.getTime()) / 1000 : 0);
    }

    expect(delays).toEqual([0, 0, 60, 120, 240, 300, 300, 300]);
    expect(await findRegion(db, DEL)).toMatchObject({ failures: 8, last_success_at: lastGood });
    // Nothing was concluded from the failures: the warnings are in force, the feed has no new entries.
    expect((await listWarnings(db)).map((w) => w.withdrawnAt)).toEqual([null, null]);
    expect(await listEntries(db, "warnings")).toEqual(feedBefore);
    expect(await pushJobs()).toHaveLength(2);

    // A good answer resets the count: the next failure is a glitch again.
    serveAlert('"back"');
    clock = new Date((await findRegion(db, DEL))?.next_poll_at ?? "");
    expect((await poller.pollOnce()).failed).toEqual([]);
    expect(await findRegion(db, DEL)).toMatchObject({ failures: 0, next_poll_at: null });
    nina.script(DASHBOARD, [{ empty: true }]);
    advance(30_000);
    await poller.pollOnce();
    expect(await findRegion(db, DEL)).toMatchObject({ failures: 1, next_poll_at: null });
  });

  it("keeps asking a failing district on the next round while the others go on", async () => {
    const bremen = "040110000000";
    const bremenDashboard = `/dashboard/${bremen}.json`;
    await insertSubscription({ places: [bremen] });
    const dwdEntry = z.array(z.unknown()).parse(fixture("dashboard-1-alert.json"))[1];
    nina.route(DASHBOARD, { body: [] });
    nina.route(bremenDashboard, { body: [dwdEntry] });
    nina.route(detailPath(DWD), { body: fixture("dwd-storm.json") });
    await poller.pollOnce();
    expect(await findWarning(db, DWD)).toMatchObject({ regions: [bremen], withdrawnAt: null });

    // Bremen glitches while Delmenhorst lists two new warnings.
    advance(30_000);
    nina.script(bremenDashboard, [{ empty: true }, { invalidJson: true }]);
    serveAlert();
    const first = await poller.pollOnce();
    expect(first).toMatchObject({ polled: [DEL, bremen], failed: [bremen], newStates: 1, withdrawn: [] });
    expect(await findWarning(db, MOW)).toMatchObject({ regions: [DEL] });
    expect(await findRegion(db, DEL)).toMatchObject({ failures: 0 });
    expect(await findRegion(db, bremen)).toMatchObject({ failures: 1, next_poll_at: null });

    advance(30_000);
    expect(await poller.pollOnce()).toMatchObject({ polled: [DEL, bremen], failed: [bremen] });
    advance(30_000);
    expect(await poller.pollOnce()).toMatchObject({ polled: [DEL, bremen], failed: [] });
    expect(await findRegion(db, bremen)).toMatchObject({ failures: 0 });
    expect(await findWarning(db, DWD)).toMatchObject({ regions: [DEL, bremen].sort(), withdrawnAt: null });
  });

  it("stores entries with missing fields using defaults and skips entries without id", async () => {
    const id = "mow.DE-NI-DEL-SE040-20240106-40-000";
    nina.route(DASHBOARD, { body: fixture("dashboard-missing-fields.json") });
    nina.route(detailPath(id), { body: fixture("mow-missing-fields.json") });

    await poller.pollOnce();
    await poller.pollOnce();

    expect(await findWarning(db, id)).toMatchObject({ msgType: "Alert", severity: "Unknown", version: 1 });
    // No hash from NINA: the entry's own hash keeps the second round from refetching.
    expect(nina.count(detailPath(id))).toBe(1);
    expect(await listWarnings(db)).toHaveLength(1);
  });

  it("retries details that failed on the next round, backs off after three, and asks for the full list meanwhile", async () => {
    serveAlert();
    const broken = { status: 404, html: "<html></html>" };
    nina.script(detailPath(MOW), [broken, broken, broken]);

    const first = await poller.pollOnce();
    expect(first.newStates).toBe(1);
    expect(await findWarning(db, MOW)).toBeNull();
    // The region answered; its ETag is not kept, or a 304 would hide the missing warning.
    expect(await findRegion(db, DEL)).toMatchObject({ etag: null, failures: 0 });

    // Asked again on the next two rounds; after the third failure it waits 60 s.
    for (const asked of [2, 3, 3]) {
      advance(30_000);
      await poller.pollOnce();
      expect(nina.count(detailPath(MOW))).toBe(asked);
    }
    expect(await findWarning(db, MOW)).toBeNull();

    advance(30_000);
    await poller.pollOnce();
    expect(nina.count(detailPath(MOW))).toBe(4);
    expect(await findWarning(db, MOW)).toMatchObject({ version: 1 });
    expect(await findRegion(db, DEL)).toMatchObject({ etag: '"alert"' });
  });

  it("polls the districts push subscribers chose, once each, and fetches shared warnings once", async () => {
    const bremen = "040110000000";
    const oldenburg = "034580000000";
    await insertSubscription({ places: [bremen, DEL], minSeverity: "Minor" });
    await insertSubscription({ places: [oldenburg, bremen] });
    // A municipality ARS: NINA would answer 404 with HTML every round.
    await insertSubscription({ places: ["034010001000"] });
    await db.insertInto("push_subscriptions").values(subscriptionRow("{not json")).execute();
    serveAlert();
    // Bremen lists the HA samples and, like Delmenhorst, the DWD storm.
    const haDashboard = z.array(z.unknown()).parse(readNinaFixture("ha-dashboard-sample.json"));
    const dwdEntry = z.array(z.unknown()).parse(fixture("dashboard-1-alert.json"))[1];
    nina.route(`/dashboard/${bremen}.json`, { body: [...haDashboard, dwdEntry] });
    nina.route(`/dashboard/${oldenburg}.json`, { body: [] });
    const details = z
      .record(z.string(), z.unknown())
      .parse(readNinaFixture("ha-warning-details-sample.json"));
    for (const [id, body] of Object.entries(details)) nina.route(detailPath(id), { body });

    const report = await poller.pollOnce();

    expect(report.polled).toEqual([DEL, oldenburg, bremen]);
    expect(nina.count(`/dashboard/034010001000.json`)).toBe(0);
    expect(nina.count(detailPath(DWD))).toBe(1);
    expect(await findWarning(db, DWD)).toMatchObject({ regions: [DEL, bremen].sort() });
    expect(await findWarning(db, "mow.DE-NW-BN-SE030-20201014-30-000")).toMatchObject({ regions: [bremen] });
    expect(await pushJobs(DWD)).toHaveLength(1);
  });

  it("adds a district that lists a known warning later without refetching or pushing again", async () => {
    serveAlert();
    await poller.pollOnce();
    const bremen = "040110000000";
    await insertSubscription({ places: [bremen] });
    const dwdEntry = z.array(z.unknown()).parse(fixture("dashboard-1-alert.json"))[1];
    nina.route(`/dashboard/${bremen}.json`, { body: [dwdEntry] });

    await poller.pollOnce();

    expect(await findWarning(db, DWD)).toMatchObject({ regions: [DEL, bremen].sort() });
    const [published] = (await listEntries(db, "warnings")).filter((e) => e.id === DWD);
    expect(published?.data).toMatchObject({ regions: [DEL, bremen].sort() });
    expect(nina.count(detailPath(DWD))).toBe(1);
    expect(await pushJobs(DWD)).toHaveLength(1);
    expect(await warningHistory(db, DWD)).toHaveLength(1);
  });

  // Seen in the wild: an empty answer, then one cut off. Two poll intervals later the warnings are in.
  it.each([
    ["dashboard", DASHBOARD, "dashboard-1-alert.json"],
    ["details", detailPath(MOW), "mow-1-alert.json"],
  ])(
    "stores new warnings within two poll intervals after NINA answered the %s empty, then cut off",
    async (_, path, good) => {
      serveAlert();
      nina.script(path, [{ empty: true }, { cutOff: true, body: fixture(good) }]);
      const intervalMs = 500;
      const looping = startWarningPoller({
        db,
        config: { ninaBaseUrl: nina.baseUrl, ninaPollSeconds: intervalMs / 1000 },
        logger: pino({ level: "silent" }),
        timeoutMs: 1_000,
      });
      try {
        await waitFor(() => nina.count(path) >= 2);
        // From here on the stand-in answers right. Counted in rounds, not in wall-clock time (a loaded
        // CI machine stretches every interval): neither glitch set a back-off (next_poll_at stays
        // null, checked for each broken answer above), and the warnings are in on the first round
        // that got the right answer, so at most two intervals after the cut-off one.
        await waitForAsync(async () => (await listWarnings(db)).length === 2, 20 * intervalMs);
        expect(nina.count(path)).toBe(3);
        expect((await listWarnings(db)).map((w) => w.id).sort()).toEqual([DWD, MOW].sort());
        // The round that stored them records the good answer at its end.
        await looping.pollOnce();
        expect(await findRegion(db, DEL)).toMatchObject({ failures: 0 });
      } finally {
        await looping.stop();
      }
    },
  );

  it("does not poll by itself when the interval is 0", async () => {
    serveAlert();
    await sleep(50);
    expect(nina.count(DASHBOARD)).toBe(0);
  });

  it("polls at start, and stop() ends the loop and aborts a hanging request without counting a failure", async () => {
    nina.route(DASHBOARD, { hang: true });
    const looping = startWarningPoller({
      db,
      config: { ninaBaseUrl: nina.baseUrl, ninaPollSeconds: 1 },
      logger: pino({ level: "silent" }),
      timeoutMs: 5_000,
    });
    await waitFor(() => nina.count(DASHBOARD) === 1);

    const started = Date.now();
    await looping.stop();

    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await findRegion(db, DEL))?.failures ?? 0).toBe(0);
    await sleep(1_200);
    expect(nina.count(DASHBOARD)).toBe(1);
    expect(await looping.pollOnce()).toEqual({
      polled: [],
      failed: [],
      detailsFetched: 0,
      newStates: 0,
      withdrawn: [],
    });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2_000) {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await sleep(10);
  }
}

async function waitForAsync(condition: () => Promise<boolean>, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await sleep(10);
  }
}

function subscriptionRow(preferences: string) {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    endpoint: `https://push.example.org/${randomUUID()}`,
    p256dh: "key",
    auth: "auth",
    manage_token_hash: "hash",
    account_id: null,
    preferences,
    created_at: now,
    updated_at: now,
  };
}

async function insertSubscription(preferences: Record<string, unknown>) {
  await db
    .insertInto("push_subscriptions")
    .values(subscriptionRow(JSON.stringify(preferences)))
    .execute();
}
