// Agents and the rules around a conversation: the accept race, capacity, presence that expires,
// chat hours and holidays, who may reach what, rate limits, cases, and retention.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  agentConversationSchema,
  chatStatusSchema,
  conversationSchema,
} from "../../../src/lib/contract/chat";
import { createAccountWithSession } from "../../testing/accounts";
import { solvedProofOfWork } from "../../testing/proof-of-work";
import { databaseKind } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { chatHoursStatus } from "./hours";
import { deleteExpiredChats } from "./service";
import { agentOnDuty, chatApps, sseReader, startAnonymous, startSignedIn } from "./test-fixtures";

const { chatApp, plainApp } = chatApps();

const berlin = (local: string) => Date.parse(`${local}+01:00`);

describe("chat hours (opening_hours with Lower Saxony's holidays)", () => {
  const rule = "Mo-Fr 08:00-16:00; PH off";

  it("is open on a working day until the end of the period", () => {
    expect(chatHoursStatus(rule, berlin("2026-12-07T10:00:00"))).toEqual({
      open: true,
      closesAt: "2026-12-07T15:00:00.000Z",
      nextOpensAt: "2026-12-08T07:00:00.000Z",
    });
  });

  it("is closed on Christmas Day (a Friday) and opens again on Monday", () => {
    expect(chatHoursStatus(rule, berlin("2026-12-25T10:00:00"))).toEqual({
      open: false,
      nextOpensAt: "2026-12-28T07:00:00.000Z",
    });
  });

  it("is closed on Reformation Day, a holiday in Lower Saxony (not in every state)", () => {
    // 31 October 2025 was a Friday.
    const status = chatHoursStatus(rule, Date.parse("2025-10-31T10:00:00+01:00"));
    expect(status.open).toBe(false);
    expect(status.nextOpensAt).toBe("2025-11-03T07:00:00.000Z");
  });
});

