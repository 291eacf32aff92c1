// The resident's side around the messages: a retried anonymous start without the cookie finds its
// conversation, the chat cookie ends with the chat, typing reaches the other side without a log
// entry, the rating after the chat, and the transcript by mail.
import { randomUUID } from "node:crypto";
import { residentTexts } from "../../texts/resident-texts";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  agentConversationListSchema,
  CHAT_COOKIE,
  conversationSchema,
  entriesResponseSchema,
} from "../../../src/lib/contract/chat";
import { solvedProofOfWork } from "../../testing/proof-of-work";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { agentOnDuty, openAllDay, sseReader, startAnonymous } from "./test-fixtures";

let t: TestApp;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.close();
});

async function chatApp() {
  t = await createTestApp();
  await openAllDay(t);
  return t;
}

async function acceptedChat(language?: string, text?: string) {
  const agent = await agentOnDuty(t);
  const resident = await startAnonymous(t, text, language);
  const id = resident.conversation.id;
  expect((await agent.client.json("POST", `/api/staff/chat/conversations/${id}/accept`)).status).toBe(200);
  return { agent, resident, id };
}

const setCookieOf = (headers: Headers) => headers.getSetCookie().find((c) => c.startsWith(`${CHAT_COOKIE}=`));

describe("the resident's side around the messages", () => {
  it("answers a start sent again without the cookie with the first conversation, and only that start", async () => {
    await chatApp();
    await agentOnDuty(t);
    const client = new TestClient(t);
    const proofOfWork = await solvedProofOfWork(client, "/api/chat/challenge");
    const start = {
      topic: "identity",
      language: "de",
      clientId: randomUUID(),
      text: "Ausweis?",
      proofOfWork,
    };
    const first = await client.json("POST", "/api/chat/conversations", start);
    expect(first.status).toBe(201);
    // The answer (and its cookie) never arrived.
    client.cookies.delete(CHAT_COOKIE);
    const again = await client.json("POST", "/api/chat/conversations", start);
    expect(again.status).toBe(200);
    expect(conversationSchema.parse(again.body).id).toBe(conversationSchema.parse(first.body).id);
    // The new cookie reaches the conversation; there is still one conversation in the queue.
    const id = conversationSchema.parse(first.body).id;
    expect((await client.json("GET", `/api/chat/conversations/${id}`)).status).toBe(200);
    const agent = await agentOnDuty(t);
    const queue = await agent.client.json("GET", "/api/staff/chat/queue");
    expect(agentConversationListSchema.parse(queue.body).conversations.map((c) => c.id)).toEqual([id]);
    // Somebody with the client id but not the proof of work gets nothing of it.
    const stranger = new TestClient(t);
    const otherProof = await solvedProofOfWork(stranger, "/api/chat/challenge");
    const guess = await stranger.json("POST", "/api/chat/conversations", {
      ...start,
      proofOfWork: otherProof,
    });
    expect(guess.status).toBe(201);
    expect(conversationSchema.parse(guess.body).id).not.toBe(id);
  });

  it("starts a chat in Leichte Sprache (de-x-ls) and refuses a language that is no tag", async () => {
    await chatApp();
    await agentOnDuty(t);
    const client = new TestClient(t);
    const start = async (language: string) =>
      client.json("POST", "/api/chat/conversations", {
        topic: "identity",
        language,
        clientId: randomUUID(),
        text: "Ausweis?",
        proofOfWork: await solvedProofOfWork(client, "/api/chat/challenge"),
      });
    const wrong = await start("Deutsch");
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: "validation_failed" });
    const easy = await start("de-x-ls");
    expect(easy.status).toBe(201);
    expect(conversationSchema.parse(easy.body).language).toBe("de-x-ls");
  });

  it("cuts the chat cookie down when the chat ends, deletes it on done, and the old secret reaches nothing", async () => {
    await chatApp();
    const { resident, id } = await acceptedChat();
    const secret = resident.client.cookies.get(CHAT_COOKIE);
    const left = await resident.client.json("POST", `/api/chat/conversations/${id}/leave`);
    expect(left.status).toBe(200);
    const maxAge = Number(/max-age=(\d+)/i.exec(setCookieOf(left.headers) ?? "")?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(15 * 60);
    const done = await resident.client.json("POST", `/api/chat/conversations/${id}/done`);
    expect(done.status).toBe(204);
    expect(setCookieOf(done.headers)).toMatch(/max-age=0/i);
    expect(resident.client.cookies.has(CHAT_COOKIE)).toBe(false);
    // The secret copied before "done" no longer opens it.
    const copy = new TestClient(t);
    copy.cookies.set(CHAT_COOKIE, secret ?? "");
    expect((await copy.json("GET", `/api/chat/conversations/${id}`)).status).toBe(404);
    expect((await copy.json("GET", "/api/chat/conversations/current")).body).toEqual({ conversation: null });
  });

  it("lets an anonymous resident reach an ended chat for 15 minutes only", async () => {
    await chatApp();
    const { agent, resident, id } = await acceptedChat();
    const closed = await agent.client.json("POST", `/api/staff/chat/conversations/${id}/close`, {
      outcome: "answered",
    });
    expect(closed.status).toBe(204);
    expect((await resident.client.json("GET", `/api/chat/conversations/${id}`)).status).toBe(200);
    const later = Date.now() + 16 * 60_000;
    vi.spyOn(Date, "now").mockReturnValue(later);
    expect((await resident.client.json("GET", `/api/chat/conversations/${id}`)).status).toBe(404);
  });

  it("passes typing on to the other side's stream, both ways, without a log entry", async () => {
    await chatApp();
    const { agent, resident, id } = await acceptedChat();
    const residentStream = sseReader(await resident.client.fetch(`/api/chat/conversations/${id}/events`));
    const agentStream = sseReader(await agent.client.fetch(`/api/staff/chat/conversations/${id}/events`));
    await residentStream.until((events) => events.some((e) => e.event === "conversation"));
    await agentStream.until((events) => events.some((e) => e.event === "conversation"));
    expect((await agent.client.json("POST", `/api/staff/chat/conversations/${id}/typing`)).status).toBe(204);
    await residentStream.until((events) => events.some((e) => e.event === "typing"));
    expect(residentStream.events.find((e) => e.event === "typing")?.data).toBe('{"author":"agent"}');
    expect((await resident.client.json("POST", `/api/chat/conversations/${id}/typing`)).status).toBe(204);
    await agentStream.until((events) => events.some((e) => e.event === "typing"));
    expect(agentStream.events.find((e) => e.event === "typing")?.data).toBe('{"author":"resident"}');
    // The agent's own signal does not come back to the agent.
    expect(agentStream.events.filter((e) => e.event === "typing")).toHaveLength(1);
    await residentStream.close();
    await agentStream.close();
    const log = entriesResponseSchema.parse(
      (await resident.client.json("GET", `/api/chat/conversations/${id}/entries`)).body,
    );
    expect(log.entries.map((e) => e.kind)).toEqual(["message", "joined"]);
    // Another agent may not type into it.
    const other = await agentOnDuty(t);
    expect((await other.client.json("POST", `/api/staff/chat/conversations/${id}/typing`)).status).toBe(403);
  });

  it("takes one rating after the chat and mails the transcript on request", async () => {
    await chatApp();
    const { agent, resident, id } = await acceptedChat();
    const answer = await agent.client.json("POST", `/api/staff/chat/conversations/${id}/messages`, {
      clientId: randomUUID(),
      text: "Bitte bringen Sie ein biometrisches Foto mit.",
    });
    expect(answer.status).toBe(201);
    const early = await resident.client.json("POST", `/api/chat/conversations/${id}/rating`, { rating: 5 });
    expect(early.status).toBe(409);
    await agent.client.json("POST", `/api/staff/chat/conversations/${id}/close`, { outcome: "answered" });
    const wrong = await resident.client.json("POST", `/api/chat/conversations/${id}/rating`, { rating: 6 });
    expect(wrong.status).toBe(400);
    const rated = await resident.client.json("POST", `/api/chat/conversations/${id}/rating`, { rating: 4 });
    expect(rated.status).toBe(200);
    expect(conversationSchema.parse(rated.body).rating).toBe(4);
    const twice = await resident.client.json("POST", `/api/chat/conversations/${id}/rating`, { rating: 1 });
    expect(twice.status).toBe(409);
    const mailed = await resident.client.json("POST", `/api/chat/conversations/${id}/transcript-mail`, {
      email: "erika@example.org",
    });
    expect(mailed.status).toBe(204);
    const mail = t.mails.at(-1);
    expect(mail?.to).toBe("erika@example.org");
    expect(mail?.subject).toBe("Verlauf Ihres Chats mit dem Bürgerbüro");
    expect(mail?.text).toContain("Was brauche ich für einen Personalausweis?");
    expect(mail?.text).toContain("Bitte bringen Sie ein biometrisches Foto mit.");
    // Somebody else's chat: not found, and nothing mailed.
    const stranger = new TestClient(t);
    const count = t.mails.length;
    const foreign = await stranger.json("POST", `/api/chat/conversations/${id}/transcript-mail`, {
      email: "x@example.org",
    });
    expect(foreign.status).toBe(404);
    expect(t.mails).toHaveLength(count);
  });

  it("writes the transcript in the chat's language: subject, times, the file line and the signature", async () => {
    await chatApp();
    const { agent, resident, id } = await acceptedChat("tr", "Kimlik kartı için ne gerekiyor?");
    await agent.client.json("POST", `/api/staff/chat/conversations/${id}/messages`, {
      clientId: randomUUID(),
      text: "Biyometrik bir fotoğraf getirin.",
    });
    await agent.client.json("POST", `/api/staff/chat/conversations/${id}/close`, { outcome: "answered" });
    const mailed = await resident.client.json("POST", `/api/chat/conversations/${id}/transcript-mail`, {
      email: "ayse@example.org",
    });
    expect(mailed.status).toBe(204);
    const mail = t.mails.at(-1);
    expect(mail?.subject).toBe("Vatandaş Bürosu ile sohbetinizin kaydı");
    expect(mail?.text).toContain("Kimlik kartı için ne gerekiyor?");
    expect(mail?.text).toContain("Biyometrik bir fotoğraf getirin.");
    expect(mail?.text).toContain(residentTexts("tr").signature);
    expect(mail?.text).not.toContain(residentTexts("de").signature);
  });
});
