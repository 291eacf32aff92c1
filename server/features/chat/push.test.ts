// Web Push to the resident when an agent answers while nobody looks at the chat, delivered to a local
// push service that decrypts every message; and the agents' waiting list as a stream.
import { afterEach, describe, expect, it } from "vitest";
import { pino } from "pino";
import { agentConversationListSchema, chatPushLinkSchema } from "../../../src/lib/contract/chat";
import { DELMENHORST_ARS, WARNING_PROVIDERS } from "../../../src/lib/contract/warnings";
import { hashToken, newToken } from "../../http/session";
import { startPushEndpoint, type PushEndpoint } from "../../testing/push-endpoint";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { createPushEngine, type PushEngine } from "../push/engine";
import { createPushServicePolicy } from "../push/push-services";
import { upsertSubscription } from "../push/store";
import { createVapidSigner, generateVapidKeys } from "../push/vapid";
import { agentOnDuty, openAllDay, sseReader, startAnonymous } from "./test-fixtures";

let t: TestApp | undefined;
let endpoint: PushEndpoint | undefined;
let engine: PushEngine | undefined;
afterEach(async () => {
  await engine?.stop();
  await endpoint?.close();
  await t?.close();
  engine = endpoint = t = undefined;
});

async function setUp() {
  t = await createTestApp();
  await openAllDay(t);
  endpoint = await startPushEndpoint();
  engine = createPushEngine({
    db: t.db,
    logger: pino({ level: "silent" }),
    vapid: createVapidSigner(generateVapidKeys(), "mailto:push@delmenhorst.de"),
    services: createPushServicePolicy([new URL(endpoint.origin).host]),
    fetchOptions: { ca: endpoint.ca, baseDelayMs: 10, connections: 2 },
    cryptoWorkers: 0,
    stopGraceMs: 300,
  });
  return { t, endpoint, engine };
}

/** A chat an agent has taken, and the resident's device with a push subscription (warnings off). */
async function chatWithDevice(app: TestApp, push: PushEndpoint) {
  const agent = await agentOnDuty(app);
  const resident = await startAnonymous(app, "Wie lange dauert ein Reisepass?");
  const id = resident.conversation.id;
  expect((await agent.client.json("POST", `/api/staff/chat/conversations/${id}/accept`)).status).toBe(200);
  const device = push.createSubscriber();
  const token = newToken();
  const subscriptionId = await upsertSubscription(app.db, {
    endpoint: device.endpoint,
    ...device.keys,
    manageTokenHash: hashToken(token),
    signedIn: null,
    preferences: {
      places: [DELMENHORST_ARS],
      minSeverity: "Moderate",
      sources: [...WARNING_PROVIDERS],
      language: "de",
      quietHours: null,
      topics: { warnings: false },
    },
  });
  const linkPath = `/api/chat/conversations/${id}/push/${subscriptionId}`;
  const link = (preview: boolean, withToken = token) =>
    resident.client.json("PUT", linkPath, { preview }, { "x-push-token": withToken });
  const answer = (text: string) =>
    agent.client.json("POST", `/api/staff/chat/conversations/${id}/messages`, {
      clientId: crypto.randomUUID(),
      text,
    });
  return { agent, resident, id, device, token, subscriptionId, linkPath, link, answer };
}

const chatJobs = (app: TestApp, id: string) =>
  app.db.selectFrom("push_jobs").select("ref").where("ref", "like", `chat:${id}:%`).execute();

