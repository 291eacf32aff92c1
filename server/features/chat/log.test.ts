// The conversation log: seq without gaps under concurrency, idempotent sends (also racing
// duplicates), resume after a restart, the event stream (Last-Event-ID, ?after=, abort), and two
// server processes on one PostgreSQL delivering to each other's streams.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { chatEntrySchema, entriesResponseSchema } from "../../../src/lib/contract/chat";
import { createApp } from "../../app";
import { openDatabase } from "../../db/database";
import { signInDirectly } from "../../testing/accounts";
import { createTestApp, databaseKind, openTestDatabase, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { closeHubOf } from "./hub";
import { agentOnDuty, openAllDay, sseReader, startAnonymous } from "./test-fixtures";

let t: TestApp;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function chatApp() {
  t = await createTestApp();
  cleanups.push(() => t.close());
  await openAllDay(t);
  return t;
}

async function acceptedChat() {
  const agent = await agentOnDuty(t);
  const resident = await startAnonymous(t);
  const accepted = await agent.client.json(
    "POST",
    `/api/staff/chat/conversations/${resident.conversation.id}/accept`,
  );
  expect(accepted.status).toBe(200);
  return { agent, resident, id: resident.conversation.id };
}

const send = (client: Pick<TestClient, "json">, path: string, text: string, clientId = randomUUID()) =>
  client.json("POST", path, { clientId, text });

describe(`chat log (${databaseKind})`, () => {
  it("numbers entries without gaps when resident and agent send many messages at once", async () => {
    await chatApp();
    const { agent, resident, id } = await acceptedChat();
    const sends = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0
        ? send(resident.client, `/api/chat/conversations/${id}/messages`, `Frage ${i}`)
        : send(agent.client, `/api/staff/chat/conversations/${id}/messages`, `Antwort ${i}`),
    );
    const answers = await Promise.all(sends);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    const page = entriesResponseSchema.parse(
      (await resident.client.json("GET", `/api/chat/conversations/${id}/entries?after=0`)).body,
    );
    // The question, the agent's joining, and the 40 messages: 1..42, each once.
    expect(page.entries.map((e) => e.seq)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    expect(page.conversation.lastSeq).toBe(42);
    const seqs = answers.map((a) => chatEntrySchema.parse(a.body).seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 3));
  });

  it("answers a repeated send with the first entry, also when the duplicates race", async () => {
    await chatApp();
    const { resident, id } = await acceptedChat();
    const path = `/api/chat/conversations/${id}/messages`;
    const clientId = randomUUID();
    const first = await send(resident.client, path, "Einmal", clientId);
    const again = await send(resident.client, path, "Einmal", clientId);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(first.body);

    const racing = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => send(resident.client, path, "Schwaches Netz", racing)),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(7);
    expect(new Set(answers.map((a) => chatEntrySchema.parse(a.body).seq)).size).toBe(1);
    const page = entriesResponseSchema.parse(
      (await resident.client.json("GET", `${path.replace("/messages", "")}/entries`)).body,
    );
    expect(page.entries.filter((e) => e.clientId === racing)).toHaveLength(1);
    // No number was lost to the duplicates.
    expect(page.entries.map((e) => e.seq)).toEqual(page.entries.map((_, i) => i + 1));
  });

  it("lets the resident resume after a restart: a new app on the same database gives the entries after N", async () => {
    await chatApp();
    const { agent, resident, id } = await acceptedChat();
    await send(
      agent.client,
      `/api/staff/chat/conversations/${id}/messages`,
      "Bitte bringen Sie ein Foto mit.",
    );
    // The "restarted" server: a new app (new hub, new limits) on the same database.
    const restarted = createApp({
      db: t.db,
      config: t.config,
      logger: pino({ level: "silent" }),
      mailer: { kind: "log", send: async () => {} },
      vapidPublicKey: t.vapid.publicKey,
    });
    const answer = await restarted.request(`/api/chat/conversations/${id}/entries?after=2`, {
      headers: { cookie: [...resident.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    const page = entriesResponseSchema.parse(await answer.json());
    expect(page.entries.map((e) => [e.seq, e.kind, e.text])).toEqual([
      [3, "message", "Bitte bringen Sie ein Foto mit."],
    ]);
  });

  it("streams entries as events with id = seq, resumes after Last-Event-ID and ends on abort", async () => {
    await chatApp();
    const { agent, resident, id } = await acceptedChat();
    const stream = sseReader(await resident.client.fetch(`/api/chat/conversations/${id}/events?after=0`));
    await stream.until((events) => events.some((e) => e.event === "conversation"));
    expect(stream.entries().map((e) => e.id)).toEqual(["1", "2"]);
    await send(agent.client, `/api/staff/chat/conversations/${id}/messages`, "Guten Tag!");
    await stream.until((events) => events.some((e) => e.id === "3"));
    expect(JSON.parse(stream.entries().at(-1)!.data)).toMatchObject({
      seq: 3,
      author: "agent",
      text: "Guten Tag!",
    });
    await stream.close();

    // Offline meanwhile: two more answers; the browser comes back with Last-Event-ID 3.
    await send(agent.client, `/api/staff/chat/conversations/${id}/messages`, "Und den alten Ausweis.");
    await send(agent.client, `/api/staff/chat/conversations/${id}/messages`, "Sind Sie noch da?");
    const resumed = sseReader(
      await resident.client.fetch(`/api/chat/conversations/${id}/events`, {
        headers: { "Last-Event-ID": "3" },
      }),
    );
    await resumed.until((events) => events.filter((e) => e.event === "entry").length === 2);
    expect(resumed.entries().map((e) => e.id)).toEqual(["4", "5"]);
    await resumed.close();
  });

  it("closes the stream once an ended conversation is read to its end, and answers 204 afterwards", async () => {
    await chatApp();
    const { agent, resident, id } = await acceptedChat();
    const stream = sseReader(await resident.client.fetch(`/api/chat/conversations/${id}/events?after=2`));
    await stream.until((events) => events.some((e) => e.event === "conversation"));
    const closed = await agent.client.json("POST", `/api/staff/chat/conversations/${id}/close`, {
      outcome: "answered",
    });
    expect(closed.status).toBe(204);
    await stream.until(() => stream.ended);
    expect(stream.entries().map((e) => JSON.parse(e.data).kind)).toEqual(["closed"]);
    const again = await resident.client.fetch(`/api/chat/conversations/${id}/events`, {
      headers: { "Last-Event-ID": "3" },
    });
    expect(again.status).toBe(204);
  });

  it("streams live over a real socket although the browser accepts compression", async () => {
    await chatApp();
    const { agent, resident, id } = await acceptedChat();
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
    cleanups.push(() => new Promise((done) => server.close(() => done())));
    await new Promise((listening) => server.once("listening", listening));
    const { port } = server.address() as AddressInfo;
    const aborted = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/api/chat/conversations/${id}/events?after=2`, {
      headers: {
        cookie: [...resident.client.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        "accept-encoding": "br, gzip",
      },
      signal: aborted.signal,
    });
    expect(response.headers.get("content-encoding")).toBeNull();
    const stream = sseReader(response);
    await stream.until((events) => events.some((e) => e.event === "conversation"));
    await send(agent.client, `/api/staff/chat/conversations/${id}/messages`, "Live");
    // Delivered while the stream stays open: nothing waits for its end.
    await stream.until((events) => events.some((e) => e.id === "3"));
    aborted.abort();
  });

  it.skipIf(databaseKind !== "postgresql")(
    "delivers between two server processes on one PostgreSQL database (LISTEN/NOTIFY)",
    async () => {
      const { db: dbA, close, url } = await openTestDatabase();
      cleanups.push(close);
      // Process B: its own pool and hub on the same database.
      const dbB = await openDatabase({ databaseUrl: url });
      cleanups.push(async () => {
        await closeHubOf(dbB);
        await dbB.destroy();
      });
      const base = await createTestApp();
      cleanups.push(() => base.close());
      const appOn = (db: typeof dbA) =>
        createApp({
          db,
          config: base.config,
          logger: pino({ level: "silent" }),
          mailer: { kind: "log", send: async () => {} },
          vapidPublicKey: base.vapid.publicKey,
        });
      const a = { app: appOn(dbA), db: dbA, config: base.config };
      const b = { app: appOn(dbB), db: dbB, config: base.config };
      await openAllDay(a);
      const agent = await agentOnDuty(a);
      const resident = await startAnonymous(b);
      const id = resident.conversation.id;
      // The resident listens on process B, the agent writes on process A, and the other way round.
      const residentStream = sseReader(
        await resident.client.fetch(`/api/chat/conversations/${id}/events?after=1`),
      );
      const agentOnB = await signInDirectly(b, agent.account);
      const agentStream = sseReader(
        await agentOnB.fetch(`/api/staff/chat/conversations/${id}/events?after=1`),
      );
      await residentStream.until((events) => events.some((e) => e.event === "conversation"));
      await agentStream.until((events) => events.some((e) => e.event === "conversation"));
      expect((await agent.client.json("POST", `/api/staff/chat/conversations/${id}/accept`)).status).toBe(
        200,
      );
      await send(agent.client, `/api/staff/chat/conversations/${id}/messages`, "Hallo aus Prozess A");
      await residentStream.until((events) => events.some((e) => e.id === "3"));
      expect(residentStream.entries().map((e) => JSON.parse(e.data).kind)).toEqual(["joined", "message"]);
      const residentOnA = new TestClient(a);
      for (const [name, value] of resident.client.cookies) residentOnA.cookies.set(name, value);
      await send(residentOnA, `/api/chat/conversations/${id}/messages`, "Danke aus Prozess A");
      await agentStream.until((events) => events.some((e) => e.id === "4"));
      await residentStream.close();
      await agentStream.close();
    },
  );
});
