// The Bürgerbüro chat under load (issue 19): 200 residents and 10 agents over loopback against the
// production server (SQLite), each resident from its own address (X-Forwarded-For behind
// TRUST_PROXY). A message's latency runs from the moment its sender posts it to the moment it
// arrives on the other side's Server-Sent Events stream (`GET …/events`), as the other side's screen
// would show it. The server is restarted in the middle of the traffic: senders keep posting with the
// same client id until the server confirms (as the app's outbox does), streams reconnect with
// Last-Event-ID and ?after=, and every confirmed message must arrive on the other side exactly once.
import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sessionInfoSchema } from "../src/lib/contract/account";
import {
  AGENT_CAPACITY_MAX,
  CHAT_EVENT_ENTRY,
  chatEntrySchema,
  conversationSchema,
  type ChatEntry,
} from "../src/lib/contract/chat";
import { altchaChallengeSchema } from "../src/lib/contract/proof-of-work";
import { openDatabase } from "../server/db/database";
import { hashToken, newToken } from "../server/http/session";
import { insertSession } from "../server/platform/sessions/store";
import { createAccount } from "../server/testing/accounts";
import { quantile } from "./search";
import { type RunningServer, sleep, startServer } from "./server";

export const RESIDENTS = 200;
export const AGENTS = 10;
/** An agent holds at most this many chats, so 100 are in conversation at once and 100 wait their turn. */
const CAPACITY = AGENT_CAPACITY_MAX;
/** Each side of a chat writes about this often: 12 messages a minute, within the chat's 20 per chat. */
const MESSAGE_INTERVAL_MS = 5_000;
/** Traffic of the first 100 chats (the restart falls in its middle), then of the other 100. */
const FIRST_ROUND_MS = 24_000;
const SECOND_ROUND_MS = 16_000;
/** Messages posted from the restart until this long after it are counted, but not timed. */
const RESTART_SETTLE_MS = 3_000;
/** How long confirmed messages may take to arrive once the traffic stopped, before they count as lost. */
const DRAIN_MS = 20_000;

export type ChatBench = {
  p50Ms: number;
  p99Ms: number;
  /** Messages timed (not across the restart) and all messages the server confirmed. */
  timed: number;
  confirmed: number;
  lost: number;
  duplicated: number;
  /** The server was down for this long (SIGTERM until ready again). */
  restartMs: number;
};

type Target = { baseUrl: string; origin: string };

/** One browser: its cookies, CSRF token and address. */
class Peer {
  private readonly cookies = new Map<string, string>();
  private csrf = "";

  constructor(
    private readonly target: Target,
    private readonly ip: string,
  ) {}

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  async start() {
    const response = await this.fetch("GET", "/api/auth/session");
    if (response.status !== 200) throw new Error(`GET /api/auth/session answered ${response.status}`);
    this.csrf = sessionInfoSchema.parse(await response.json()).csrfToken;
  }

