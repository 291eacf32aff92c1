// A chat message written while the resident's connection is down: it waits in the outbox with its
// client-made id and reaches the conversation's log exactly once, also when the answer to the send
// was lost; the page's catch-up from its last seq then shows the message and the agent's reply
// written meanwhile once each.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, describe, expect, it } from "vitest";
import { createAccountWithSession } from "../../server/testing/accounts";
import { solvedProofOfWork } from "../../server/testing/proof-of-work";
import { createTestApp, type TestApp } from "../../server/testing/test-app";
import { TestClient } from "../../server/testing/test-client";
import {
  type ChatEntry,
  chatEntrySchema,
  conversationSchema,
  entriesResponseSchema,
} from "../../src/lib/contract/chat";
import { lastSeqOf, mergeEntries, pendingOf } from "../../src/features/chat/log";
import { AppDatabase } from "../../src/lib/db";
import { enqueue, flushOutbox } from "../../src/lib/outbox";

let server: TestApp | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The resident's connection: offline, or online with the answer to a message send lost. */
class Connection {
  offline = false;
  loseAnswer = false;
  constructor(private readonly client: TestClient) {}
  fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    if (this.offline) throw new TypeError("Failed to fetch (offline)");
    const response = await this.client.fetch(url, init);
    if (this.loseAnswer && url.endsWith("/messages")) throw new TypeError("Failed to fetch (answer lost)");
    return response;
  };
}

describe("a resident's chat message in the outbox", () => {
  it("arrives once, and the catch-up after the break shows it and the reply once each", async () => {
    server = await createTestApp();
    const { client: agent } = await createAccountWithSession(server, {
      role: "staff",
      department: "buergerbuero",
    });
    expect((await agent.json("PUT", "/api/staff/chat/settings", { hours: "24/7" })).status).toBe(200);
    expect((await agent.json("PUT", "/api/staff/chat/duty", { onDuty: true })).status).toBe(200);

    const residentClient = new TestClient(server);
    const started = await residentClient.json("POST", "/api/chat/conversations", {
      topic: "identity",
      language: "de",
      clientId: crypto.randomUUID(),
      text: "Welche Unterlagen brauche ich für einen Personalausweis?",
      proofOfWork: await solvedProofOfWork(residentClient, "/api/chat/challenge"),
    });
    expect(started.status).toBe(201);
    const conversation = conversationSchema.parse(started.body);
    expect((await agent.json("POST", `/api/staff/chat/conversations/${conversation.id}/accept`)).status).toBe(
      200,
    );

    // The page holds the log so far.
    const read = async (after: number) => {
      const answer = await residentClient.json(
        "GET",
        `/api/chat/conversations/${conversation.id}/entries?after=${after}`,
      );
      return entriesResponseSchema.parse(answer.body).entries;
    };
    let held: ChatEntry[] = mergeEntries([], await read(0));

    // Offline: the message waits on the device; the agent answers meanwhile.
    const device = new AppDatabase(`chat-${crypto.randomUUID()}`, {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    const connection = new Connection(residentClient);
    connection.offline = true;
    const clientId = crypto.randomUUID();
    const text = "Ich bin gerade im Funkloch.";
    await enqueue(device, {
      id: clientId,
      kind: "chat-message",
      ref: conversation.id,
      method: "POST",
      url: `/api/chat/conversations/${conversation.id}/messages`,
      body: { clientId, text },
    });
    expect(await flushOutbox(device, connection.fetch)).toMatchObject({ sent: 0, remaining: 1 });
    const reply = await agent.json("POST", `/api/staff/chat/conversations/${conversation.id}/messages`, {
      clientId: crypto.randomUUID(),
      text: "Ohne Termin geht es donnerstags.",
    });
    expect(reply.status).toBe(201);

    // Back online, but the first answer is lost: the outbox sends again, the server logs it once.
    connection.offline = false;
    connection.loseAnswer = true;
    expect(await flushOutbox(device, connection.fetch)).toMatchObject({ sent: 0, remaining: 1 });
    connection.loseAnswer = false;
    expect(await flushOutbox(device, connection.fetch)).toMatchObject({ sent: 1, remaining: 0 });

    // The catch-up from the last seq held, and the same entries once more (a late stream event).
    const caughtUp = await read(lastSeqOf(held));
    held = mergeEntries(held, caughtUp);
    held = mergeEntries(held, caughtUp);
    const texts = held.filter((entry) => entry.kind === "message").map((entry) => entry.text);
    expect(texts.filter((t) => t === text)).toHaveLength(1);
    expect(texts.filter((t) => t === "Ohne Termin geht es donnerstags.")).toHaveLength(1);
    expect(pendingOf(held, [{ clientId, text, createdAt: new Date().toISOString(), error: null }])).toEqual(
      [],
    );

    // The server's whole log has the message once, too.
    const all = (await read(0)).map((entry) => chatEntrySchema.parse(entry));
    expect(all.filter((entry) => entry.clientId === clientId)).toHaveLength(1);
    device.close();
  });
});
