// The office's part of the chat: canned answers (agents read, leads and admins keep them), the
// leads admins name, appointment proposals for services booked online, and the leads' statistics.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { entriesResponseSchema } from "../../../src/lib/contract/chat";
import {
  cannedAnswerListSchema,
  cannedAnswerSchema,
  chatStatsSchema,
  leadListSchema,
} from "../../../src/lib/contract/chat-office";
import { createAccountWithSession } from "../../testing/accounts";
import { databaseKind, type TestApp } from "../../testing/test-app";
import { seedTestOffice } from "../appointments/test-fixtures";
import { upsertEntries } from "../../platform/sync/store";
import { aggregate } from "./stats";
import { agentOnDuty, chatApps, startAnonymous, startSignedIn } from "./test-fixtures";

const { chatApp } = chatApps(async (app) => {
  await seedTestOffice(app.db, { counters: 1, openingHours: "Mo-Fr 08:00-16:00" });
});

const audited = (app: TestApp, action: string) =>
  app.db.selectFrom("audit_log").select("actor_id").where("action", "=", action).execute();

describe(`chat office (${databaseKind})`, () => {
  it("lets leads and admins keep canned answers that every agent reads; others get 403", async () => {
    const app = await chatApp();
    const agent = await agentOnDuty(app);
    const lead = await agentOnDuty(app);
    const admin = await createAccountWithSession(app, { role: "admin" });
    const citizen = await createAccountWithSession(app, { role: "citizen" });
    const answer = {
      title: "Ausweis: Unterlagen",
      text: "Bitte bringen Sie ein Foto mit.",
      serviceId: "testdienst",
    };

    expect((await agent.client.json("POST", "/api/staff/chat/canned-answers", answer)).status).toBe(403);
    expect((await citizen.client.json("GET", "/api/staff/chat/canned-answers")).status).toBe(403);
    expect((await agent.client.json("GET", "/api/staff/chat/office/role")).body).toEqual({
      lead: false,
      admin: false,
    });

    // Only staff of the agents' departments can be named, and only by admins.
    expect(
      (await lead.client.json("PUT", "/api/staff/chat/leads", { accountIds: [lead.account.id] })).status,
    ).toBe(403);
    const stranger = await createAccountWithSession(app, { role: "staff", department: "bauamt" });
    const wrong = await admin.client.json("PUT", "/api/staff/chat/leads", {
      accountIds: [stranger.account.id],
    });
    expect(wrong.status).toBe(400);
    const named = await admin.client.json("PUT", "/api/staff/chat/leads", { accountIds: [lead.account.id] });
    expect(named.status).toBe(200);
    const candidates = leadListSchema.parse(named.body).candidates;
    expect(candidates.find((c) => c.id === lead.account.id)?.lead).toBe(true);
    expect(candidates.find((c) => c.id === agent.account.id)?.lead).toBe(false);
    expect(candidates.some((c) => c.id === stranger.account.id)).toBe(false);
    expect(await audited(app, "chat.leads-updated")).toEqual([{ actor_id: admin.account.id }]);
    expect((await lead.client.json("GET", "/api/staff/chat/office/role")).body).toEqual({
      lead: true,
      admin: false,
    });

    const created = await lead.client.json("POST", "/api/staff/chat/canned-answers", answer);
    expect(created.status).toBe(201);
    const { id } = cannedAnswerSchema.parse(created.body);
    const unknownPage = await lead.client.json("POST", "/api/staff/chat/canned-answers", {
      ...answer,
      serviceId: "gibt-es-nicht",
    });
    expect(unknownPage.status).toBe(400);
    const changed = await admin.client.json("PUT", `/api/staff/chat/canned-answers/${id}`, {
      title: "Ausweis",
      text: "Ein biometrisches Foto.",
      serviceId: null,
    });
    expect(changed.body).toMatchObject({ id, title: "Ausweis", serviceId: null });
    const list = cannedAnswerListSchema.parse(
      (await agent.client.json("GET", "/api/staff/chat/canned-answers")).body,
    );
    expect(list.answers).toEqual([expect.objectContaining({ id, text: "Ein biometrisches Foto." })]);
    expect((await agent.client.json("DELETE", `/api/staff/chat/canned-answers/${id}`)).status).toBe(403);
    expect((await lead.client.json("DELETE", `/api/staff/chat/canned-answers/${id}`)).status).toBe(204);
    expect((await lead.client.json("DELETE", `/api/staff/chat/canned-answers/${id}`)).status).toBe(404);
    expect((await audited(app, "chat.canned-updated")).length).toBe(2);
    expect(await audited(app, "chat.canned-deleted")).toEqual([{ actor_id: lead.account.id }]);
  });

  it("sends a proposal as the booking's link, once per client id, only for a service booked online", async () => {
    const app = await chatApp();
    const agent = await agentOnDuty(app);
    const resident = await startSignedIn(app);
    const base = `/api/staff/chat/conversations/${resident.conversation.id}`;
    expect((await agent.client.json("POST", `${base}/accept`)).status).toBe(200);
    const clientId = randomUUID();
    const first = await agent.client.json("POST", `${base}/proposals`, { clientId, serviceId: "testdienst" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      kind: "message",
      author: "agent",
      text: `${app.config.appOrigin}/termine?dienst=testdienst`,
    });
    const again = await agent.client.json("POST", `${base}/proposals`, { clientId, serviceId: "testdienst" });
    expect(again.status).toBe(200);

    await upsertEntries(app.db, "services", [
      {
        id: "nur-online",
        data: {
          id: "nur-online",
          category: "identity",
          officeIds: ["testamt"],
          online: "no",
          appointment: "no",
          fees: [],
          legalBasis: [],
          reviewedAt: "2026-11-01",
          sample: true,
          text: {
            de: { title: "Online", summary: "s", description: "d", documents: [], fees: [], keywords: [] },
            en: { title: "Online", summary: "s", description: "d", documents: [], fees: [], keywords: [] },
          },
        },
      },
    ]);
    const notBookable = await agent.client.json("POST", `${base}/proposals`, {
      clientId: randomUUID(),
      serviceId: "nur-online",
    });
    expect(notBookable.status).toBe(400);
    // A colleague cannot propose in someone else's chat.
    const colleague = await agentOnDuty(app);
    const foreign = await colleague.client.json("POST", `${base}/proposals`, {
      clientId: randomUUID(),
      serviceId: "testdienst",
    });
    expect(foreign.status).toBe(403);

    const seen = entriesResponseSchema.parse(
      (await resident.client.json("GET", `/api/chat/conversations/${resident.conversation.id}/entries`)).body,
    );
    expect(seen.entries.filter((e) => e.text?.endsWith("/termine?dienst=testdienst"))).toHaveLength(1);
  });

  it("gives leads and admins the waits and volumes per hour and topic, without any text", async () => {
    const app = await chatApp();
    const agent = await agentOnDuty(app);
    const admin = await createAccountWithSession(app, { role: "admin" });
    const taken = await startAnonymous(app);
    await startSignedIn(app);
    expect(
      (await agent.client.json("POST", `/api/staff/chat/conversations/${taken.conversation.id}/accept`))
        .status,
    ).toBe(200);
    expect((await agent.client.json("GET", "/api/staff/chat/stats")).status).toBe(403);
    const answer = await admin.client.json("GET", "/api/staff/chat/stats?days=1");
    expect(answer.status).toBe(200);
    const stats = chatStatsSchema.parse(answer.body);
    expect(stats.total).toMatchObject({ started: 2, accepted: 1, leftWaiting: 0 });
    expect(stats.byTopic.map((b) => [b.topic, b.started, b.accepted])).toEqual([
      ["identity", 1, 1],
      ["registration", 1, 0],
    ]);
    expect(stats.byHour).toHaveLength(24);
    expect(stats.byHour.reduce((sum, h) => sum + h.started, 0)).toBe(2);
    expect(JSON.stringify(stats)).not.toContain("Personalausweis");
    expect((await admin.client.json("GET", "/api/staff/chat/stats?days=1000")).status).toBe(400);
  });
});

