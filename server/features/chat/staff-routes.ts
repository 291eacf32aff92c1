// /api/staff/chat: the agents' side. Agents are Bürgerbüro staff, staff of the departments admins
// add in the settings, and admins; other staff get 403. Presence on duty expires without heartbeats.
import { mailDeps } from "../../http/mail-deps";
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  agentCaseListSchema,
  agentCaseSchema,
  agentConversationListSchema,
  agentConversationSchema,
  agentEntriesResponseSchema,
  blockRequestSchema,
  caseAnswerRequestSchema,
  chatEntrySchema,
  chatSettingsRequestSchema,
  chatSettingsSchema,
  closeRequestSchema,
  colleagueListSchema,
  dutyRequestSchema,
  dutySchema,
  entriesQuerySchema,
  heartbeatSchema,
  queueQuerySchema,
  readRequestSchema,
  sendMessageRequestSchema,
  transferRequestSchema,
} from "../../../src/lib/contract/chat";
import type { AppEnv, SignedInAccount } from "../../http/env";
import { jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { createLimiter } from "../../http/rate-limit";
import { JSON_BODY_PROBLEMS } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { notifyNewMessage } from "../staff/messages";
import { agentCaseView, answerCase, listCases, updateSettings } from "./cases";
import { chatHoursStatus } from "./hours";
import { hubOf } from "./hub";
import * as messages from "./messages";
import * as queue from "./queue";
import * as service from "./service";
import * as views from "./views";
import { findCase, listActiveOf, listWaiting } from "./store";
import { queueStream } from "./queue-stream";
import { hasEnded, streamConversation } from "./stream";
import { AGENT, agentGuard, agentGuardWithBody, MINUTE, params } from "./staff-guards";

const agentOf = (c: Context<AppEnv>): SignedInAccount => requireStaff(c);

const routes = {
  duty: createRoute({
    method: "get",
    path: "/duty",
    summary: "One's duty: on or off, capacity, chats now.",
    middleware: agentGuard,
    responses: { 200: jsonAnswer(dutySchema, "The duty"), ...problems(AGENT) },
  }),
  setDuty: createRoute({
    method: "put",
    path: "/duty",
    summary: "Go on or off duty, set one's capacity (presence lasts 60 s unless heartbeats renew it).",
    middleware: agentGuardWithBody,
    request: { body: jsonBody(dutyRequestSchema) },
    responses: { 200: jsonAnswer(dutySchema, "The duty"), ...problems({ ...AGENT, ...JSON_BODY_PROBLEMS }) },
  }),
  heartbeat: createRoute({
    method: "post",
    path: "/duty/heartbeat",
    summary: "Renew presence (every 20 s) and see the queue at a glance.",
    middleware: agentGuard,
    responses: { 200: jsonAnswer(heartbeatSchema, "Presence and queue"), ...problems(AGENT) },
  }),
  queue: createRoute({
    method: "get",
    path: "/queue",
    summary: "Waiting chats, longest waiting first, optionally of one topic.",
    middleware: agentGuard,
    request: { query: queueQuerySchema },
    responses: { 200: jsonAnswer(agentConversationListSchema, "Waiting chats"), ...problems(AGENT) },
  }),
  queueEvents: createRoute({
    method: "get",
    path: "/queue/events",
    summary:
      "While on duty: the waiting chats (event `queue`) and one's own (event `mine`) as Server-Sent Events, whole, whenever they change; off duty 204.",
    middleware: agentGuard,
    request: { query: queueQuerySchema },
    responses: {
      200: plainAnswer("text/event-stream of the waiting list and one's chats", "text/event-stream"),
      204: plainAnswer("Not on duty: nothing to stream"),
      ...problems(AGENT),
    },
  }),
  mine: createRoute({
    method: "get",
    path: "/conversations",
    summary: "One's active chats.",
    middleware: agentGuard,
    responses: { 200: jsonAnswer(agentConversationListSchema, "Active chats"), ...problems(AGENT) },
  }),
  get: createRoute({
    method: "get",
    path: "/conversations/{id}",
    summary: "A chat: waiting, one's own, or ended (reading an ended one is audited).",
    middleware: agentGuard,
    request: { params },
    responses: {
      200: jsonAnswer(agentConversationSchema, "The chat"),
      ...problems({ ...AGENT, 404: ["not_found"] }),
    },
  }),
  entries: createRoute({
    method: "get",
    path: "/conversations/{id}/entries",
    summary: "The log after a seq, up to 500 entries a page (transfer notes included).",
    middleware: agentGuard,
    request: { params, query: entriesQuerySchema },
    responses: {
      200: jsonAnswer(agentEntriesResponseSchema, "Entries"),
      ...problems({ ...AGENT, 404: ["not_found"] }),
    },
  }),
  events: createRoute({
    method: "get",
    path: "/conversations/{id}/events",
    summary:
      "The log as Server-Sent Events (as for residents, with agent views), after ?after= or Last-Event-ID.",
    middleware: agentGuard,
    request: { params, query: entriesQuerySchema },
    responses: {
      200: plainAnswer("text/event-stream of entries and chat changes", "text/event-stream"),
      204: plainAnswer("The chat has ended and everything after `after` was read: stop"),
      ...problems({ ...AGENT, 404: ["not_found"] }),
    },
  }),
  accept: createRoute({
    method: "post",
    path: "/conversations/{id}/accept",
    summary: "Take a waiting chat (within one's capacity); when a colleague was faster, 409 already_taken.",
    middleware: agentGuard,
    request: { params },
    responses: {
      200: jsonAnswer(agentConversationSchema, "Taken"),
      ...problems({
        ...AGENT,
        404: ["not_found"],
        409: ["already_taken", "capacity_reached", "conversation_ended", "conflict"],
      }),
    },
  }),
  send: createRoute({
    method: "post",
    path: "/conversations/{id}/messages",
    summary: "Answer in one's chat with a client-made id (idempotent).",
    middleware: agentGuardWithBody,
    request: { params, body: jsonBody(sendMessageRequestSchema) },
    responses: {
      200: jsonAnswer(chatEntrySchema, "Sent before with this clientId"),
      201: jsonAnswer(chatEntrySchema, "Appended"),
      ...problems({
        ...AGENT,
        404: ["not_found"],
        409: ["conversation_ended"],
        429: ["rate_limited"],
        ...JSON_BODY_PROBLEMS,
      }),
    },
  }),
  read: createRoute({
    method: "post",
    path: "/conversations/{id}/read",
    summary: "Mark the resident's messages read up to a seq.",
    middleware: agentGuardWithBody,
    request: { params, body: jsonBody(readRequestSchema) },
    responses: {
      204: plainAnswer("Marked"),
      ...problems({ ...AGENT, 404: ["not_found"], 409: ["conversation_ended"], ...JSON_BODY_PROBLEMS }),
    },
  }),
  transfer: createRoute({
    method: "post",
    path: "/conversations/{id}/transfer",
    summary: "Hand one's chat to a colleague on duty, or back to the queue of a department, with a note.",
    middleware: agentGuardWithBody,
    request: { params, body: jsonBody(transferRequestSchema) },
    responses: {
      204: plainAnswer("Transferred"),
      ...problems({
        ...AGENT,
        404: ["not_found"],
        409: ["conversation_ended", "capacity_reached", "conflict"],
        ...JSON_BODY_PROBLEMS,
      }),
    },
  }),
  close: createRoute({
    method: "post",
    path: "/conversations/{id}/close",
    summary: "End one's chat with an outcome.",
    middleware: agentGuardWithBody,
    request: { params, body: jsonBody(closeRequestSchema) },
    responses: {
      204: plainAnswer("Closed"),
      ...problems({ ...AGENT, 404: ["not_found"], 409: ["conversation_ended"], ...JSON_BODY_PROBLEMS }),
    },
  }),
  block: createRoute({
    method: "post",
    path: "/conversations/{id}/block",
    summary: "End an abusive chat and block it (audited with the reason).",
    middleware: agentGuardWithBody,
    request: { params, body: jsonBody(blockRequestSchema) },
    responses: {
      204: plainAnswer("Blocked"),
      ...problems({ ...AGENT, 404: ["not_found"], 409: ["conversation_ended"], ...JSON_BODY_PROBLEMS }),
    },
  }),
  agents: createRoute({
    method: "get",
    path: "/agents",
    summary: "Colleagues on duty (for a transfer).",
    middleware: agentGuard,
    responses: { 200: jsonAnswer(colleagueListSchema, "Agents on duty"), ...problems(AGENT) },
  }),
  settings: createRoute({
    method: "get",
    path: "/settings",
    summary: "Chat hours (opening_hours syntax) and the agents' departments.",
    middleware: agentGuard,
    responses: { 200: jsonAnswer(chatSettingsSchema, "The settings"), ...problems(AGENT) },
  }),
  setSettings: createRoute({
    method: "put",
    path: "/settings",
    summary: "Set the chat hours; admins also choose the agents' departments.",
    middleware: agentGuardWithBody,
    request: { body: jsonBody(chatSettingsRequestSchema) },
    responses: {
      200: jsonAnswer(chatSettingsSchema, "The settings"),
      ...problems({ ...AGENT, ...JSON_BODY_PROBLEMS }),
    },
  }),
  cases: createRoute({
    method: "get",
    path: "/cases",
    summary: "Messages left outside chat hours: open first, oldest first.",
    middleware: agentGuard,
    responses: { 200: jsonAnswer(agentCaseListSchema, "Cases"), ...problems(AGENT) },
  }),
  answerCase: createRoute({
    method: "post",
    path: "/cases/{id}/answer",
    summary: "Answer a case: into the resident's postbox, or by mail without an account.",
    middleware: agentGuardWithBody,
    request: { params, body: jsonBody(caseAnswerRequestSchema) },
    responses: {
      200: jsonAnswer(agentCaseSchema, "Answered"),
      ...problems({
        ...AGENT,
        404: ["not_found"],
        409: ["conflict"],
        503: ["mail_unavailable"],
        ...JSON_BODY_PROBLEMS,
      }),
    },
  }),
};

export function staffChatRoutes() {
  const app = createRouter();
  // An agent answers many chats at once; this only stops a runaway script.
  const perConversation = createLimiter({ name: "chat-agent-conversation", windowMs: MINUTE, max: 60 });
  const agentAuthor = (agent: SignedInAccount): messages.Author => ({
    kind: "agent",
    id: agent.id,
    name: service.agentName(agent),
  });
  const listViews = (c: Context<AppEnv>, rows: Awaited<ReturnType<typeof listWaiting>>) =>
    Promise.all(rows.map((row) => views.agentConversationView(c.var.db, row, Date.now())));

  app.openapi(routes.duty, async (c) => c.json(await queue.dutyOf(c.var.db, agentOf(c).id, Date.now()), 200));

  app.openapi(routes.setDuty, async (c) => {
    const duty = await queue.setDuty(
      c.var.db,
      hubOf(c.var.db),
      agentOf(c).id,
      c.req.valid("json"),
      Date.now(),
    );
    return c.json(duty, 200);
  });

  app.openapi(routes.heartbeat, async (c) =>
    c.json(await queue.heartbeat(c.var.db, agentOf(c).id, Date.now()), 200),
  );

  app.openapi(routes.queue, async (c) => {
    const rows = await listWaiting(c.var.db, null, c.req.valid("query").topic);
    return c.json({ conversations: await listViews(c, rows) }, 200);
  });

  app.openapi(
    routes.queueEvents,
    async (c) => (await queueStream(c, agentOf(c), c.req.valid("query").topic)) as never,
  );

  app.openapi(routes.mine, async (c) => {
    const rows = await listActiveOf(c.var.db, agentOf(c).id);
    return c.json({ conversations: await listViews(c, rows) }, 200);
  });

  app.openapi(routes.get, async (c) => {
    const row = await queue.agentConversation(c.var.db, agentOf(c), c.req.valid("param").id);
    return c.json(await views.agentConversationView(c.var.db, row, Date.now()), 200);
  });

  app.openapi(routes.entries, async (c) => {
    const row = await queue.agentConversation(c.var.db, agentOf(c), c.req.valid("param").id);
    const page = await messages.entriesAfter(c.var.db, row.id, c.req.valid("query").after, true);
    const conversation = await views.agentConversationView(c.var.db, row, Date.now());
    return c.json({ conversation, ...page }, 200);
  });

  app.openapi(routes.events, async (c) => {
    const row = await queue.agentConversation(c.var.db, agentOf(c), c.req.valid("param").id);
    return streamConversation(c, {
      row,
      after: c.req.valid("query").after,
      forAgent: true,
      view: (current) => views.agentConversationView(c.var.db, current, Date.now()),
    }) as never;
  });

  app.openapi(routes.accept, async (c) => {
    const { db } = c.var;
    const row = await queue.accept(db, hubOf(db), agentOf(c), c.req.valid("param").id, Date.now());
    return c.json(await views.agentConversationView(db, row, Date.now()), 200);
  });

  app.openapi(routes.send, async (c) => {
    const agent = agentOf(c);
    const { id } = c.req.valid("param");
    const message = c.req.valid("json");
    perConversation.hit(id);
    const { entry, created } = await messages.sendMessage(
      c.var.db,
      hubOf(c.var.db),
      id,
      agentAuthor(agent),
      message,
      Date.now(),
    );
    if (!created) perConversation.record(id, -1);
    const view = views.entryView(entry, true);
    return created ? c.json(view, 201) : c.json(view, 200);
  });

  app.openapi(routes.read, async (c) => {
    const agent = agentOf(c);
    const row = await queue.agentConversation(c.var.db, agent, c.req.valid("param").id);
    if (hasEnded(row)) return c.body(null, 204);
    await messages.markRead(
      c.var.db,
      hubOf(c.var.db),
      row,
      agentAuthor(agent),
      c.req.valid("json").upTo,
      Date.now(),
    );
    return c.body(null, 204);
  });

  app.openapi(routes.transfer, async (c) => {
    const { db } = c.var;
    await queue.transfer(db, hubOf(db), agentOf(c), c.req.valid("param").id, c.req.valid("json"), Date.now());
    return c.body(null, 204);
  });

  app.openapi(routes.close, async (c) => {
    const { db } = c.var;
    const { outcome } = c.req.valid("json");
    await queue.close(db, hubOf(db), agentOf(c), c.req.valid("param").id, outcome, Date.now());
    return c.body(null, 204);
  });

  app.openapi(routes.block, async (c) => {
    const { db } = c.var;
    const { reason } = c.req.valid("json");
    await queue.close(db, hubOf(db), agentOf(c), c.req.valid("param").id, "blocked", Date.now(), reason);
    return c.body(null, 204);
  });

  app.openapi(routes.agents, async (c) =>
    c.json({ agents: await queue.colleagues(c.var.db, Date.now()) }, 200),
  );

  const settingsAnswer = (settings: service.Settings) => ({
    ...settings,
    hoursStatus: chatHoursStatus(settings.hours, Date.now()),
  });

  app.openapi(routes.settings, async (c) => c.json(settingsAnswer(await service.settingsOf(c.var.db)), 200));

  app.openapi(routes.setSettings, async (c) => {
    const settings = await updateSettings(c.var.db, agentOf(c), c.req.valid("json"), Date.now());
    return c.json(settingsAnswer(settings), 200);
  });

  app.openapi(routes.cases, async (c) => c.json({ cases: await listCases(c.var.db) }, 200));

  app.openapi(routes.answerCase, async (c) => {
    const { db, mailer } = c.var;
    const { row, recipient } = await answerCase(
      { db, mailer },
      agentOf(c),
      c.req.valid("param").id,
      c.req.valid("json"),
      Date.now(),
    );
    if (recipient) await notifyNewMessage(mailDeps(c), recipient);
    const answered = (await findCase(db, row.id)) ?? row;
    return c.json(agentCaseView(answered), 200);
  });

  return app;
}
