// Reminders of collection days by Web Push: a device switches them on with its push subscription's
// token, and the evening job writes each reminder once at the chosen Berlin time on the day before,
// also on the Saturdays and Sundays when the clocks change (SQLite, and PostgreSQL with TEST_DATABASE_URL).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pushPayloadSchema, pushRegistrationSchema } from "../../../src/lib/contract/warnings";
import type { CollectionDay, WasteReminder } from "../../../src/lib/contract/waste";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { preferences, pushHarness, type PushHarness } from "../push/engine-fixtures";
import { deleteSubscription } from "../push/store";
import { enqueueDueReminders } from "./reminders";
import { saveDistrictSettings, saveReminder, storeImport } from "./store";

describe("/api/waste/reminders", () => {
  let t: TestApp;
  let client: TestClient;
  beforeEach(async () => {
    t = await createTestApp();
    client = new TestClient(t);
    const keeper = (await createAccountWithSession(t, { role: "staff", department: "abfall" })).client;
    await keeper.json("PUT", "/api/staff/waste/districts/nord", {
      name: "Nord",
      sourceUrl: null,
      mapping: null,
    });
  });
  afterEach(() => t.close());

  const register = async () => {
    const created = await client.json("POST", "/api/push/subscriptions", {
      subscription: {
        endpoint: `https://push.example/send/waste-${Math.random().toString(36).slice(2)}`,
        expirationTime: null,
        keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
      },
      preferences: preferences({ topics: { warnings: false } }),
    });
    return pushRegistrationSchema.parse(created.body);
  };
  const reminder: WasteReminder = {
    districtId: "nord",
    bins: ["residual", "paper"],
    time: "19:30",
    language: "tr",
  };

  it("the device's own token switches its reminder on, changes and ends it; others see nothing", async () => {
    const { id, manageToken } = await register();
    const token = { "x-push-token": manageToken };
    const url = `/api/waste/reminders/${id}`;
    expect(await client.json("GET", url, undefined, token)).toMatchObject({
      status: 200,
      body: { reminder: null },
    });
    expect(await client.json("PUT", url, reminder, token)).toMatchObject({ status: 200, body: { reminder } });
    expect(await client.json("GET", url, undefined, token)).toMatchObject({
      status: 200,
      body: { reminder },
    });

    // Without the token (or with another device's) the subscription looks unknown.
    const other = await register();
    const wrong = { "x-push-token": other.manageToken };
    expect((await client.json("GET", url, undefined, wrong)).status).toBe(404);
    expect((await client.json("PUT", url, reminder)).status).toBe(404);
    expect((await client.json("DELETE", url, undefined, wrong)).status).toBe(404);

    const changed = { ...reminder, bins: ["bio"], time: "21:00" };
    expect(await client.json("PUT", url, changed, token)).toMatchObject({
      status: 200,
      body: { reminder: changed },
    });
    expect((await client.json("DELETE", url, undefined, token)).status).toBe(204);
    expect(await client.json("GET", url, undefined, token)).toMatchObject({ body: { reminder: null } });
  });

  it("refuses an unknown district, a bin twice, a morning time and a language the app does not speak", async () => {
    const { id, manageToken } = await register();
    const token = { "x-push-token": manageToken };
    const url = `/api/waste/reminders/${id}`;
    for (const bad of [
      { ...reminder, districtId: "sued" },
      { ...reminder, bins: ["paper", "paper"] },
      { ...reminder, bins: [] },
      { ...reminder, time: "07:00" },
      { ...reminder, time: "18:60" },
      { ...reminder, language: "fr" },
      { ...reminder, extra: true },
    ]) {
      const answer = await client.json<{ code: string }>("PUT", url, bad, token);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.body.code).toBe("validation_failed");
    }
  });

  it("a subscription removed by its device takes its reminder along", async () => {
    const { id, manageToken } = await register();
    const token = { "x-push-token": manageToken };
    await client.json("PUT", `/api/waste/reminders/${id}`, reminder, token);
    expect(await t.db.selectFrom("waste_reminders").select("subscription_id").execute()).toEqual([
      { subscription_id: id },
    ]);
    expect((await client.json("DELETE", `/api/push/subscriptions/${id}`, undefined, token)).status).toBe(204);
    expect(await t.db.selectFrom("waste_reminders").select("subscription_id").execute()).toEqual([]);
  });
});

