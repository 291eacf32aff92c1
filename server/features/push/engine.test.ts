import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pushPayloadSchema } from "../../../src/lib/contract/warnings";
import {
  deliveries,
  NIGHT,
  OLDENBURG_DISTRICT,
  preferences,
  pushHarness,
  warning,
  type PushHarness,
} from "./engine-fixtures";
import { createAccount } from "../../testing/accounts";
import { enqueuePushJob, enqueueWarningPush } from "./jobs";
import { postboxRef } from "./notifier";
import { postboxPayload } from "./payload";

let h: PushHarness;
beforeEach(async () => {
  h = await pushHarness();
});
afterEach(async () => {
  expect(h.endpoint.errors).toEqual([]);
  await h.close();
});

const payloadOf = (message: { payload: unknown } | undefined) => pushPayloadSchema.parse(message?.payload);

describe("push fan-out of a warning", () => {
  it("reaches exactly the subscribers whose preferences match, in their language", async () => {
    const german = await h.subscribe(preferences());
    const english = await h.subscribe(
      preferences({ language: "en", places: [OLDENBURG_DISTRICT, "034010000000"] }),
    );
    const elsewhere = await h.subscribe(preferences({ places: [OLDENBURG_DISTRICT] }));
    const onlyExtreme = await h.subscribe(preferences({ minSeverity: "Extreme" }));
    const onlyWeather = await h.subscribe(preferences({ sources: ["dwd"] }));
    const asleep = await h.subscribe(preferences({ quietHours: { from: "22:00", to: "06:30" } }));
    const noWarnings = await h.subscribe(
      preferences({ topics: { warnings: false, postbox: true, appointments: true } }),
    );

    const severe = warning();
    await enqueueWarningPush(h.db, severe);
    // Worker threads here, as in production; the other tests encrypt inline.
    const engine = h.engine({ cryptoWorkers: 2 });
    await engine.runPendingJobs();

    expect(german.received).toHaveLength(1);
    expect(english.received).toHaveLength(1);
    for (const nobody of [elsewhere, onlyExtreme, onlyWeather, asleep, noWarnings]) {
      expect(nobody.received).toHaveLength(0);
    }
    const de = payloadOf(german.received[0]);
    const en = payloadOf(english.received[0]);
    if (de.topic !== "warnings" || en.topic !== "warnings") throw new Error("not a warning");
    expect(Object.keys(de.warning.texts)).toEqual(["de"]);
    expect(de.warning.texts.de.headline).toBe("Großbrand in Delmenhorst-Deichhorst");
    expect(en.warning.texts.en?.headline).toBe("Major fire in Delmenhorst-Deichhorst");
    expect(en.warning.texts.en?.description).toBe("Keep windows and doors closed.");
    // RFC 8030: Severe is urgent, the topic lets an update replace it, TTL runs until expiry.
    expect(german.received[0]?.headers).toEqual({
      urgency: "high",
      topic: expect.stringMatching(/^[\w-]{32}$/),
      ttl: String((Date.parse("2025-01-16T05:00:00Z") - NIGHT.getTime()) / 1000),
    });
    expect(german.received[0]?.claims.aud).toBe(h.endpoint.origin);

    const job = await h.job(`warning:${severe.id}:${severe.hash}`);
    expect(job).toMatchObject({ status: "done", sent: 2, failed: 0, removed: 0 });
    const records = await deliveries(h.db, job.id);
    expect(records.find((r) => r.subscription_id === asleep.subscriptionId)?.status).toBe("skipped");
    expect(records.filter((r) => r.status === "sent")).toHaveLength(2);

    // An update of the same warning: Extreme now, so quiet hours and "only Extreme" let it through;
    // the same Topic replaces the earlier notification on the device.
    await enqueueWarningPush(h.db, warning({ severity: "Extreme", version: 2, hash: "h2" }));
    await engine.runPendingJobs();
    expect(german.received).toHaveLength(2);
    expect(onlyExtreme.received).toHaveLength(1);
    expect(asleep.received).toHaveLength(1);
    expect(elsewhere.received).toHaveLength(0);
    expect(onlyWeather.received).toHaveLength(0);
    expect(noWarnings.received).toHaveLength(0);
    expect(german.received[1]?.headers.topic).toBe(german.received[0]?.headers.topic);
    expect(engine.stats).toMatchObject({ jobs: 2, sent: 6, failed: 0 });
  });

  it("removes a subscription the push service answers 410 for, and counts it", async () => {
    const gone = await h.subscribe(preferences());
    const stays = await h.subscribe(preferences());
    h.endpoint.script(gone.id, { status: 410 });
    const w = warning();
    await enqueueWarningPush(h.db, w);
    await h.engine().runPendingJobs();

    expect(stays.received).toHaveLength(1);
    expect(gone.received).toHaveLength(0);
    const job = await h.job(`warning:${w.id}:${w.hash}`);
    expect(job).toMatchObject({ status: "done", sent: 1, removed: 1, failed: 0 });
    const rows = await h.db.selectFrom("push_subscriptions").select("id").execute();
    expect(rows.map((r) => r.id)).toEqual([stays.subscriptionId]);
  });

  it("retries 429 after Retry-After and 5xx with backoff, and gives up on other 4xx", async () => {
    const throttled = await h.subscribe(preferences());
    const flaky = await h.subscribe(preferences());
    const refused = await h.subscribe(preferences());
    h.endpoint.script(throttled.id, { status: 429, retryAfter: 1 });
    h.endpoint.script(flaky.id, { status: 500 }, { status: 503 });
    h.endpoint.script(refused.id, { status: 400 });
    const w = warning();
    await enqueueWarningPush(h.db, w);
    const started = Date.now();
    await h.engine().runPendingJobs();

    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(throttled.received).toHaveLength(1);
    expect(flaky.received).toHaveLength(1);
    expect(refused.received).toHaveLength(0);
    const job = await h.job(`warning:${w.id}:${w.hash}`);
    expect(job).toMatchObject({ status: "done", sent: 2, failed: 1, removed: 0 });
    const attempts = Object.fromEntries(
      (await deliveries(h.db, job.id)).map((r) => [r.subscription_id, [r.status, r.attempts]]),
    );
    expect(attempts).toEqual({
      [throttled.subscriptionId]: ["sent", 2],
      [flaky.subscriptionId]: ["sent", 3],
      [refused.subscriptionId]: ["failed", 1],
    });
  });

  it("shortens a long description so the message fits one 4 KB record", async () => {
    const reader = await h.subscribe(preferences());
    const long = warning();
    long.texts.de = {
      ...long.texts.de,
      description: `<p>${"Bitte meiden Sie das Gebiet. ".repeat(300)}</p>`,
    };
    await enqueueWarningPush(h.db, long);
    await h.engine().runPendingJobs();
    const payload = payloadOf(reader.received[0]);
    if (payload.topic !== "warnings") throw new Error("not a warning");
    expect(payload.warning.texts.de.description).toMatch(/^Bitte meiden Sie das Gebiet\. .*…$/);
    expect(Buffer.byteLength(JSON.stringify(payload))).toBeLessThanOrEqual(3993);
  });
});

describe("push notices the app writes", () => {
  it("come in each device's language, Arabic too, and German where the device chose German", async () => {
    const account = await createAccount(h, { role: "citizen" });
    const topics = { warnings: false, postbox: true };
    const arabic = await h.subscribe(preferences({ language: "ar", topics }), await h.signIn(account.id));
    const german = await h.subscribe(preferences({ topics }), await h.signIn(account.id));
    // The notifier enqueues the German record; the engine writes each device's language.
    await enqueuePushJob(h.db, postboxRef(account.id), postboxPayload("de"));
    await h.engine().runPendingJobs();

    expect(payloadOf(arabic.received[0])).toMatchObject({
      topic: "postbox",
      title: "رسالة جديدة في صندوق البريد",
      body: "توجد في حساب المواطن الخاص بكم رسالة جديدة من مدينة ديلمنهورست.",
      url: "/konto/postfach",
    });
    expect(payloadOf(german.received[0])).toMatchObject({ title: "Neue Nachricht im Postfach" });
  });
});
