// A push service that hangs delays nobody else: the security probe's 260 endpoints that accepted
// connections and never answered held a Severe warning to a real subscriber for 75 s.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DELMENHORST_ARS } from "../../../src/lib/contract/warnings";
import { hashToken, newToken } from "../../http/session";
import { createAccount } from "../../testing/accounts";
import { startTarpit, type Tarpit } from "../../testing/tarpit";
import {
  NIGHT,
  OLDENBURG_DISTRICT,
  preferences,
  pushHarness,
  warning,
  type PushHarness,
} from "./engine-fixtures";
import { enqueuePushJob, enqueueWarningPush } from "./jobs";
import { postboxRef } from "./notifier";
import { postboxPayload } from "./payload";
import { createPushServicePolicy } from "./push-services";
import { type SignedInDevice, upsertSubscription } from "./store";

let h: PushHarness;
let tarpit: Tarpit;
beforeEach(async () => {
  h = await pushHarness();
  tarpit = await startTarpit();
});
afterEach(async () => {
  expect(h.endpoint.errors).toEqual([]);
  await h.close();
  await tarpit.close();
});

/** Subscriptions whose push service is the tarpit. */
async function hangingSubscriptions(count: number, places = [DELMENHORST_ARS], signedIn?: SignedInDevice) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { keys } = h.endpoint.createSubscriber();
    ids.push(
      await upsertSubscription(h.db, {
        endpoint: `${tarpit.origin}/push/hang-${i}`,
        ...keys,
        manageTokenHash: hashToken(newToken()),
        signedIn: signedIn ?? null,
        preferences: preferences({ places }),
      }),
    );
  }
  return ids;
}

const services = () =>
  createPushServicePolicy([new URL(h.endpoint.origin).host, new URL(tarpit.origin).host]);