describe("chat statistics (aggregation)", () => {
  it("counts by Berlin's hour of the day and gives mean and longest waits", () => {
    const rows = [
      // 08:10 and 08:50 in Berlin (winter, UTC+1); waits 60 s and 180 s.
      {
        topic: "identity",
        status: "closed",
        started_at: "2026-12-07T07:10:00.000Z",
        accepted_at: "2026-12-07T07:11:00.000Z",
      },
      {
        topic: "identity",
        status: "active",
        started_at: "2026-12-07T07:50:00.000Z",
        accepted_at: "2026-12-07T07:53:00.000Z",
      },
      // 14:00, left while waiting.
      { topic: "other", status: "left", started_at: "2026-12-07T13:00:00.000Z", accepted_at: null },
    ];
    const stats = aggregate(rows, "2026-12-01T00:00:00.000Z", "2026-12-08T00:00:00.000Z", 3);
    expect(stats.byHour[8]).toEqual({
      hour: 8,
      started: 2,
      accepted: 2,
      leftWaiting: 0,
      meanWaitSeconds: 120,
      maxWaitSeconds: 180,
    });
    expect(stats.byHour[14]).toMatchObject({
      started: 1,
      accepted: 0,
      leftWaiting: 1,
      meanWaitSeconds: null,
    });
    expect(stats.byHour[7]?.started).toBe(0);
    expect(stats.total).toMatchObject({ started: 3, accepted: 2, leftWaiting: 1 });
    expect(stats.cases).toBe(3);
    expect(stats.byTopic.map((b) => b.topic)).toEqual(["identity", "other"]);
  });
});