describe(`chat agents and rules (${databaseKind})`, () => {
  it("lets exactly one of two agents accept the same chat; the other gets 409 already_taken", async () => {
    const app = await chatApp();
    const [first, second] = [await agentOnDuty(app), await agentOnDuty(app)];
    const { conversation } = await startAnonymous(app);
    const path = `/api/staff/chat/conversations/${conversation.id}/accept`;
    const answers = await Promise.all([first.client.json("POST", path), second.client.json("POST", path)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const lost = answers.find((a) => a.status === 409);
    expect(lost?.body).toMatchObject({ code: "already_taken" });
    const won = agentConversationSchema.parse(answers.find((a) => a.status === 200)?.body);
    expect(won.status).toBe("active");
    expect([first.account.id, second.account.id]).toContain(won.agentId);
  });

  it("respects an agent's capacity and shows the queue position with an estimate", async () => {
    const app = await chatApp();
    const agent = await agentOnDuty(app, 1);
    const one = await startAnonymous(app);
    const two = await startAnonymous(app);
    expect(two.conversation).toMatchObject({ status: "waiting", position: 2 });
    expect(two.conversation.estimateMinutes).toBeGreaterThan(0);
    expect(
      (await agent.client.json("POST", `/api/staff/chat/conversations/${one.conversation.id}/accept`)).status,
    ).toBe(200);
    const full = await agent.client.json(
      "POST",
      `/api/staff/chat/conversations/${two.conversation.id}/accept`,
    );
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: "capacity_reached" });
    const moved = conversationSchema.parse(
      (await two.client.json("GET", `/api/chat/conversations/${two.conversation.id}`)).body,
    );
    expect(moved.position).toBe(1);
    // The resident leaves the queue.
    const left = await two.client.json("POST", `/api/chat/conversations/${two.conversation.id}/leave`);
    expect(left.body).toMatchObject({ status: "left", position: null });
  });

  it("moves a waiting resident up live on the stream when the chat ahead is accepted", async () => {
    const app = await chatApp();
    const agent = await agentOnDuty(app, 1);
    const one = await startAnonymous(app);
    const two = await startAnonymous(app);
    const stream = sseReader(await two.client.fetch(`/api/chat/conversations/${two.conversation.id}/events`));
    const positions = () =>
      stream.events
        .filter((e) => e.event === "conversation")
        .map((e) => conversationSchema.parse(JSON.parse(e.data)).position);
    await stream.until(() => positions().includes(2));
    // Only the queue's wake-up tells this stream: the accept concerns the other conversation.
    expect(
      (await agent.client.json("POST", `/api/staff/chat/conversations/${one.conversation.id}/accept`)).status,
    ).toBe(200);
    await stream.until(() => positions().includes(1));
    expect(positions()).toEqual([2, 1]);
    await stream.close();
  });

  it("refuses a chat outside the hours (chat_closed) and with nobody on duty (chat_unstaffed)", async () => {
    const app = await plainApp();
    const admin = await createAccountWithSession(app, { role: "admin" });
    // One minute a year: closed whenever the test runs (except in that minute).
    await admin.client.json("PUT", "/api/staff/chat/settings", { hours: "Jan 01 00:00-00:01" });
    const start = async () => {
      const resident = new TestClient(app);
      return resident.json("POST", "/api/chat/conversations", {
        topic: "other",
        language: "de",
        clientId: randomUUID(),
        text: "Hallo",
        proofOfWork: await solvedProofOfWork(resident, "/api/chat/challenge"),
      });
    };
    await agentOnDuty(app);
    const closed = await start();
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ code: "chat_closed" });
    await admin.client.json("PUT", "/api/staff/chat/settings", { hours: "24/7" });
    // Presence expires without heartbeats.
    await app.db
      .updateTable("chat_agents")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    const status = chatStatusSchema.parse((await new TestClient(app).json("GET", "/api/chat/status")).body);
    expect(status).toMatchObject({ agentsOnDuty: false, accepting: false, hours: { open: true } });
    const unstaffed = await start();
    expect(unstaffed.status).toBe(409);
    expect(unstaffed.body).toMatchObject({ code: "chat_unstaffed" });
  });

  it("keeps conversations to their residents (404) and the agents' side to agents (403)", async () => {
    const app = await chatApp();
    const agent = await agentOnDuty(app);
    const anonymous = await startAnonymous(app);
    const signedIn = await startSignedIn(app);
    const stranger = await createAccountWithSession(app, { role: "citizen" });
    for (const id of [anonymous.conversation.id, signedIn.conversation.id]) {
      expect((await stranger.client.json("GET", `/api/chat/conversations/${id}`)).status).toBe(404);
      expect((await new TestClient(app).json("GET", `/api/chat/conversations/${id}/entries`)).status).toBe(
        404,
      );
      const write = await stranger.client.json("POST", `/api/chat/conversations/${id}/messages`, {
        clientId: randomUUID(),
        text: "Fremd",
      });
      expect(write.status).toBe(404);
    }
    const builder = await createAccountWithSession(app, { role: "staff", department: "bauamt" });
    expect((await builder.client.json("GET", "/api/staff/chat/queue")).status).toBe(403);
    expect((await stranger.client.json("GET", "/api/staff/chat/queue")).status).toBe(403);
    // An admin adds the Bauamt to the agents' departments: its staff may now take chats.
    const admin = await createAccountWithSession(app, { role: "admin" });
    const settings = await admin.client.json("PUT", "/api/staff/chat/settings", {
      hours: "24/7",
      agentDepartments: ["buergerbuero", "bauamt"],
    });
    expect(settings.status).toBe(200);
    expect((await builder.client.json("GET", "/api/staff/chat/queue")).status).toBe(200);
    // ... which a Bürgerbüro agent may not change.
    const refused = await agent.client.json("PUT", "/api/staff/chat/settings", {
      hours: "24/7",
      agentDepartments: ["buergerbuero"],
    });
    expect(refused.status).toBe(403);
    // Another agent's active chat: no reading, no writing.
    await agent.client.json("POST", `/api/staff/chat/conversations/${signedIn.conversation.id}/accept`);
    const colleague = await agentOnDuty(app);
    const path = `/api/staff/chat/conversations/${signedIn.conversation.id}`;
    expect((await colleague.client.json("GET", path)).status).toBe(403);
    const write = await colleague.client.json("POST", `${path}/messages`, {
      clientId: randomUUID(),
      text: "Hi",
    });
    expect(write.status).toBe(403);
  });

  it("audits every staff read of an ended conversation and hides transfer notes from residents", async () => {
    const app = await chatApp();
    const agent = await agentOnDuty(app);
    const colleague = await agentOnDuty(app);
    const resident = await startSignedIn(app);
    const path = `/api/staff/chat/conversations/${resident.conversation.id}`;
    await agent.client.json("POST", `${path}/accept`);
    const transferred = await agent.client.json("POST", `${path}/transfer`, {
      toAgentId: colleague.account.id,
      note: "Fragt nach Meldebescheinigung",
    });
    expect(transferred.status).toBe(204);
    const residentView = await resident.client.json(
      "GET",
      `/api/chat/conversations/${resident.conversation.id}/entries`,
    );
    expect(JSON.stringify(residentView.body)).not.toContain("Meldebescheinigung");
    const agentView = await colleague.client.json("GET", `${path}/entries`);
    expect(JSON.stringify(agentView.body)).toContain("Meldebescheinigung");
    expect((await colleague.client.json("POST", `${path}/close`, { outcome: "answered" })).status).toBe(204);
    const audited = () =>
      app.db
        .selectFrom("audit_log")
        .select("actor_id")
        .where("action", "=", "chat.transcript-read")
        .execute();
    expect(await audited()).toEqual([]);
    await agent.client.json("GET", `${path}/entries`);
    await agent.client.json("GET", path);
    expect(await audited()).toEqual([{ actor_id: agent.account.id }, { actor_id: agent.account.id }]);
  });

  it("limits messages per conversation (429) and their length (400)", async () => {
    const app = await chatApp();
    await agentOnDuty(app);
    const { client, conversation } = await startAnonymous(app);
    const path = `/api/chat/conversations/${conversation.id}/messages`;
    const long = await client.json("POST", path, { clientId: randomUUID(), text: "x".repeat(2001) });
    expect(long.status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      statuses.push(
        (await client.json("POST", path, { clientId: randomUUID(), text: `Nachricht ${i}` })).status,
      );
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(201));
    expect(statuses[20]).toBe(429);
  });

  it("turns a message left after hours into a case answered by mail or into the postbox", async () => {
    const app = await plainApp();
    const anonymous = new TestClient(app);
    const noAddress = await anonymous.json("POST", "/api/chat/cases", {
      topic: "identity",
      language: "de",
      text: "Wie lange dauert ein Reisepass?",
      proofOfWork: await solvedProofOfWork(anonymous, "/api/chat/challenge"),
    });
    expect(noAddress.status).toBe(400);
    const byMail = await anonymous.json("POST", "/api/chat/cases", {
      topic: "identity",
      language: "de",
      text: "Wie lange dauert ein Reisepass?",
      email: "erika@example.org",
      proofOfWork: await solvedProofOfWork(anonymous, "/api/chat/challenge"),
    });
    expect(byMail.status).toBe(201);
    expect(byMail.body).toMatchObject({ answerBy: "mail", status: "open" });
    const resident = await createAccountWithSession(app, { role: "citizen" });
    const byPostbox = await resident.client.json("POST", "/api/chat/cases", {
      topic: "registration",
      language: "de",
      text: "Kann ich mich online ummelden?",
    });
    expect(byPostbox.body).toMatchObject({ answerBy: "postbox" });
    const agent = await createAccountWithSession(app, { role: "staff", department: "buergerbuero" });
    const answer = { subject: "Ihre Frage an das Bürgerbüro", text: "Etwa drei Wochen." };
    const mailed = await agent.client.json(
      "POST",
      `/api/staff/chat/cases/${(byMail.body as { id: string }).id}/answer`,
      answer,
    );
    expect(mailed.status).toBe(200);
    expect(app.mails.at(-1)).toMatchObject({ to: "erika@example.org", subject: answer.subject });
    const twice = await agent.client.json(
      "POST",
      `/api/staff/chat/cases/${(byMail.body as { id: string }).id}/answer`,
      answer,
    );
    expect(twice.status).toBe(409);
    const posted = await agent.client.json(
      "POST",
      `/api/staff/chat/cases/${(byPostbox.body as { id: string }).id}/answer`,
      { subject: "Ummeldung", text: "Ja, mit dem Online-Ausweis." },
    );
    expect(posted.status).toBe(200);
    const postbox = await app.db
      .selectFrom("postbox_messages")
      .select(["subject", "body"])
      .where("account_id", "=", resident.account.id)
      .execute();
    expect(postbox).toEqual([{ subject: "Ummeldung", body: "Ja, mit dem Online-Ausweis." }]);
  });

  it("deletes chats that ended longer ago than the retention period, unless saved to the postbox", async () => {
    const app = await chatApp();
    const agent = await agentOnDuty(app);
    const old = await startAnonymous(app);
    const saved = await startSignedIn(app);
    const recent = await startAnonymous(app);
    for (const id of [old.conversation.id, saved.conversation.id, recent.conversation.id]) {
      await agent.client.json("POST", `/api/staff/chat/conversations/${id}/accept`);
      await agent.client.json("POST", `/api/staff/chat/conversations/${id}/close`, { outcome: "answered" });
    }
    const transcript = await saved.client.json(
      "POST",
      `/api/chat/conversations/${saved.conversation.id}/transcript`,
    );
    expect(transcript.body).toMatchObject({ savedToPostbox: true });
    const longAgo = new Date(Date.now() - 91 * 24 * 3600_000).toISOString();
    await app.db
      .updateTable("chat_conversations")
      .set({ ended_at: longAgo })
      .where("id", "in", [old.conversation.id, saved.conversation.id])
      .execute();
    const removed = await deleteExpiredChats(app.db, app.config.chatRetentionDays, Date.now());
    expect(removed.conversations).toBe(1);
    const left = await app.db.selectFrom("chat_conversations").select("id").orderBy("id").execute();
    expect(left.map((r) => r.id).sort()).toEqual([saved.conversation.id, recent.conversation.id].sort());
    const entries = await app.db
      .selectFrom("chat_entries")
      .select("seq")
      .where("conversation_id", "=", old.conversation.id)
      .execute();
    expect(entries).toEqual([]);
    expect(app.config.chatRetentionDays).toBe(90);
  });
});
