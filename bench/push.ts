// Push fan-out, as the warnings issue asks: one warning to 20,000 subscriptions, each with its own
// keys, delivered to a local push service running in a separate process (server/testing/push-endpoint.ts,
// not decrypting, so that it takes as little of the machine as it can). Measured in one run:
//   (a) web-push's sendNotification in a plain loop, 50 in flight, keep-alive agent;
//   (b) our engine (server/features/push/engine.ts) on the same subscriptions;
//   (c) node's P-256 computeSecret on every core: the bound of any RFC 8291 sender, which needs one
//       ECDH (plus a key generation) per message;
// and the time from a change at the (stand-in) NINA to the first push sent by the real server process.
import { type ChildProcess, spawn } from "node:child_process";
import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { Agent, request } from "node:https";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { pino } from "pino";
import webPush from "web-push";
import { type PushPreferences, type Warning, warningsStatusSchema } from "../src/lib/contract/warnings";
import { z } from "../src/lib/contract/zod";
import { type Db, openDatabase } from "../server/db/database";
import { createPushEngine } from "../server/features/push/engine";
import { enqueueWarningPush } from "../server/features/push/jobs";
import { createPushServicePolicy } from "../server/features/push/push-services";
import { warningMessage } from "../server/features/push/payload";
import { createVapidSigner, generateVapidKeys } from "../server/features/push/vapid";
import { normalizeNinaWarning } from "../server/features/warnings/normalize";
import { hashToken, newToken } from "../server/http/session";
import { ninaWarningSchema } from "../server/integrations/nina";
import { readNinaFixture, startNinaFixtureServer } from "../server/testing/nina-fixture-server";
import { startTarpit } from "../server/testing/tarpit";
import { findFreePort } from "./server";

export const PUSH_SUBSCRIPTIONS = 20_000;
const NAIVE_IN_FLIGHT = 50;
const DELMENHORST = "034010000000";
const WARM_UP_REGION = "034580000000";
const VAPID_SUBJECT = "mailto:bench@delmenhorst.invalid";

export type PushBench = {
  naivePerSecond: number;
  enginePerSecond: number;
  ecdhBoundPerSecond: number;
};

export type WarningLatency = {
  /** From the change at NINA to the first push, with the server polling every second. */
  fromChangeMs: number;
  /** From NINA answering the changed dashboard to the first push: the server's own part. */
  fromFetchMs: number;
  /** From the change to the last of the 20,000 messages, through the real server process. */
  allSentMs: number;
};

type Subscriber = { id: string; endpoint: string; p256dh: string; auth: string };

const preferences = (place: string): PushPreferences => ({
  places: [place],
  minSeverity: "Minor",
  sources: ["mowas", "biwapp", "katwarn", "dwd", "lhp", "police", "city"],
  language: "de",
  quietHours: null,
  topics: { warnings: true },
});

// ---------------------------------------------------------------------------------------------
// The push service in its own process

const endpointStatsSchema = z.object({
  requests: z.number(),
  accepted: z.number(),
  firstAcceptedAt: z.number().nullable(),
  lastAcceptedAt: z.number().nullable(),
});
type EndpointStats = z.infer<typeof endpointStatsSchema>;

type EndpointProcess = {
  origin: string;
  caFile: string;
  ca: string;
  stats(reset?: boolean): Promise<EndpointStats>;
  stop(): Promise<void>;
};

async function startEndpointProcess(root: string, dir: string): Promise<EndpointProcess> {
  const caFile = join(dir, "push-ca.pem");
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "server/testing/push-endpoint.ts", "--no-verify", "--ca-out", caFile],
    { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
  );
  if (!child.stdout) throw new Error("push endpoint without stdout");
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`push endpoint exited with ${code}`)));
  });
  const { origin } = z.object({ origin: z.string() }).parse(JSON.parse(firstLine));
  const ca = await readFile(caFile, "utf8");
  const statsAgent = new Agent({ ca });
  const stats = async (reset = false) => {
    const response = await fetchWithCa(`${origin}/stats`, reset ? "POST" : "GET", statsAgent);
    return endpointStatsSchema.parse(JSON.parse(response));
  };
  return {
    origin,
    caFile,
    ca,
    stats,
    stop: async () => {
      statsAgent.destroy();
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

/** fetch() cannot take a CA per request; node:https can. */
function fetchWithCa(url: string, method: string, agent: Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });
}

