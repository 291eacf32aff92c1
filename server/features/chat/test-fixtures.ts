// What the chat's tests share: an app with open chat hours and an agent on duty, anonymous and
// signed-in residents who start chats, and a reader of Server-Sent Events.
import { randomUUID } from "node:crypto";
import { afterEach, expect } from "vitest";
import { conversationSchema } from "../../../src/lib/contract/chat";
import { createAccountWithSession } from "../../testing/accounts";
import { solvedProofOfWork } from "../../testing/proof-of-work";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";

/**
 * A test file's apps, each closed after its test: `chatApp()` with chat hours around the clock (and
 * what `setup` adds), `plainApp()` as a new installation starts (no chat hours set).
 */
export function chatApps(setup?: (app: TestApp) => Promise<void>) {
  let current: TestApp | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const plainApp = async () => (current = await createTestApp());
  const chatApp = async () => {
    const app = await plainApp();
    await openAllDay(app);
    await setup?.(app);
    return app;
  };
  return { chatApp, plainApp };
}

export async function agentOnDuty(t: Pick<TestApp, "app" | "config" | "db">, capacity = 3) {
  const agent = await createAccountWithSession(t, { role: "staff", department: "buergerbuero" });
  const duty = await agent.client.json("PUT", "/api/staff/chat/duty", { onDuty: true, capacity });
  expect(duty.status).toBe(200);
  return agent;
}

/** Chat hours around the clock, so that tests do not depend on the time they run at. */
export async function openAllDay(t: Pick<TestApp, "app" | "config" | "db">) {
  const admin = await createAccountWithSession(t, { role: "admin" });
  const answer = await admin.client.json("PUT", "/api/staff/chat/settings", { hours: "24/7" });
  expect(answer.status).toBe(200);
}

export async function startAnonymous(
  t: Pick<TestApp, "app" | "config">,
  text = "Was brauche ich für einen Personalausweis?",
  language = "de",
) {
  const client = new TestClient(t);
  const proofOfWork = await solvedProofOfWork(client, "/api/chat/challenge");
  const clientId = randomUUID();
  const answer = await client.json("POST", "/api/chat/conversations", {
    topic: "identity",
    language,
    name: "Erika",
    clientId,
    text,
    proofOfWork,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return { client, clientId, conversation: conversationSchema.parse(answer.body) };
}

export async function startSignedIn(t: Pick<TestApp, "app" | "config" | "db">) {
  const resident = await createAccountWithSession(t, { role: "citizen" });
  const answer = await resident.client.json("POST", "/api/chat/conversations", {
    topic: "registration",
    language: "en",
    clientId: randomUUID(),
    text: "How do I register my new address?",
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return { ...resident, conversation: conversationSchema.parse(answer.body) };
}

export type SseEvent = { event: string; id: string | undefined; data: string };

/** Reads a text/event-stream as it arrives. */
export function sseReader(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let comments = 0;
  let buffer = "";
  let ended = false;

  const parse = () => {
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const fields = { event: "message", id: undefined as string | undefined, data: [] as string[] };
      let isComment = true;
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) continue;
        isComment = false;
        const [name, ...rest] = line.split(":");
        const value = rest.join(":").replace(/^ /, "");
        if (name === "event") fields.event = value;
        else if (name === "id") fields.id = value;
        else if (name === "data") fields.data.push(value);
      }
      if (isComment) comments++;
      else events.push({ event: fields.event, id: fields.id, data: fields.data.join("\n") });
    }
  };

  return {
    events,
    get comments() {
      return comments;
    },
    get ended() {
      return ended;
    },
    /** Reads until `done(events)` holds; fails after `timeoutMs`. */
    async until(done: (events: SseEvent[]) => boolean, timeoutMs = 4_000) {
      const deadline = Date.now() + timeoutMs;
      while (!done(events)) {
        if (ended) throw new Error(`stream ended with ${JSON.stringify(events)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out with ${JSON.stringify(events)}`);
        let timer: NodeJS.Timeout | undefined;
        const chunk = await Promise.race([
          reader.read(),
          new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), left))),
        ]);
        clearTimeout(timer);
        if (chunk === "timeout") continue;
        if (chunk.done) ended = true;
        else buffer += decoder.decode(chunk.value, { stream: true });
        parse();
      }
      return events;
    },
    entries: () => events.filter((e) => e.event === "entry"),
    close: () => reader.cancel(),
  };
}
