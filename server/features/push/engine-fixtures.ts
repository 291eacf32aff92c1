// Shared by the engine tests: a database, a local push service, and warnings and preferences to
// combine. Not used by the server itself.
import { pino } from "pino";
import { DELMENHORST_ARS, type PushPreferences, type Warning } from "../../../src/lib/contract/warnings";
import type { Db } from "../../db/database";
import { hashToken, newToken } from "../../http/session";
import { insertSession } from "../../platform/sessions/store";
import { startPushEndpoint, type PushEndpoint, type TestSubscriber } from "../../testing/push-endpoint";
import { openTestDatabase } from "../../testing/test-app";
import { createPushEngine, type PushEngineOptions } from "./engine";
import { createPushServicePolicy } from "./push-services";
import { type SignedInDevice, upsertSubscription } from "./store";
import { createVapidSigner, generateVapidKeys } from "./vapid";

export const OLDENBURG_DISTRICT = "034580000000";

/** 00:30 in Delmenhorst: inside the usual quiet hours. */
export const NIGHT = new Date("2025-01-15T23:30:00Z");

export function preferences(overrides: Partial<PushPreferences> = {}): PushPreferences {
  return {
    places: [DELMENHORST_ARS],
    minSeverity: "Minor",
    sources: ["mowas", "biwapp", "katwarn", "dwd", "lhp", "police", "city"],
    language: "de",
    quietHours: null,
    topics: { warnings: true, postbox: true, appointments: true },
    ...overrides,
  };
}

export function warning(overrides: Partial<Warning> = {}): Warning {
  const text = (headline: string, description: string) => ({
    headline,
    event: null,
    description,
    instruction: null,
    contact: null,
    web: null,
  });
  return {
    id: "mow.DE-NI-DEL-W001",
    provider: "mowas",
    version: 1,
    hash: "h1",
    msgType: "Alert",
    references: [],
    severity: "Severe",
    urgency: "Immediate",
    certainty: "Observed",
    eventCode: null,
    sender: "Feuerwehr Delmenhorst",
    sent: "2025-01-15T23:00:00Z",
    onset: null,
    expires: "2025-01-16T05:00:00Z",
    texts: {
      de: text("Großbrand in Delmenhorst-Deichhorst", "Fenster und Türen geschlossen halten."),
      en: text("Major fire in Delmenhorst-Deichhorst", "Keep windows and doors closed."),
    },
    areas: ["Stadt Delmenhorst"],
    regions: [DELMENHORST_ARS],
    noticeKind: null,
    fetchedAt: "2025-01-15T23:00:05Z",
    withdrawnAt: null,
    area: null,
    ...overrides,
  };
}

export type PushHarness = Awaited<ReturnType<typeof pushHarness>>;

export async function pushHarness(options: { delayMs?: number } = {}) {
  const { db, close } = await openTestDatabase();
  const endpoint: PushEndpoint = await startPushEndpoint(options);
  const vapid = createVapidSigner(generateVapidKeys(), "mailto:push@delmenhorst.de");
  const engines: { stop(): Promise<void> }[] = [];
  return {
    db,
    endpoint,
    vapid,
    /** A browser with a push subscription stored with these preferences. */
    async subscribe(prefs: PushPreferences, signedIn: SignedInDevice | null = null) {
      const subscriber: TestSubscriber = endpoint.createSubscriber();
      const id = await upsertSubscription(db, {
        endpoint: subscriber.endpoint,
        ...subscriber.keys,
        manageTokenHash: hashToken(newToken()),
        signedIn,
        preferences: prefs,
      });
      return { ...subscriber, subscriptionId: id };
    },
    /** A session of the account on some device, as sign-in makes it (server/http/session.ts). */
    async signIn(accountId: string, expiresInMs = 3600_000): Promise<SignedInDevice> {
      const sessionHash = hashToken(newToken());
      const now = new Date();
      await insertSession(db, {
        id_hash: sessionHash,
        account_id: accountId,
        persistent: 0,
        user_agent: null,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + expiresInMs).toISOString(),
      });
      return { accountId, sessionHash };
    },
    engine(overrides: Partial<PushEngineOptions> = {}) {
      const engine = createPushEngine({
        db,
        logger: pino({ level: "silent" }),
        vapid,
        services: createPushServicePolicy([new URL(endpoint.origin).host]),
        fetchOptions: { ca: endpoint.ca, baseDelayMs: 10, connections: 4 },
        cryptoWorkers: 0,
        // Messages to a hanging service are cut off soon at the end of a test.
        stopGraceMs: 300,
        now: () => NIGHT,
        ...overrides,
      });
      engines.push(engine);
      return engine;
    },
    async job(ref: string) {
      return db.selectFrom("push_jobs").selectAll().where("ref", "=", ref).executeTakeFirstOrThrow();
    },
    async close() {
      await Promise.all(engines.map((engine) => engine.stop()));
      await endpoint.close();
      await close();
    },
  };
}

export async function deliveries(db: Db, jobId: string) {
  return db.selectFrom("push_deliveries").selectAll().where("job_id", "=", jobId).execute();
}