async function untilAbsent(app: TestApp, id: string) {
  for (let i = 0; i < 100; i++) {
    const rows = await app.db
      .selectFrom("chat_presence")
      .select("stream_id")
      .where("conversation_id", "=", id)
      .execute();
    if (rows.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the resident's stream is still counted as present");
}

describe("Web Push of the Bürgerbüro's answers", () => {
  it("pushes to the linked device while the resident is away, not while the chat is open, at most once a minute", async () => {
    const { t, endpoint, engine } = await setUp();
    const chat = await chatWithDevice(t, endpoint);
    // The device proves the subscription with its token; the conversation's owner alone is not enough.
    expect((await chat.link(false, "not-the-token")).status).toBe(404);
    const linked = await chat.link(false);
    expect(linked.status).toBe(200);
    expect(chatPushLinkSchema.parse(linked.body)).toEqual({ linked: true, preview: false });
    const read = await chat.resident.client.json("GET", chat.linkPath, undefined, {
      "x-push-token": chat.token,
    });
    expect(chatPushLinkSchema.parse(read.body)).toEqual({ linked: true, preview: false });

    // Looking at the chat (its stream is open): the answer arrives there, no push.
    const stream = sseReader(await chat.resident.client.fetch(`/api/chat/conversations/${chat.id}/events`));
    await stream.until((events) => events.some((e) => e.event === "conversation"));
    expect((await chat.answer("Etwa drei Wochen.")).status).toBe(201);
    await stream.until((events) => events.some((e) => e.event === "entry" && e.data.includes("drei Wochen")));
    expect(await chatJobs(t, chat.id)).toHaveLength(0);

    // Away (the page closed its stream when hidden): pushed, without the answer's words.
    await stream.close();
    await untilAbsent(t, chat.id);
    expect((await chat.answer("Ihre Passnummer lautet C01X00T47.")).status).toBe(201);
    expect(await chatJobs(t, chat.id)).toHaveLength(1);
    await engine.runPendingJobs();
    expect(endpoint.errors).toEqual([]);
    expect(chat.device.received.map((m) => m.payload)).toEqual([
      {
        topic: "chat",
        title: "Antwort vom Bürgerbüro",
        body: "Im Chat wartet eine Antwort auf Sie. Tippen Sie hier, um sie zu lesen.",
        url: "/chat",
      },
    ]);

    // A second answer within the minute: no second push.
    expect((await chat.answer("Bringen Sie ein Foto mit.")).status).toBe(201);
    expect(await chatJobs(t, chat.id)).toHaveLength(1);

    // A minute later, with the preview the resident chose: the answer's start.
    expect((await chat.link(true)).status).toBe(200);
    await t.db
      .updateTable("chat_push_links")
      .set({ pushed_at: new Date(Date.now() - 61_000).toISOString() })
      .where("conversation_id", "=", chat.id)
      .execute();
    expect((await chat.answer("Das biometrische Foto darf nicht älter als sechs Monate sein.")).status).toBe(
      201,
    );
    await engine.runPendingJobs();
    expect(chat.device.received).toHaveLength(2);
    expect(chat.device.received[1]?.payload).toMatchObject({
      title: "Antwort vom Bürgerbüro",
      body: "Das biometrische Foto darf nicht älter als sechs Monate sein.",
    });

    // Unlinked: nothing more.
    const unlinked = await chat.resident.client.json("DELETE", chat.linkPath, undefined, {
      "x-push-token": chat.token,
    });
    expect(unlinked.status).toBe(204);
    await t.db.updateTable("chat_push_links").set({ pushed_at: null }).execute();
    expect((await chat.answer("Noch etwas?")).status).toBe(201);
    await engine.runPendingJobs();
    expect(chat.device.received).toHaveLength(2);
  });

  it("sends nothing once the chat was blocked, and a subscription the push service calls gone loses its link", async () => {
    const { t, endpoint, engine } = await setUp();
    const blocked = await chatWithDevice(t, endpoint);
    expect((await blocked.link(false)).status).toBe(200);
    expect((await blocked.answer("Einen Moment bitte.")).status).toBe(201);
    expect(await chatJobs(t, blocked.id)).toHaveLength(1);
    // Blocked before the engine came to the job: the job finds nobody to tell.
    const block = await blocked.agent.client.json(
      "POST",
      `/api/staff/chat/conversations/${blocked.id}/block`,
      { reason: "Beleidigungen" },
    );
    expect(block.status).toBe(204);
    await engine.runPendingJobs();
    expect(blocked.device.received).toEqual([]);
    // An ended chat takes no new link.
    expect((await blocked.link(false)).status).toBe(409);

    const gone = await chatWithDevice(t, endpoint);
    expect((await gone.link(false)).status).toBe(200);
    endpoint.script(gone.device.id, { status: 410 });
    expect((await gone.answer("Sind Sie noch da?")).status).toBe(201);
    await engine.runPendingJobs();
    const subscription = await t.db
      .selectFrom("push_subscriptions")
      .select("id")
      .where("id", "=", gone.subscriptionId)
      .executeTakeFirst();
    expect(subscription).toBeUndefined();
    const links = await t.db
      .selectFrom("chat_push_links")
      .select("subscription_id")
      .where("conversation_id", "=", gone.id)
      .execute();
    expect(links).toEqual([]);
  });
});

describe("the agents' waiting list as a stream", () => {
  it("sends the list when a resident starts a chat and when a colleague takes it; off duty 204", async () => {
    t = await createTestApp();
    await openAllDay(t);
    const agent = await agentOnDuty(t);
    const colleague = await agentOnDuty(t);
    const stream = sseReader(await agent.client.fetch("/api/staff/chat/queue/events"));
    const lists = (name: string) =>
      stream.events
        .filter((e) => e.event === name)
        .map((e) => agentConversationListSchema.parse(JSON.parse(e.data)));
    await stream.until(() => lists("queue").length === 1 && lists("mine").length === 1);
    expect(lists("queue")[0]?.conversations).toEqual([]);

    const resident = await startAnonymous(t);
    const id = resident.conversation.id;
    await stream.until(() => lists("queue").some((l) => l.conversations.some((c) => c.id === id)));
    expect((await colleague.client.json("POST", `/api/staff/chat/conversations/${id}/accept`)).status).toBe(
      200,
    );
    await stream.until(() => lists("queue").at(-1)?.conversations.length === 0);
    // Taken by the colleague: not the agent's own.
    expect(lists("mine").at(-1)?.conversations).toEqual([]);
    await stream.close();

    expect((await agent.client.json("PUT", "/api/staff/chat/duty", { onDuty: false })).status).toBe(200);
    expect((await agent.client.fetch("/api/staff/chat/queue/events")).status).toBe(204);
  });
});