// ---------------------------------------------------------------------------------------------
// Subscriptions and the warning

function makeSubscribers(origin: string, count: number, prefix: string): Subscriber[] {
  return Array.from({ length: count }, (_, i) => {
    const keys = createECDH("prime256v1");
    keys.generateKeys();
    return {
      id: randomUUID(),
      endpoint: `${origin}/push/${prefix}${i}`,
      p256dh: keys.getPublicKey().toString("base64url"),
      auth: randomBytes(16).toString("base64url"),
    };
  });
}

async function insertSubscriptions(db: Db, subscribers: Subscriber[], place: string): Promise<void> {
  const now = new Date().toISOString();
  const prefs = JSON.stringify(preferences(place));
  for (let i = 0; i < subscribers.length; i += 500) {
    const rows = subscribers.slice(i, i + 500).map((s) => ({
      ...s,
      manage_token_hash: hashToken(newToken()),
      account_id: null,
      session_hash: null,
      preferences: prefs,
      created_at: now,
      updated_at: now,
    }));
    await db.insertInto("push_subscriptions").values(rows).execute();
  }
}

const MOWAS_ID = "mow.DE-NI-DEL-SE040-20240105-40-000";

/** The recorded Delmenhorst alert (German and English) as the poller would store it. */
function recordedWarning(overrides: Partial<Warning> = {}): Warning {
  const detail = ninaWarningSchema.parse(readNinaFixture("delmenhorst/mow-1-alert.json"));
  const warning = normalizeNinaWarning({
    id: MOWAS_ID,
    detail,
    regions: [DELMENHORST],
    fetchedAt: new Date().toISOString(),
  });
  return { ...warning, expires: new Date(Date.now() + 6 * 3600_000).toISOString(), ...overrides };
}

// ---------------------------------------------------------------------------------------------
// (a) web-push, (b) the engine, (c) the ECDH bound

async function naiveRate(endpoint: EndpointProcess, subscribers: Subscriber[], warning: Warning) {
  const keys = generateVapidKeys();
  const message = warningMessage(warning, "de", new Date());
  const agent = new Agent({ keepAlive: true, maxSockets: NAIVE_IN_FLIGHT, ca: endpoint.ca });
  const options: webPush.RequestOptions = {
    vapidDetails: { subject: VAPID_SUBJECT, publicKey: keys.publicKey, privateKey: keys.privateKey },
    TTL: message.ttl,
    urgency: message.urgency,
    topic: message.topic,
    agent,
  };
  await endpoint.stats(true);
  let next = 0;
  let failed = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < subscribers.length) {
      const s = subscribers[next++]!;
      try {
        await webPush.sendNotification(
          { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } },
          message.plaintext,
          options,
        );
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: NAIVE_IN_FLIGHT }, lane));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const { accepted } = await endpoint.stats();
  if (accepted !== subscribers.length || failed > 0) {
    throw new Error(`web-push: ${accepted} of ${subscribers.length} accepted, ${failed} failed`);
  }
  return subscribers.length / seconds;
}

async function engineRate(endpoint: EndpointProcess, subscribers: Subscriber[], warning: Warning) {
  const db = await openDatabase({});
  try {
    await insertSubscriptions(db, subscribers, DELMENHORST);
    // A small job first: the crypto workers start and the connections open, as in a running server.
    const warmUp = makeSubscribers(endpoint.origin, 500, "warm");
    await insertSubscriptions(db, warmUp, WARM_UP_REGION);
    const engine = createPushEngine({
      db,
      logger: pino({ level: "warn" }),
      vapid: createVapidSigner(generateVapidKeys(), VAPID_SUBJECT),
      services: createPushServicePolicy([new URL(endpoint.origin).host]),
      fetchOptions: { ca: endpoint.ca },
    });
    try {
      await enqueueWarningPush(db, recordedWarning({ id: "warm-up", regions: [WARM_UP_REGION] }));
      await engine.runPendingJobs();
      await endpoint.stats(true);
      await enqueueWarningPush(db, warning);
      const started = performance.now();
      await engine.runPendingJobs();
      const seconds = (performance.now() - started) / 1000;
      const { accepted } = await endpoint.stats();
      if (accepted !== subscribers.length) {
        throw new Error(`engine: ${accepted} of ${subscribers.length} accepted`);
      }
      return subscribers.length / seconds;
    } finally {
      await engine.stop();
    }
  } finally {
    await db.destroy();
  }
}

