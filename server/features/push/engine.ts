// The fan-out engine: takes push jobs, finds the subscribers each one concerns, and delivers through
// the push services. A job interrupted by a restart is resumed: deliveries recorded before are
// skipped, so a graceful restart sends nothing twice.
// Nothing slow holds up a warning: jobs run side by side (warnings first, never waiting for a slot
// that postbox notices or reminders hold), and every push service has its own lanes, so a service
// that hangs delays only its own subscribers; on each service a warning's messages go before others'.
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
import { jobStatus, markJobDone, markJobRunning, openJobs as loadOpenJobs } from "./job-store";
import { pushJobSignal } from "./jobs";
import { topicOn, warningVerdict } from "./matching";
import { accountOfPersonalRef, applicationOfRef, chatOfRef } from "./notifier";
import {
  applicationMessage,
  appointmentMessage,
  chatMessage,
  postboxMessage,
  warningMessage,
  type PushMessage,
} from "./payload";
import type { PushServicePolicy } from "./push-services";
import { createPushSender, type PushSenderOptions, type SendOutcome } from "./sender";
import {
  accountDevices,
  agentMessageText,
  conversationDevices,
  deliveredSubscriptionIds,
  findSubscription,
  listSubscriptions,
  parsePreferences,
  reminderDevice,
  type SubscriptionRow,
} from "./store";
import { councilMessage, subscriptionOfCouncilRef } from "./council-payload";
import { councilStreamMessage, subscriptionOfCouncilStreamRef } from "./council-stream-payload";
import { reportMessage, subscriptionOfReportRef } from "./reports-payload";
import type { VapidSigner } from "./vapid";
import { subscriptionOfWasteRef, wasteMessage } from "./waste-payload";
import { CHAT_PUSH_PREVIEW_MAX } from "../../../src/lib/contract/chat";

/** The start of an answer on one line, cut with an ellipsis. */
const shortPreview = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > CHAT_PUSH_PREVIEW_MAX ? `${line.slice(0, CHAT_PUSH_PREVIEW_MAX - 1)}…` : line;
};

export type PushEngineOptions = {
  db: Db;
  logger: Logger;
  vapid: VapidSigner;
  /** The push services subscriptions may point to (PUSH_SERVICE_HOSTS). */
  services: PushServicePolicy;
  /** Connections per push service, timeouts, extra CA (tests), retry timing. */
  fetchOptions?: PushSenderOptions;
  /**
   * Messages in flight at once per push service (encrypting or sending). A service starts with
   * `initialConcurrency` and earns one more lane per message it accepts, up to `concurrency`: one
   * that never answers holds 16 messages, not 256, and no more of the encryption workers' time.
   */
  concurrency?: number;
  initialConcurrency?: number;
  /** Jobs in progress at once besides warnings, and warnings at once. */
  maxJobs?: number;
  maxWarningJobs?: number;
  /** Worker threads for the encryption; 0 encrypts on the main thread. Default: one per core. */
  cryptoWorkers?: number;
  pollMs?: number;
  /** How long a stop waits for messages in flight before it ends their connections (default 5 s). */
  stopGraceMs?: number;
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
  timeouts: number;
};

export type PushEngine = {
  start(): void;
  /** Finishes the messages in flight, records them, and leaves the rest of the job for the next start. */
  stop(): Promise<void>;
  /** Runs until no job is left (jobs written meanwhile included), or until stopped. */
  runPendingJobs(): Promise<void>;
  readonly stats: PushEngineStats;
};

type Target = { subscription: SubscriptionRow; message: PushMessage };

/** One job's messages to one push service; lanes of that service take them in turn. */
type Batch = {
  urgent: boolean;
  targets: Target[];
  next: number;
  inFlight: number;
  /** Never rejects; says how it went. */
  deliver(target: Target): Promise<SendOutcome | "not recorded">;
  /** Called once: true when every target was handled, false when the engine stopped first. */
  finish(complete: boolean): void;
  finished: boolean;
};

type ServiceLanes = { active: number; limit: number; batches: Batch[]; turn: number };