  async fetch(
    method: string,
    path: string,
    body?: unknown,
    extra: { headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { "x-forwarded-for": this.ip, ...extra.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (method !== "GET") {
      Object.assign(headers, { origin: this.target.origin, "x-csrf-token": this.csrf });
      if (body !== undefined) headers["content-type"] = "application/json";
    }
    const response = await fetch(`${this.target.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: extra.signal,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const index = pair.indexOf("=");
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    return response;
  }

  /**
   * A write sent again until the server answers it, as the app's outbox does: while the server is
   * down the connection fails, and while it stops it may answer 5xx; a 2xx or 4xx is final.
   */
  async write(method: string, path: string, body?: unknown): Promise<Response> {
    // A restart on a busy machine (stop, then tsx compiling the server again) can take a minute.
    const deadline = Date.now() + 300_000;
    for (;;) {
      const response = await this.fetch(method, path, body).catch((error: unknown) => {
        if (error instanceof TypeError) return undefined; // connection refused or reset
        throw error;
      });
      if (response && response.status < 500) return response;
      if (response) await response.body?.cancel();
      if (Date.now() > deadline) throw new Error(`${method} ${path}: no answer for 300 s`);
      await sleep(100);
    }
  }
}

/** A side's Server-Sent Events stream of one conversation, reconnecting after ?after= and Last-Event-ID. */
class EntryStream {
  private lastSeq = 0;
  private readonly controller = new AbortController();
  /** Entries delivered again with a seq this side already had. */
  repeats = 0;
  done: Promise<void>;

  constructor(
    private readonly peer: Peer,
    private readonly path: string,
    private readonly onEntry: (entry: ChatEntry) => void,
  ) {
    this.done = this.run();
  }

  stop() {
    this.controller.abort();
  }

  private async run() {
    const { signal } = this.controller;
    while (!signal.aborted) {
      try {
        const response = await this.peer.fetch("GET", `${this.path}?after=${this.lastSeq}`, undefined, {
          headers: { "last-event-id": String(this.lastSeq), accept: "text/event-stream" },
          signal,
        });
        // 204: the conversation ended and everything was read.
        if (response.status === 204) return;
        if (response.status !== 200 || !response.body) {
          await response.body?.cancel();
          await sleep(200);
          continue;
        }
        await this.read(response.body);
      } catch (error) {
        if (signal.aborted) return;
        if (!(error instanceof TypeError) && !isAbort(error)) throw error;
      }
      if (!signal.aborted) await sleep(100);
    }
  }

  private async read(body: ReadableStream<Uint8Array>) {
    const decoder = new TextDecoder();
    let buffer = "";
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let event = "message";
        const data: string[] = [];
        for (const line of block.split("\n")) {
          if (line.startsWith("event:")) event = line.slice(6).trim();
          else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
        }
        if (event !== CHAT_EVENT_ENTRY) continue;
        const entry = chatEntrySchema.parse(JSON.parse(data.join("\n")));
        if (entry.seq <= this.lastSeq) {
          this.repeats++;
          continue;
        }
        this.lastSeq = entry.seq;
        this.onEntry(entry);
      }
    }
  }
}

const benchStarted = performance.now();
const progress = (what: string) =>
  console.log(`  ${((performance.now() - benchStarted) / 1000).toFixed(1).padStart(6)} s  ${what}`);

const isAbort = (error: unknown) => error instanceof Error && error.name === "AbortError";

/** startedAt is null for a chat's first message, which waits in the queue until an agent takes it. */
type Sent = { startedAt: number | null; confirmed: boolean; arrivals: number };

type Chat = {
  index: number;
  id: string;
  resident: Peer;
  agent?: { peer: Peer; stream: EntryStream };
  residentStream: EntryStream;
};

/** ALTCHA v1 solved with node's synchronous hash (the browser uses crypto.subtle). */
async function solvedChallenge(peer: Peer): Promise<string> {
  const challenge = altchaChallengeSchema.parse(
    await (await peer.fetch("GET", "/api/chat/challenge")).json(),
  );
  const max = challenge.maxnumber ?? 1_000_000;
  for (let number = 0; number <= max; number++) {
    const hash = createHash("sha256").update(`${challenge.salt}${number}`).digest("hex");
    if (hash === challenge.challenge) {
      return Buffer.from(JSON.stringify({ ...challenge, number })).toString("base64");
    }
  }
  throw new Error("challenge without solution");
}

/** Agents of the Bürgerbüro with a session each, written before the server starts. */
async function createAgents(dataDir: string): Promise<string[]> {
  const db = await openDatabase({ dataDir });
  try {
    const tokens: string[] = [];
    for (let i = 0; i < AGENTS; i++) {
      const account = await createAccount(
        { db },
        { role: "staff", department: "buergerbuero", email: `agent${i}@bench.example.org` },
      );
      const token = newToken();
      const now = new Date();
      await insertSession(db, {
        id_hash: hashToken(token),
        account_id: account.id,
        persistent: 1,
        user_agent: null,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + 24 * 3600_000).toISOString(),
      });
      tokens.push(token);
    }
    return tokens;
  } finally {
    await db.destroy();
  }
}

async function expectStatus(response: Response, status: number, what: string) {
  if (response.status !== status) {
    throw new Error(`${what}: ${response.status} ${await response.text()}`);
  }
  return response;
}

export async function benchChat(root: string): Promise<ChatBench> {
  const dir = await mkdtemp(join(tmpdir(), "delmenhorst-chat-"));
  const dataDir = join(dir, "data");
  const env = { TRUST_PROXY: "1", DATA_DIR: dataDir };
  let server: RunningServer | undefined;
  const streams: EntryStream[] = [];
  const timers: NodeJS.Timeout[] = [];
  let restart: Promise<void> | undefined;
  try {
    const agentTokens = await createAgents(dataDir);
    server = await startServer(root, env);
    const target: Target = { baseUrl: server.baseUrl, origin: server.appOrigin };

    // Agents: on duty with full capacity; presence is renewed as the console does.
    const agents = agentTokens.map((token, i) => {
      const peer = new Peer(target, `10.9.0.${i + 1}`);
      peer.setCookie("dm_session", token);
      return peer;
    });
    await Promise.all(agents.map((agent) => agent.start()));
    await expectStatus(
      await agents[0]!.write("PUT", "/api/staff/chat/settings", { hours: "24/7" }),
      200,
      "chat hours",
    );
    for (const agent of agents) {
      await expectStatus(
        await agent.write("PUT", "/api/staff/chat/duty", { onDuty: true, capacity: CAPACITY }),
        200,
        "going on duty",
      );
    }
    timers.push(
      setInterval(() => {
        for (const agent of agents)
          void agent.write("POST", "/api/staff/chat/duty/heartbeat").catch(() => {});
      }, 15_000),
    );

    // Message bookkeeping: by client id, what was sent when, and how often the other side got it.
    const sent = new Map<string, Sent>();
    let restartStartedAt = Number.POSITIVE_INFINITY;
    let restartEndedAt = Number.POSITIVE_INFINITY;
    const latencies: number[] = [];
    let unknownArrivals = 0;
    const arrived = (expected: "resident" | "agent") => (entry: ChatEntry) => {
      if (entry.kind !== "message" || entry.author !== expected || !entry.clientId) return;
      const message = sent.get(entry.clientId);
      if (!message) {
        unknownArrivals++;
        return;
      }
      message.arrivals++;
      if (message.arrivals > 1 || message.startedAt === null) return;
      // Timed unless the restart fell between posting and arrival, or had only just ended.
      const now = performance.now();
      if (now < restartStartedAt || message.startedAt > restartEndedAt + RESTART_SETTLE_MS) {
        latencies.push(now - message.startedAt);
      }
    };

    // Residents: each starts a chat without an account (proof of work solved beforehand) and follows it.
    const residents = Array.from(
      { length: RESIDENTS },
      (_, i) => new Peer(target, `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`),
    );
    await Promise.all(residents.map((resident) => resident.start()));
    const proofs: string[] = [];
    for (const resident of residents) proofs.push(await solvedChallenge(resident));
    progress(`${residents.length} proofs of work solved`);
    const chats: Chat[] = [];
    for (const [index, resident] of residents.entries()) {
      // The first message reaches the agent when the chat is taken: counted, not timed.
      const clientId = randomUUID();
      sent.set(clientId, { startedAt: null, confirmed: true, arrivals: 0 });
      const answer = await expectStatus(
        await resident.write("POST", "/api/chat/conversations", {
          topic: "identity",
          language: "de",
          name: `Bench ${index}`,
          clientId,
          text: "Was brauche ich für einen Personalausweis?",
          proofOfWork: proofs[index],
        }),
        201,
        "starting a chat",
      );
      const { id } = conversationSchema.parse(await answer.json());
      const residentStream = new EntryStream(
        resident,
        `/api/chat/conversations/${id}/events`,
        arrived("agent"),
      );
      streams.push(residentStream);
      chats.push({ index, id, resident, residentStream });
    }

    const acceptChats = async (batch: Chat[]) => {
      await Promise.all(
        agents.map(async (peer, a) => {
          for (const chat of batch.filter((_, i) => i % AGENTS === a)) {
            const path = `/api/staff/chat/conversations/${chat.id}`;
            await expectStatus(await peer.write("POST", `${path}/accept`), 200, "accepting a chat");
            const stream = new EntryStream(peer, `${path}/events`, arrived("resident"));
            streams.push(stream);
            chat.agent = { peer, stream };
          }
        }),
      );
    };

    // Each side writes every MESSAGE_INTERVAL_MS (starting at a random moment) until `until`.
    const talk = async (batch: Chat[], until: number) => {
      const side = async (peer: Peer, path: string) => {
        await sleep(Math.random() * MESSAGE_INTERVAL_MS);
        while (performance.now() < until) {
          const clientId = randomUUID();
          const startedAt = performance.now();
          const message: Sent = { startedAt, confirmed: false, arrivals: 0 };
          sent.set(clientId, message);
          const answer = await peer.write("POST", path, { clientId, text: `Nachricht ${sent.size}` });
          if (answer.status !== 201 && answer.status !== 200) {
            throw new Error(`sending: ${answer.status} ${await answer.text()}`);
          }
          await answer.body?.cancel();
          message.confirmed = true;
          await sleep(MESSAGE_INTERVAL_MS - (performance.now() - startedAt));
        }
      };
      await Promise.all(
        batch.flatMap((chat) => [
          side(chat.resident, `/api/chat/conversations/${chat.id}/messages`),
          side(chat.agent!.peer, `/api/staff/chat/conversations/${chat.id}/messages`),
        ]),
      );
    };

    progress(`${chats.length} chats started and followed`);
    const first = chats.slice(0, AGENTS * CAPACITY);
    const second = chats.slice(AGENTS * CAPACITY);
    await acceptChats(first);
    progress(`${first.length} chats taken; ${second.length} wait; talking for ${FIRST_ROUND_MS / 1000} s`);

    // The first round, with the server restarted in its middle on the same data.
    const firstUntil = performance.now() + FIRST_ROUND_MS;
    restart = (async () => {
      await sleep(FIRST_ROUND_MS / 2);
      progress("restarting the server");
      restartStartedAt = performance.now();
      await server!.stop();
      server = await startServer(root, env);
      target.baseUrl = server.baseUrl;
      target.origin = server.appOrigin;
      restartEndedAt = performance.now();
      progress(`server restarted (${Math.round(restartEndedAt - restartStartedAt)} ms down)`);
    })();
    await Promise.all([talk(first, firstUntil), restart]);

    // The agents end their first chats and take the residents who waited.
    await Promise.all(
      first.map(async (chat) => {
        const path = `/api/staff/chat/conversations/${chat.id}/close`;
        await expectStatus(
          await chat.agent!.peer.write("POST", path, { outcome: "answered" }),
          204,
          "closing",
        );
      }),
    );
    await acceptChats(second);
    progress(
      `the first chats closed, the other ${second.length} taken; talking for ${SECOND_ROUND_MS / 1000} s`,
    );
    await talk(second, performance.now() + SECOND_ROUND_MS);

    // Every confirmed message should now reach the other side; then the count is taken.
    const messages = () => [...sent.values()].filter((m) => m.confirmed);
    const drainUntil = Date.now() + DRAIN_MS;
    while (messages().some((m) => m.arrivals === 0) && Date.now() < drainUntil) await sleep(100);

    const confirmed = messages();
    const repeats = streams.reduce((sum, stream) => sum + stream.repeats, 0);
    return {
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      timed: latencies.length,
      confirmed: confirmed.length,
      lost: confirmed.filter((m) => m.arrivals === 0).length,
      duplicated:
        confirmed.reduce((sum, m) => sum + Math.max(0, m.arrivals - 1), 0) + repeats + unknownArrivals,
      restartMs: Math.round(restartEndedAt - restartStartedAt),
    };
  } finally {
    for (const timer of timers) clearInterval(timer);
    // A failure while the server restarts must not leave the new one running.
    await restart?.catch(() => {});
    for (const stream of streams) stream.stop();
    await Promise.allSettled(streams.map((stream) => stream.done));
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