// Plain CommonJS: eval'd workers run without tsx.
const ECDH_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { createECDH } = require("node:crypto");
const peer = createECDH("prime256v1"); peer.generateKeys();
const own = createECDH("prime256v1"); own.generateKeys();
const point = peer.getPublicKey();
let n = 0; const end = Date.now() + workerData.ms;
while (Date.now() < end) { for (let i = 0; i < 100; i++) own.computeSecret(point); n += 100; }
parentPort.postMessage(n / (workerData.ms / 1000));
`;

/** computeSecret per second on all cores at once (one thread each). */
async function ecdhBound(ms = 2000): Promise<number> {
  const rates = await Promise.all(
    Array.from(
      { length: availableParallelism() },
      () =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(ECDH_WORKER, { eval: true, workerData: { ms } });
          worker.once("message", (rate: number) => resolve(rate));
          worker.once("error", reject);
        }),
    ),
  );
  return rates.reduce((sum, rate) => sum + rate, 0);
}

export async function benchPushFanOut(root: string, count = PUSH_SUBSCRIPTIONS): Promise<PushBench> {
  const dir = await mkdtemp(join(tmpdir(), "delmenhorst-push-bench-"));
  const endpoint = await startEndpointProcess(root, dir);
  try {
    const subscribers = makeSubscribers(endpoint.origin, count, "s");
    const warning = recordedWarning();
    const ecdhBoundPerSecond = await ecdhBound();
    const naivePerSecond = await naiveRate(endpoint, subscribers, warning);
    const enginePerSecond = await engineRate(endpoint, subscribers, warning);
    return { naivePerSecond, enginePerSecond, ecdhBoundPerSecond };
  } finally {
    await endpoint.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// From NINA to the first push, through the real server process

export async function benchWarningLatency(root: string, count = PUSH_SUBSCRIPTIONS): Promise<WarningLatency> {
  const dir = await mkdtemp(join(tmpdir(), "delmenhorst-push-latency-"));
  const endpoint = await startEndpointProcess(root, dir);
  const nina = await startNinaFixtureServer();
  let server: ChildProcess | undefined;
  try {
    const dataDir = join(dir, "data");
    const db = await openDatabase({ dataDir });
    await insertSubscriptions(db, makeSubscribers(endpoint.origin, count, "s"), DELMENHORST);
    await db.destroy();

    const dashboard = `/dashboard/${DELMENHORST}.json`;
    nina.route(dashboard, { body: [] });
    const port = await findFreePort(4480);
    server = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        NINA_BASE_URL: nina.baseUrl,
        NINA_POLL_SECONDS: "1",
        // The push service's self-signed certificate, trusted by this server process only.
        NODE_EXTRA_CA_CERTS: endpoint.caFile,
        PUSH_SERVICE_HOSTS: new URL(endpoint.origin).host,
      },
    });
    await waitForFirstPoll(`http://127.0.0.1:${port}`);
    await endpoint.stats(true);

    const [entry] = z.array(z.unknown()).parse(readNinaFixture("delmenhorst/dashboard-1-alert.json"));
    nina.route(`/warnings/${MOWAS_ID}.json`, { body: readNinaFixture("delmenhorst/mow-1-alert.json") });
    nina.route(`/warnings/${MOWAS_ID}.geojson`, { body: readNinaFixture("delmenhorst/mow-area.geojson") });
    const changedAt = Date.now();
    nina.route(dashboard, { body: [entry] });

    const deadline = Date.now() + 120_000;
    let stats = await endpoint.stats();
    while (stats.accepted < count && Date.now() < deadline) {
      await sleep(20);
      stats = await endpoint.stats();
    }
    if (stats.accepted < count || stats.firstAcceptedAt === null || stats.lastAcceptedAt === null) {
      throw new Error(`server: ${stats.accepted} of ${count} messages within 120 s`);
    }
    const fetchedAt = nina.requests.find((r) => r.path === dashboard && r.at >= changedAt)?.at ?? changedAt;
    return {
      fromChangeMs: stats.firstAcceptedAt - changedAt,
      fromFetchMs: stats.firstAcceptedAt - fetchedAt,
      allSentMs: stats.lastAcceptedAt - changedAt,
    };
  } finally {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server?.once("exit", resolve));
    }
    await nina.close();
    await endpoint.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// A Severe warning to a real subscriber while 300 endpoints hang (the security probe's tarpit)