export function createPushEngine(options: PushEngineOptions): PushEngine {
  const { db, logger } = options;
  const now = options.now ?? (() => new Date());
  const concurrency = options.concurrency ?? 256;
  const initialConcurrency = Math.min(concurrency, options.initialConcurrency ?? 16);
  const maxJobs = options.maxJobs ?? 4;
  const maxWarningJobs = options.maxWarningJobs ?? 16;
  const workers = options.cryptoWorkers ?? availableParallelism();
  const crypto: PushCrypto = workers > 0 ? createCryptoPool({ workers }) : inlineCrypto();
  const sender = createPushSender(options.vapid, options.services, options.fetchOptions);
  const stats: PushEngineStats = { jobs: 0, sent: 0, failed: 0, removed: 0, skipped: 0, timeouts: 0 };
  const services = new Map<string, ServiceLanes>();
  const running = new Map<string, { urgent: boolean; done: Promise<void> }>();
  let stopping = false;
  /** Set when a stop ended the connections: what failed then was not the service's answer. */
  let aborted = false;
  let timer: NodeJS.Timeout | undefined;

  // ---- lanes per push service -------------------------------------------------------------

  /** The batch whose turn it is: warnings' batches first, round robin among equals. */
  const nextBatch = (lanes: ServiceLanes): Batch | undefined => {
    const open = lanes.batches.filter((b) => b.next < b.targets.length);
    const urgent = open.filter((b) => b.urgent);
    const pool = urgent.length > 0 ? urgent : open;
    if (pool.length === 0) return undefined;
    lanes.turn = (lanes.turn + 1) % pool.length;
    return pool[lanes.turn];
  };

  const settle = (origin: string, lanes: ServiceLanes, batch: Batch) => {
    if (batch.finished || batch.inFlight > 0) return;
    const complete = batch.next >= batch.targets.length;
    if (!complete && !stopping) return;
    batch.finished = true;
    lanes.batches = lanes.batches.filter((b) => b !== batch);
    if (lanes.batches.length === 0 && lanes.active === 0) services.delete(origin);
    batch.finish(complete);
  };

  const pump = (origin: string) => {
    const lanes = services.get(origin);
    if (!lanes) return;
    while (!stopping && lanes.active < lanes.limit) {
      const batch = nextBatch(lanes);
      if (!batch) break;
      const target = batch.targets[batch.next++];
      if (!target) continue;
      lanes.active++;
      batch.inFlight++;
      void batch
        .deliver(target)
        .catch((): SendOutcome => "failed")
        .then((outcome) => {
          // Slow start: every accepted message opens a lane; a timeout closes all but the first few.
          if (outcome === "sent") lanes.limit = Math.min(concurrency, lanes.limit + 1);
          else if (outcome === "timeout") lanes.limit = initialConcurrency;
          lanes.active--;
          batch.inFlight--;
          settle(origin, lanes, batch);
          pump(origin);
        });
    }
    if (stopping) for (const batch of [...lanes.batches]) settle(origin, lanes, batch);
  };

  /** Hands a job's targets to the lanes of their push services; true when all were handled. */
  const dispatch = async (targets: Target[], urgent: boolean, deliver: Batch["deliver"]) => {
    const byService = new Map<string, Target[]>();
    for (const target of targets) {
      let origin: string;
      try {
        origin = new URL(target.subscription.endpoint).origin;
      } catch {
        origin = "invalid:";
      }
      const list = byService.get(origin);
      if (list) list.push(target);
      else byService.set(origin, [target]);
    }
    const results = await Promise.all(
      [...byService].map(
        ([origin, list]) =>
          new Promise<boolean>((finish) => {
            let lanes = services.get(origin);
            if (!lanes) {
              lanes = { active: 0, limit: initialConcurrency, batches: [], turn: 0 };
              services.set(origin, lanes);
            }
            lanes.batches.push({
              urgent,
              targets: list,
              next: 0,
              inFlight: 0,
              deliver,
              finish,
              finished: false,
            });
            pump(origin);
          }),
      ),
    );
    return results.every(Boolean);
  };

  // ---- jobs ---------------------------------------------------------------------------------

  const markDone = (jobId: string) => markJobDone(db, jobId, now());

  /** Who gets the job's message, and in which words; "quiet" ones are recorded as skipped. */
  async function targetsOf(job: PushJobTable, payload: PushPayload) {
    if (payload.topic === "chat") return { targets: await chatTargetsOf(job), quiet: [] };
    if (payload.topic === "waste") return { targets: await wasteTargetsOf(job, payload), quiet: [] };
    if (payload.topic === "reports") return { targets: await reportTargetsOf(job, payload), quiet: [] };
    if (payload.topic === "council") return { targets: await councilTargetsOf(job, payload), quiet: [] };
    if (payload.topic === "council-stream")
      return { targets: await councilStreamTargetsOf(job, payload), quiet: [] };
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

  /**
   * An answer in the chat goes to the devices linked to that conversation (asked for on the chat
   * page), whatever their topics; the answer's start only to those that chose a preview.
   */
  async function chatTargetsOf(job: PushJobTable): Promise<Target[]> {
    const ref = chatOfRef(job.ref);
    if (!ref) return [];
    const delivered = await deliveredSubscriptionIds(db, job.id);
    const devices = (await conversationDevices(db, ref.conversationId)).filter((d) => !delivered.has(d.id));
    const text = devices.some((d) => d.preview === 1)
      ? await agentMessageText(db, ref.conversationId, ref.seq)
      : null;
    const preview = text === null ? null : shortPreview(text);
    const targets: Target[] = [];
    for (const { preview: wantsPreview, ...subscription } of devices) {
      const language = parsePreferences(subscription.preferences)?.language ?? "de";
      const message = chatMessage(language, ref.conversationId, wantsPreview === 1 ? preview : null);
      targets.push({ subscription, message });
    }
    return targets;
  }

  /** A waste reminder goes to the one device in its ref, already written in its resident's language. */
  async function wasteTargetsOf(job: PushJobTable, payload: PushPayload): Promise<Target[]> {
    const subscriptionId = subscriptionOfWasteRef(job.ref);
    if (!subscriptionId) return [];
    if ((await deliveredSubscriptionIds(db, job.id)).has(subscriptionId)) return [];
    const subscription = await reminderDevice(db, subscriptionId);
    return subscription ? [{ subscription, message: wasteMessage(payload, job.ref) }] : [];
  }

  /** A defect report's push goes to the one device in its ref, already in its resident's language. */
  async function reportTargetsOf(job: PushJobTable, payload: PushPayload): Promise<Target[]> {
    const subscriptionId = subscriptionOfReportRef(job.ref);
    if (!subscriptionId) return [];
    if ((await deliveredSubscriptionIds(db, job.id)).has(subscriptionId)) return [];
    const subscription = await findSubscription(db, subscriptionId);
    return subscription ? [{ subscription, message: reportMessage(payload, job.ref) }] : [];
  }

  /** A council alert goes to the one device in its ref, unless it switched the topic "council" off. */
  async function councilTargetsOf(job: PushJobTable, payload: PushPayload): Promise<Target[]> {
    const subscriptionId = subscriptionOfCouncilRef(job.ref);
    if (!subscriptionId) return [];
    if ((await deliveredSubscriptionIds(db, job.id)).has(subscriptionId)) return [];
    const subscription = await findSubscription(db, subscriptionId);
    const preferences = subscription ? parsePreferences(subscription.preferences) : null;
    if (!subscription || !preferences || !topicOn(preferences, "council")) return [];
    return [{ subscription, message: councilMessage(payload, job.ref) }];
  }

  /** "Erinnern" before a streamed meeting goes to the one device in its ref, which asked for it. */
  async function councilStreamTargetsOf(job: PushJobTable, payload: PushPayload): Promise<Target[]> {
    const subscriptionId = subscriptionOfCouncilStreamRef(job.ref);
    if (!subscriptionId) return [];
    if ((await deliveredSubscriptionIds(db, job.id)).has(subscriptionId)) return [];
    const subscription = await findSubscription(db, subscriptionId);
    return subscription ? [{ subscription, message: councilStreamMessage(payload, job.ref) }] : [];
  }

  async function runJob(job: PushJobTable) {
    // Another round may have finished it since it was read.
    const status = await jobStatus(db, job.id);
    if (status !== "pending" && status !== "running") return;
    if (status === "pending") await markJobRunning(db, job.id);
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

    const deliver = async ({ subscription, message }: Target) => {
      let outcome: SendOutcome = "failed";
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
      // Cut off by the stop: not recorded, so the next start tries it again.
      if (aborted && outcome !== "sent" && outcome !== "removed") return "not recorded";
      stats[outcome === "timeout" ? "timeouts" : outcome]++;
      recorder.add({
        subscription_id: subscription.id,
        status: outcome,
        attempts,
        at: now().toISOString(),
        clearsTimeouts: outcome === "sent" && subscription.timeouts > 0,
      });
      return outcome;
    };
    const complete = await dispatch(targets, parsed.data.topic === "warnings", deliver);
    await recorder.close();
    if (!complete) return; // stopped: the rest waits for the next start
    await markDone(job.id);
    stats.jobs++;
    const ms = Math.round(performance.now() - started);
    logger.info(
      { job: job.id, ref: job.ref, messages: targets.length, skipped: quiet.length, ms },
      "push job done",
    );
  }

  /** Warnings first, then the oldest; enough rows to fill the free slots of both kinds. */
  const openJobs = () => loadOpenJobs(db, maxJobs + maxWarningJobs + running.size);

  /** A job that failed (database trouble) waits for the next poll instead of a hot loop. */
  const failedUntil = new Map<string, number>();
  const pollMs = options.pollMs ?? 2000;

  /** Starts the open jobs there is room for. */
  const startJobs = async () => {
    const jobs = await openJobs();
    for (const job of jobs) {
      if (stopping) return;
      if (running.has(job.id) || (failedUntil.get(job.id) ?? 0) > Date.now()) continue;
      const urgent = job.topic === "warnings";
      const busy = [...running.values()].filter((r) => r.urgent === urgent).length;
      if (busy >= (urgent ? maxWarningJobs : maxJobs)) continue;
      const done = runJob(job)
        .then(
          () => void failedUntil.delete(job.id),
          (error: unknown) => {
            failedUntil.set(job.id, Date.now() + pollMs);
            logger.error({ err: error, job: job.id }, "push job failed; tried again at the next poll");
          },
        )
        .finally(() => {
          running.delete(job.id);
          // Its slot is free: the next job need not wait for the poll.
          if (started) wake();
        });
      running.set(job.id, { urgent, done });
    }
  };

  const runPendingJobs = async (): Promise<void> => {
    while (!stopping) {
      await startJobs();
      if (running.size === 0) return;
      // One finished job frees a slot (and may have been followed by new ones): look again.
      await Promise.race([...running.values()].map((r) => r.done));
    }
    await Promise.all([...running.values()].map((r) => r.done));
  };

  let started = false;
  let looking = false;
  let lookAgain = false;
  function wake() {
    if (stopping) return;
    // Wake-ups during a look (a burst of jobs) make one more look after it.
    if (looking) {
      lookAgain = true;
      return;
    }
    looking = true;
    startJobs()
      .catch((error: unknown) => logger.error({ err: error }, "push engine: run failed"))
      .finally(() => {
        looking = false;
        if (lookAgain) {
          lookAgain = false;
          wake();
        }
      });
  }

  return {
    stats,
    runPendingJobs,
    start() {
      started = true;
      pushJobSignal.on("job", wake);
      timer = setInterval(wake, pollMs);
      timer.unref();
      wake();
    },
    async stop() {
      stopping = true;
      pushJobSignal.off("job", wake);
      clearInterval(timer);
      for (const origin of [...services.keys()]) pump(origin);
      const jobs = Promise.all([...running.values()].map((r) => r.done));
      let grace: NodeJS.Timeout | undefined;
      const waited = await Promise.race([
        jobs.then(() => true),
        new Promise<false>(
          (resolve) => (grace = setTimeout(() => resolve(false), options.stopGraceMs ?? 5000)),
        ),
      ]);
      clearTimeout(grace);
      if (!waited) {
        aborted = true;
        await sender.destroy();
        await jobs;
      }
      await sender.close();
      await crypto.close();
    },
  };
}
