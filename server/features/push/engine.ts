// The fan-out engine: takes push jobs oldest first, finds the subscribers each one concerns, and
// delivers through the push services. A job interrupted by a restart is resumed: deliveries
// recorded before are skipped, so a graceful restart sends nothing twice.
import { availableParallelism } from "node:os";
import type { Logger } from "pino";
import {
  pushPayloadSchema,
  type PushPayload,
  type PushPreferences,
} from "../../../src/lib/contract/warnings";
import type { Db } from "../../db/database";
import type { PushJobTable } from "../../db/schema";
import { createCryptoPool, inlineCrypto, type PushCrypto } from "./crypto-pool";
import { createDeliveryRecorder } from "./delivery-recorder";
import { pushJobSignal } from "./jobs";
import { topicOn, warningVerdict } from "./matching";
import { accountOfPersonalRef, applicationOfRef } from "./notifier";
import {
  applicationMessage,
  appointmentMessage,
  postboxMessage,
  warningMessage,
  type PushMessage,
} from "./payload";
import { createPushSender, type PushSenderOptions } from "./sender";
import {
  accountDevices,
  deliveredSubscriptionIds,
  listSubscriptions,
  parsePreferences,
  type SubscriptionRow,
} from "./store";
import type { VapidSigner } from "./vapid";

export type PushEngineOptions = {
  db: Db;
  logger: Logger;
  vapid: VapidSigner;
  /** Connections per push service, extra CA (tests), retry timing. */
  fetchOptions?: PushSenderOptions;
  /** Messages in flight at once (encrypting or sending). */
  concurrency?: number;
  /** Worker threads for the encryption; 0 encrypts on the main thread. Default: one per core. */
  cryptoWorkers?: number;
  pollMs?: number;
  /** Delivery records are written every this many deliveries or milliseconds, whichever first. */
  flushEvery?: number;
  flushMs?: number;
  now?: () => Date;
};

export type PushEngineStats = {
  jobs: number;
  sent: number;
  failed: number;
  removed: number;
  skipped: number;
};

export type PushEngine = {
  start(): void;
  /** Finishes the messages in flight, records them, and leaves the rest of the job for the next start. */
  stop(): Promise<void>;
  runPendingJobs(): Promise<void>;
  readonly stats: PushEngineStats;
};

type Target = { subscription: SubscriptionRow; message: PushMessage };