async function within<T>(ms: number, probe: () => T | undefined): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("a push service that never answers", () => {
  it("does not delay a Severe warning to a real subscriber while 300 endpoints hang", async () => {
    await hangingSubscriptions(300);
    const real = await h.subscribe(preferences());
    const engine = h.engine({ services: services() });
    engine.start();
    const enqueued = Date.now();
    await enqueueWarningPush(h.db, warning());
    const ms = await within(2000, () => (real.received.length > 0 ? Date.now() - enqueued : undefined));
    expect(ms).toBeLessThan(2000);
    expect(tarpit.connections).toBeGreaterThan(0);
  });

  it("nor a later warning, nor behind postbox notices that wait for it", async () => {
    const account = await createAccount(h, { role: "citizen" });
    // Every slot for personal notices is taken by a job to a hanging device, and so is an
    // earlier warning (for another district).
    await hangingSubscriptions(2, [OLDENBURG_DISTRICT], await h.signIn(account.id));
    for (let i = 0; i < 6; i++) await enqueuePushJob(h.db, postboxRef(account.id), postboxPayload("de"));
    await enqueueWarningPush(h.db, warning({ id: "earlier", regions: [OLDENBURG_DISTRICT] }));
    const real = await h.subscribe(preferences());
    const engine = h.engine({ services: services() });
    engine.start();
    await within(1000, () => (tarpit.connections > 0 ? true : undefined));

    const enqueued = Date.now();
    await enqueueWarningPush(h.db, warning({ id: "later" }));
    const ms = await within(2000, () => (real.received.length > 0 ? Date.now() - enqueued : undefined));
    expect(ms).toBeLessThan(1000);
  });

  it("gives up on a message after the connect timeout, and removes a subscription after three over a day", async () => {
    const hanging = await hangingSubscriptions(3);
    const real = await h.subscribe(preferences());
    const fast = { ca: h.endpoint.ca, baseDelayMs: 10, connectTimeoutMs: 200, responseTimeoutMs: 200 };
    const left = () => h.db.selectFrom("push_subscriptions").select(["id", "timeouts"]).execute();
    const hangingCounts = async () =>
      (await left()).filter((r) => hanging.includes(r.id)).map((r) => r.timeouts);

    // Three warnings 13 hours apart: the third timeout in a row, a day after the first, removes them.
    for (const [round, hours] of [
      [1, 0],
      [2, 13],
      [3, 26],
    ] as const) {
      const w = warning({ version: round, hash: `h${round}`, expires: "2025-01-20T00:00:00Z" });
      await enqueueWarningPush(h.db, w);
      const at = new Date(NIGHT.getTime() + hours * 3600_000);
      const engine = h.engine({ services: services(), fetchOptions: fast, now: () => at });
      const started = Date.now();
      await engine.runPendingJobs();
      // One try each, no retries of a timeout: the job ends soon after the timeout.
      expect(Date.now() - started).toBeLessThan(2000);
      expect(await h.job(`warning:${w.id}:${w.hash}`)).toMatchObject({ status: "done", sent: 1, failed: 3 });
      expect(engine.stats.timeouts).toBe(3);
      expect(await hangingCounts()).toEqual(round < 3 ? [round, round, round] : []);
    }
    expect((await left()).map((r) => r.id)).toEqual([real.subscriptionId]);
    expect(real.received).toHaveLength(3);
  });

  it("keeps a subscription whose three timeouts fell within one bad hour", async () => {
    const [hanging] = await hangingSubscriptions(1);
    const fast = { ca: h.endpoint.ca, baseDelayMs: 10, connectTimeoutMs: 200, responseTimeoutMs: 200 };
    for (const round of [1, 2, 3, 4]) {
      await enqueueWarningPush(h.db, warning({ version: round, hash: `h${round}` }));
      await h.engine({ services: services(), fetchOptions: fast }).runPendingJobs();
    }
    const row = await h.db.selectFrom("push_subscriptions").select(["id", "timeouts"]).executeTakeFirst();
    expect(row).toEqual({ id: hanging, timeouts: 4 });
  });

  it("starts counting again when a message arrives", async () => {
    const real = await h.subscribe(preferences());
    await h.db.updateTable("push_subscriptions").set({ timeouts: 2 }).execute();
    await enqueueWarningPush(h.db, warning());
    await h.engine().runPendingJobs();
    expect(real.received).toHaveLength(1);
    const row = await h.db.selectFrom("push_subscriptions").select("timeouts").executeTakeFirstOrThrow();
    expect(row.timeouts).toBe(0);
  });
});

describe("push services that are not on the list", () => {
  it("are never connected to, and their subscriptions are removed", async () => {
    await hangingSubscriptions(2);
    const real = await h.subscribe(preferences());
    const w = warning();
    await enqueueWarningPush(h.db, w);
    // Only the real push service is allowed (the harness's default).
    await h.engine().runPendingJobs();
    expect(real.received).toHaveLength(1);
    expect(tarpit.connections).toBe(0);
    expect(await h.job(`warning:${w.id}:${w.hash}`)).toMatchObject({ sent: 1, removed: 2 });
    const rows = await h.db.selectFrom("push_subscriptions").select("id").execute();
    expect(rows.map((r) => r.id)).toEqual([real.subscriptionId]);
  });

  it("refuses a listed name that resolves to a private address when connecting", async () => {
    // A name that was public when the device subscribed and points inside the network now.
    const rebound = createPushServicePolicy(["push.rebind.test:" + new URL(tarpit.origin).port], async () => [
      "127.0.0.1",
    ]);
    const { keys } = h.endpoint.createSubscriber();
    await upsertSubscription(h.db, {
      endpoint: `https://push.rebind.test:${new URL(tarpit.origin).port}/push/x`,
      ...keys,
      manageTokenHash: hashToken(newToken()),
      signedIn: null,
      preferences: preferences(),
    });
    const w = warning();
    await enqueueWarningPush(h.db, w);
    await h.engine({ services: rebound }).runPendingJobs();
    expect(tarpit.connections).toBe(0);
    expect(await h.job(`warning:${w.id}:${w.hash}`)).toMatchObject({ removed: 1 });
  });
});
