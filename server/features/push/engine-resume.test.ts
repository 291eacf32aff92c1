import { afterEach, describe, expect, it } from "vitest";
import { pushPayloadSchema } from "../../../src/lib/contract/warnings";
import { createAccount } from "../../testing/accounts";
import { deliveries, preferences, pushHarness, warning, type PushHarness } from "./engine-fixtures";
import { enqueuePushJob, enqueueWarningPush } from "./jobs";
import { appointmentRef, pushNotifier } from "./notifier";
import { appointmentPayload } from "./payload";

let h: PushHarness | undefined;
afterEach(async () => {
  expect(h?.endpoint.errors).toEqual([]);
  await h?.close();
  h = undefined;
});

describe("a push job across a restart", () => {
  it("resumes after a stop in the middle and sends nothing twice", async () => {
    h = await pushHarness({ delayMs: 20 });
    const harness = h;
    const subscribers = await Promise.all(Array.from({ length: 8 }, () => harness.subscribe(preferences())));
    const w = warning();
    await enqueueWarningPush(h.db, w);

    const first = h.engine({ concurrency: 2, flushMs: 10 });
    let stopping: Promise<void> | undefined;
    h.endpoint.onMessage = () => {
      if (h && h.endpoint.counts.accepted === 3) stopping = first.stop();
    };
    await first.runPendingJobs();
    await stopping;
    const job = await h.job(`warning:${w.id}:${w.hash}`);
    expect(job.status).toBe("running");
    const recorded = (await deliveries(h.db, job.id)).length;
    expect(recorded).toBeGreaterThanOrEqual(3);
    expect(recorded).toBeLessThan(8);
    expect(h.endpoint.counts.accepted).toBe(recorded);

    // The server starts again: a new engine on the same database.
    h.endpoint.onMessage = undefined;
    const second = h.engine();
    await second.runPendingJobs();
    for (const subscriber of subscribers) expect(subscriber.received).toHaveLength(1);
    expect(second.stats.sent).toBe(8 - recorded);
    expect(await h.job(`warning:${w.id}:${w.hash}`)).toMatchObject({ status: "done", sent: 8 });
  });

  it("skips subscribers whose delivery was recorded before a crash", async () => {
    h = await pushHarness();
    const before = await h.subscribe(preferences());
    const after = await h.subscribe(preferences());
    const w = warning();
    await enqueueWarningPush(h.db, w);
    const job = await h.job(`warning:${w.id}:${w.hash}`);
    // What a process left behind that died after recording its first batch.
    await h.db
      .updateTable("push_jobs")
      .set({ status: "running", sent: 1 })
      .where("id", "=", job.id)
      .execute();
    await h.db
      .insertInto("push_deliveries")
      .values({
        job_id: job.id,
        subscription_id: before.subscriptionId,
        status: "sent",
        attempts: 1,
        at: "x",
      })
      .execute();

    await h.engine().runPendingJobs();
    expect(before.received).toHaveLength(0);
    expect(after.received).toHaveLength(1);
    expect(await h.job(`warning:${w.id}:${w.hash}`)).toMatchObject({ status: "done", sent: 2 });
  });
});

describe("postbox notices by push", () => {
  it("go to the account's devices that want them, in their language, without the message", async () => {
    h = await pushHarness();
    const account = await createAccount(h, { role: "citizen" });
    const other = await createAccount(h, { role: "citizen" });
    const phone = await h.subscribe(preferences(), await h.signIn(account.id));
    const laptop = await h.subscribe(preferences({ language: "en" }), await h.signIn(account.id));
    const muted = await h.subscribe(
      preferences({ topics: { warnings: true, postbox: false, appointments: true } }),
      await h.signIn(account.id),
    );
    const anonymous = await h.subscribe(preferences());
    const someoneElse = await h.subscribe(preferences(), await h.signIn(other.id));
    // A shared terminal signed out since (its session row is gone), and a device whose session expired.
    const terminal = await h.signIn(account.id);
    const leftBehind = await h.subscribe(preferences(), terminal);
    await h.db.deleteFrom("sessions").where("id_hash", "=", terminal.sessionHash).execute();
    const expired = await h.subscribe(preferences(), await h.signIn(account.id, -1000));

    await pushNotifier(h.db).newPostboxMessage({ id: account.id, email: account.email, language: "de" });
    await h.engine().runPendingJobs();

    expect(pushPayloadSchema.parse(phone.received[0]?.payload)).toEqual({
      topic: "postbox",
      title: "Neue Nachricht im Postfach",
      body: "In Ihrem Bürgerkonto liegt eine neue Nachricht der Stadt Delmenhorst.",
      url: "/konto/postfach",
    });
    expect(pushPayloadSchema.parse(laptop.received[0]?.payload)).toMatchObject({
      title: "New message in your postbox",
    });
    expect(phone.received[0]?.headers).toMatchObject({ urgency: "normal", ttl: String(28 * 24 * 3600) });
    for (const nobody of [muted, anonymous, someoneElse, leftBehind, expired])
      expect(nobody.received).toHaveLength(0);
  });

  it("creates no job for an account without devices", async () => {
    h = await pushHarness();
    const account = await createAccount(h, { role: "citizen" });
    await pushNotifier(h.db).newPostboxMessage({ id: account.id, email: account.email, language: "de" });
    expect(await h.db.selectFrom("push_jobs").select("id").execute()).toEqual([]);
  });
});

describe("appointment reminders by push", () => {
  it("go to the account's signed-in devices with appointment notices on, naming no details", async () => {
    h = await pushHarness();
    const account = await createAccount(h, { role: "citizen" });
    const phone = await h.subscribe(preferences({ language: "en" }), await h.signIn(account.id));
    const muted = await h.subscribe(
      preferences({ topics: { warnings: true, postbox: true, appointments: false } }),
      await h.signIn(account.id),
    );
    const anonymous = await h.subscribe(preferences());

    await enqueuePushJob(h.db, appointmentRef(account.id, "appointment-1", 0), appointmentPayload("de"));
    await h.engine().runPendingJobs();

    expect(pushPayloadSchema.parse(phone.received[0]?.payload)).toEqual({
      topic: "appointments",
      title: "Reminder of your appointment tomorrow",
      body: 'Time, place and what to bring are in the app under "My appointments".',
      url: "/termine/meine",
    });
    expect(phone.received[0]?.headers).toMatchObject({ urgency: "normal", ttl: String(12 * 3600) });
    for (const nobody of [muted, anonymous]) expect(nobody.received).toHaveLength(0);
  });
});