describe("the evening job", () => {
  let h: PushHarness;
  beforeEach(async () => {
    h = await pushHarness();
  });
  afterEach(async () => {
    expect(h.endpoint.errors).toEqual([]);
    await h.close();
  });

  const district = async (days: CollectionDay[]) => {
    const now = new Date("2027-01-01T12:00:00Z");
    await saveDistrictSettings(h.db, { id: "nord", name: "Nord", sourceUrl: null, mapping: null }, now);
    await storeImport(h.db, "nord", { days, unmapped: [] }, now);
  };
  const device = async (
    bins: WasteReminder["bins"],
    time = "18:00",
    language: WasteReminder["language"] = "de",
  ) => {
    const subscriber = await h.subscribe(preferences({ topics: { warnings: false } }));
    await saveReminder(
      h.db,
      { subscriptionId: subscriber.subscriptionId, districtId: "nord", bins, time, language },
      new Date(),
    );
    return subscriber;
  };
  const jobRefs = async () =>
    (await h.db.selectFrom("push_jobs").select("ref").orderBy("ref").execute()).map((row) => row.ref);
  const at = (iso: string) => enqueueDueReminders(h.db, new Date(iso));

  it("fires once when the chosen time has passed, also after a restart, in the resident's language", async () => {
    await district([{ date: "2027-06-15", bins: ["residual", "paper", "bio"] }]);
    const resident = await device(["residual", "paper"], "19:30", "tr");
    // 14 June, summer time (UTC+2): 19:29 is too early, 19:30 is the time.
    expect(await at("2027-06-14T17:29:59Z")).toBe(0);
    expect(await at("2027-06-14T17:30:00Z")).toBe(1);
    // Later looks the same evening and a restarted process write nothing more.
    expect(await at("2027-06-14T17:31:00Z")).toBe(0);
    expect(await at("2027-06-14T21:59:00Z")).toBe(0);
    await h.engine().runPendingJobs();
    await h.engine().runPendingJobs();
    expect(await at("2027-06-14T20:00:00Z")).toBe(0);
    await h.engine().runPendingJobs();

    expect(await jobRefs()).toEqual([`waste:${resident.subscriptionId}:2027-06-15`]);
    expect(resident.received).toHaveLength(1);
    const payload = pushPayloadSchema.parse(resident.received[0]?.payload);
    // Only the chosen bins, in Turkish, and the notice opens /abfall.
    expect(payload).toEqual({
      topic: "waste",
      title: "Yarın çöp toplama günü",
      body: "Yarın toplanacak: evsel atık kutusu ve kâğıt kutusu. Lütfen her şeyi zamanında dışarı çıkarın.",
      url: "/abfall",
    });
    expect(resident.received[0]?.headers).toMatchObject({ urgency: "normal", ttl: String(14 * 3600) });

    // After midnight it is the collection day itself: too late for "the evening before".
    await district([{ date: "2027-06-16", bins: ["residual"] }]);
    expect(await at("2027-06-15T22:30:00Z")).toBe(0);
  });

  it("a bin not chosen does not fire, nor a day without collection", async () => {
    await district([
      { date: "2027-06-15", bins: ["bio"] },
      { date: "2027-06-17", bins: ["residual"] },
    ]);
    const resident = await device(["residual", "paper"]);
    expect(await at("2027-06-14T19:00:00Z")).toBe(0);
    expect(await at("2027-06-15T19:00:00Z")).toBe(0);
    expect(await at("2027-06-16T19:00:00Z")).toBe(1);
    expect(await jobRefs()).toEqual([`waste:${resident.subscriptionId}:2027-06-17`]);
  });

  it("keeps Berlin's time on the weekends the clocks change (last Sundays of March and October)", async () => {
    await district([
      { date: "2027-03-28", bins: ["residual"] },
      { date: "2027-03-29", bins: ["paper"] },
      { date: "2027-10-31", bins: ["residual"] },
      { date: "2027-11-01", bins: ["paper"] },
    ]);
    const resident = await device(["residual", "paper"]);
    const ref = (date: string) => `waste:${resident.subscriptionId}:${date}`;
    // Saturday 27 March, still winter time (UTC+1): 18:00 is 17:00Z.
    expect(await at("2027-03-27T16:59:00Z")).toBe(0);
    expect(await at("2027-03-27T17:00:00Z")).toBe(1);
    // Sunday 28 March, the clocks went forward at 02:00: 18:00 is 16:00Z.
    expect(await at("2027-03-28T15:59:00Z")).toBe(0);
    expect(await at("2027-03-28T16:00:00Z")).toBe(1);
    // Saturday 30 October, still summer time: 18:00 is 16:00Z.
    expect(await at("2027-10-30T15:59:00Z")).toBe(0);
    expect(await at("2027-10-30T16:00:00Z")).toBe(1);
    // Sunday 31 October, the clocks went back at 03:00: 18:00 is 17:00Z.
    expect(await at("2027-10-31T16:59:00Z")).toBe(0);
    expect(await at("2027-10-31T17:00:00Z")).toBe(1);
    expect(await jobRefs()).toEqual(
      [ref("2027-03-28"), ref("2027-03-29"), ref("2027-10-31"), ref("2027-11-01")].sort(),
    );
    await h.engine().runPendingJobs();
    expect(resident.received).toHaveLength(4);
  });

  it("a subscription removed after its reminder was written gets nothing", async () => {
    await district([{ date: "2027-06-15", bins: ["residual"] }]);
    const gone = await device(["residual"]);
    const staying = await device(["residual"]);
    expect(await at("2027-06-14T16:00:00Z")).toBe(2);
    await deleteSubscription(h.db, gone.subscriptionId);
    expect(await h.db.selectFrom("waste_reminders").select("subscription_id").execute()).toEqual([
      { subscription_id: staying.subscriptionId },
    ]);
    await h.engine().runPendingJobs();
    expect(gone.received).toHaveLength(0);
    expect(staying.received).toHaveLength(1);
    // Nor is one written for it again.
    expect(await at("2027-06-14T17:00:00Z")).toBe(0);
  });
});