export function createPushEngine(options: PushEngineOptions): PushEngine {
  const { db, logger } = options;
  const now = options.now ?? (() => new Date());
  const concurrency = options.concurrency ?? 256;
  const workers = options.cryptoWorkers ?? availableParallelism();
  const crypto: PushCrypto = workers > 0 ? createCryptoPool({ workers }) : inlineCrypto();
  const sender = createPushSender(options.vapid, options.fetchOptions);
  const stats: PushEngineStats = { jobs: 0, sent: 0, failed: 0, removed: 0, skipped: 0 };
  let stopping = false;
  let current: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const nextJob = () =>
    db
      .selectFrom("push_jobs")
      .selectAll()
      .where("status", "in", ["pending", "running"])
      .orderBy("created_at")
      .orderBy("id")
      .executeTakeFirst();

  const markDone = (jobId: string) =>
    db
      .updateTable("push_jobs")
      .set({ status: "done", finished_at: now().toISOString() })
      .where("id", "=", jobId)
      .execute();

  /** Who gets the job's message, and in which words; "quiet" ones are recorded as skipped. */
  async function targetsOf(job: PushJobTable, payload: PushPayload) {
    const delivered = await deliveredSubscriptionIds(db, job.id);
    const targets: Target[] = [];
    const quiet: string[] = [];
    const messages = new Map<string, PushMessage>();
    const at = now();
    const messageIn = (language: string) => {
      let message = messages.get(language);
      if (!message) {
        message =
          payload.topic === "warnings"
            ? warningMessage(payload.warning, language, at)
            : payload.topic === "postbox"
              ? postboxMessage(language)
              : payload.topic === "applications"
                ? applicationMessage(language, applicationOfRef(job.ref))
                : appointmentMessage(language, job.ref);
        messages.set(language, message);
      }
      return message;
    };
    const accountId = payload.topic === "warnings" ? undefined : accountOfPersonalRef(job.ref, payload.topic);
    if (payload.topic !== "warnings" && !accountId) return { targets, quiet };
    // Sessions live in real time, whatever clock the engine was given (tests fix it for quiet hours).
    const subscriptions = accountId ? await accountDevices(db, accountId) : await listSubscriptions(db);
    // Most subscribers keep the defaults: each distinct preferences text is parsed once.
    const parsed = new Map<string, PushPreferences | null>();
    for (const subscription of subscriptions) {
      if (delivered.has(subscription.id)) continue;
      let preferences = parsed.get(subscription.preferences);
      if (preferences === undefined) {
        preferences = parsePreferences(subscription.preferences);
        parsed.set(subscription.preferences, preferences);
      }
      if (!preferences) continue;
      if (payload.topic === "warnings") {
        const verdict = warningVerdict(payload.warning, preferences, at);
        if (verdict === "quiet") quiet.push(subscription.id);
        if (verdict !== "send") continue;
      } else if (!topicOn(preferences, payload.topic)) continue;
      targets.push({ subscription, message: messageIn(preferences.language) });
    }
    return { targets, quiet };
  }

  async function runJob(job: PushJobTable) {
    if (job.status === "pending") {
      await db.updateTable("push_jobs").set({ status: "running" }).where("id", "=", job.id).execute();
    }
    const parsed = pushPayloadSchema.safeParse(JSON.parse(job.payload));
    if (!parsed.success) {
      logger.error({ job: job.id, topic: job.topic }, "push job with an unreadable payload: skipped");
      await markDone(job.id);
      return;
    }
    const started = performance.now();
    const { targets, quiet } = await targetsOf(job, parsed.data);
    const recorder = createDeliveryRecorder(db, job.id, options.flushEvery ?? 500, options.flushMs ?? 200);
    for (const id of quiet)
      recorder.add({ subscription_id: id, status: "skipped", attempts: 0, at: now().toISOString() });
    stats.skipped += quiet.length;

    let next = 0;
    const deliver = async ({ subscription, message }: Target) => {
      let outcome: "sent" | "failed" | "removed" = "failed";
      let attempts = 0;
      try {
        const body = await crypto.encrypt({ plaintext: message.plaintext, ...subscription });
        const result = await sender.send(subscription.endpoint, body, message);
        outcome = result.outcome;
        attempts = result.attempts;
      } catch (error) {
        // A key the browser gave that is no point on the curve, for example.
        logger.warn({ err: error, subscription: subscription.id }, "push message not sent");
      }
      stats[outcome]++;
      recorder.add({ subscription_id: subscription.id, status: outcome, attempts, at: now().toISOString() });
    };
    const lane = async () => {
      while (!stopping && next < targets.length) {
        const target = targets[next++];
        if (target) await deliver(target);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, lane));
    await recorder.close();
    if (next < targets.length) return; // stopped: the rest waits for the next start
    await markDone(job.id);
    stats.jobs++;
    const ms = Math.round(performance.now() - started);
    logger.info(
      { job: job.id, ref: job.ref, messages: targets.length, skipped: quiet.length, ms },
      "push job done",
    );
  }

  const drain = async () => {
    while (!stopping) {
      const job = await nextJob();
      if (!job) return;
      await runJob(job);
    }
  };

  const runPendingJobs = (): Promise<void> => {
    if (current) {
      again = true;
      return current;
    }
    current = (async () => {
      try {
        do {
          again = false;
          await drain();
        } while (again && !stopping);
      } finally {
        current = null;
      }
    })();
    return current;
  };

  const wake = () => {
    if (stopping) return;
    runPendingJobs().catch((error: unknown) => logger.error({ err: error }, "push engine: run failed"));
  };

  return {
    stats,
    runPendingJobs,
    start() {
      pushJobSignal.on("job", wake);
      timer = setInterval(wake, options.pollMs ?? 2000);
      timer.unref();
      wake();
    },
    async stop() {
      stopping = true;
      pushJobSignal.off("job", wake);
      clearInterval(timer);
      await current?.catch(() => {});
      await sender.close();
      await crypto.close();
    },
  };
}