export const TARPIT_ENDPOINTS = Number(process.env.TARPITS ?? 300);

/**
 * Milliseconds from the warning's job to its message at the real subscriber's push service, while
 * TARPIT_ENDPOINTS subscriptions point to a service that accepts connections and never answers.
 * The engine runs as in the server: started, woken by the job, default timeouts and lanes.
 */
export async function benchTarpitDelay(root: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "delmenhorst-push-tarpit-"));
  const endpoint = await startEndpointProcess(root, dir);
  const tarpit = await startTarpit();
  const db = await openDatabase({});
  const engine = createPushEngine({
    db,
    logger: pino({ level: "warn" }),
    vapid: createVapidSigner(generateVapidKeys(), VAPID_SUBJECT),
    services: createPushServicePolicy([new URL(endpoint.origin).host, new URL(tarpit.origin).host]),
    fetchOptions: { ca: endpoint.ca },
    stopGraceMs: 100,
  });
  try {
    // The hanging ones first: the order in which the engine reads them puts them ahead.
    await insertSubscriptions(db, makeSubscribers(tarpit.origin, TARPIT_ENDPOINTS, "hang"), DELMENHORST);
    await insertSubscriptions(db, makeSubscribers(endpoint.origin, 1, "real"), DELMENHORST);
    // As in a running server, the crypto workers have started and a connection is open.
    await insertSubscriptions(db, makeSubscribers(endpoint.origin, 1, "warm"), WARM_UP_REGION);
    engine.start();
    await enqueueWarningPush(db, recordedWarning({ id: "warm-up", regions: [WARM_UP_REGION] }));
    while ((await endpoint.stats()).accepted === 0) await sleep(5);
    await endpoint.stats(true);
    const enqueuedAt = Date.now();
    await enqueueWarningPush(db, recordedWarning());
    const deadline = Date.now() + 120_000;
    for (;;) {
      const { firstAcceptedAt } = await endpoint.stats();
      if (firstAcceptedAt !== null) return firstAcceptedAt - enqueuedAt;
      if (Date.now() > deadline) throw new Error("the real subscriber got nothing within 120 s");
      await sleep(5);
    }
  } finally {
    await engine.stop();
    await db.destroy();
    await tarpit.close();
    await endpoint.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Ready, and NINA asked once (the empty list), so that the change is what the next poll sees. */
async function waitForFirstPoll(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/warnings/status`);
      if (response.ok) {
        const status = warningsStatusSchema.parse(await response.json());
        if (status.regions[0]?.lastSuccessAt) return;
      }
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error("the server did not poll NINA within 60 s");
}

// `node --import tsx bench/push.ts [subscriptions]`: this part alone, without writing results.json.
if (process.argv[1]?.endsWith("bench/push.ts")) {
  const root = join(import.meta.dirname, "..");
  const count = Number(process.argv[2] ?? PUSH_SUBSCRIPTIONS);
  const fanOut = await benchPushFanOut(root, count);
  console.log(fanOut, { ratio: fanOut.enginePerSecond / fanOut.naivePerSecond });
  console.log(await benchWarningLatency(root, count));
}
