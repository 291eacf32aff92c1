// /api/chat: the resident's side of the Bürgerbüro chat. Anonymous residents start with a proof of
// work and then hold their conversation by a secret in an HttpOnly cookie limited to /api/chat
// (EventSource cannot send headers, so a header token would not reach the event stream); signed-in
// residents own theirs through the session.
import { mailDeps } from "../../http/mail-deps";
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  chatCaseRequestSchema,
  chatCaseSchema,
  chatEntrySchema,
  chatStatusSchema,
  conversationSchema,
  currentConversationSchema,
  entriesQuerySchema,
  entriesResponseSchema,
  readRequestSchema,
  sendMessageRequestSchema,
  startChatRequestSchema,
} from "../../../src/lib/contract/chat";
import { altchaChallengeSchema } from "../../../src/lib/contract/proof-of-work";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { newChallenge } from "../../http/proof-of-work";
import { createLimiter, rateLimit } from "../../http/rate-limit";
import { JSON_BODY_PROBLEMS, jsonRequired, signedIn } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { requireAccount } from "../../http/session";
import { notifyNewMessage } from "../staff/messages";
import { caseView, createCase, saveTranscript } from "./cases";
import { hubOf } from "./hub";
import * as conversations from "./conversations";
import * as messages from "./messages";
import * as service from "./service";
import * as views from "./views";
import { resident, setChatCookie, shortenAfterEnd } from "./resident-cookie";
import { streamConversation } from "./stream";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const params = z.object({ id: idParam });

function residentAuthor(account: AppEnv["Variables"]["account"], name: string | null): messages.Author {
  return { kind: "resident", id: account?.id ?? null, name: account ? account.givenName : name };
}

// Functions, so that every app gets its own rate-limit windows.
const routes = () => {
  const reads = rateLimit({ name: "chat-reads", windowMs: MINUTE, max: 300 });
  const writes = rateLimit({ name: "chat-writes", windowMs: MINUTE, max: 60 });
  const conversation = { params };
  const withBody = (limit = writes) => [limit, jsonRequired()];
  return {
    status: createRoute({
      method: "get",
      path: "/status",
      summary: "Chat hours now (open until / next opening) and whether a chat can be started.",
      middleware: [reads] as const,
      responses: { 200: jsonAnswer(chatStatusSchema, "The status"), ...problems({ 429: ["rate_limited"] }) },
    }),
    challenge: createRoute({
      method: "get",
      path: "/challenge",
      summary: "An ALTCHA proof-of-work challenge (starting a chat or leaving a message without an account).",
      middleware: [rateLimit({ name: "chat-challenge", windowMs: 10 * MINUTE, max: 60 })] as const,
      responses: {
        200: jsonAnswer(altchaChallengeSchema, "The challenge"),
        ...problems({ 429: ["rate_limited"] }),
      },
    }),
    start: createRoute({
      method: "post",
      path: "/conversations",
      summary: "Start a chat with the first question (the same clientId again returns the chat it started).",
      middleware: withBody(rateLimit({ name: "chat-start", windowMs: HOUR, max: 10 })),
      request: { body: jsonBody(startChatRequestSchema) },
      responses: {
        200: jsonAnswer(conversationSchema, "Started before with this clientId"),
        201: jsonAnswer(conversationSchema, "Started; anonymous residents get the chat cookie"),
        ...problems({
          400: ["proof_of_work_failed"],
          409: ["chat_closed", "chat_unstaffed", "conflict"],
          429: ["rate_limited"],
          ...JSON_BODY_PROBLEMS,
        }),
      },
    }),
    current: createRoute({
      method: "get",
      path: "/conversations/current",
      summary: "The resident's open (else latest) conversation, found by session or chat cookie.",
      middleware: [reads] as const,
      responses: {
        200: jsonAnswer(currentConversationSchema, "The conversation or null"),
        ...problems({ 429: ["rate_limited"] }),
      },
    }),
    get: createRoute({
      method: "get",
      path: "/conversations/{id}",
      summary: "One's conversation: status, queue position and estimate, agent.",
      middleware: [reads] as const,
      request: conversation,
      responses: {
        200: jsonAnswer(conversationSchema, "The conversation"),
        ...problems({ 404: ["not_found"], 429: ["rate_limited"] }),
      },
    }),
    entries: createRoute({
      method: "get",
      path: "/conversations/{id}/entries",
      summary: "The log after a seq (resume after any break), up to 500 entries a page.",
      middleware: [reads] as const,
      request: { params, query: entriesQuerySchema },
      responses: {
        200: jsonAnswer(entriesResponseSchema, "Entries after `after`"),
        ...problems({ 404: ["not_found"], 429: ["rate_limited"] }),
      },
    }),
    events: createRoute({
      method: "get",
      path: "/conversations/{id}/events",
      summary:
        "The log as Server-Sent Events (event `entry`, id = seq; event `conversation` on changes), after ?after= or Last-Event-ID; heartbeat comments every 15 s.",
      middleware: [reads] as const,
      request: { params, query: entriesQuerySchema },
      responses: {
        200: plainAnswer("text/event-stream of entries and conversation changes", "text/event-stream"),
        204: plainAnswer("The conversation has ended and everything after `after` was read: stop"),
        ...problems({ 404: ["not_found"], 429: ["rate_limited"] }),
      },
    }),
    send: createRoute({
      method: "post",
      path: "/conversations/{id}/messages",
      summary: "Send a message with its client-made id (idempotent: a repeat returns the first entry).",
      middleware: withBody(),
      request: { params, body: jsonBody(sendMessageRequestSchema) },
      responses: {
        200: jsonAnswer(chatEntrySchema, "Sent before with this clientId"),
        201: jsonAnswer(chatEntrySchema, "Appended to the log"),
        ...problems({
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
      summary: "Mark entries read up to a seq (shown to the agent as read).",
      middleware: withBody(),
      request: { params, body: jsonBody(readRequestSchema) },
      responses: {
        204: plainAnswer("Marked"),
        ...problems({ 404: ["not_found"], 429: ["rate_limited"], ...JSON_BODY_PROBLEMS }),
      },
    }),
    leave: createRoute({
      method: "post",
      path: "/conversations/{id}/leave",
      summary: "Leave the queue or the chat.",
      middleware: [writes] as const,
      request: conversation,
      responses: {
        200: jsonAnswer(conversationSchema, "Left"),
        ...problems({ 404: ["not_found"], 409: ["conversation_ended"], 429: ["rate_limited"] }),
      },
    }),
    transcript: createRoute({
      method: "post",
      path: "/conversations/{id}/transcript",
      summary:
        "Save the transcript into one's postbox (signed in; it is then kept beyond the retention period).",
      middleware: [signedIn(), writes] as const,
      request: conversation,
      responses: {
        200: jsonAnswer(conversationSchema, "Saved"),
        ...problems({
          401: ["unauthenticated"],
          404: ["not_found"],
          409: ["conflict"],
          429: ["rate_limited"],
        }),
      },
    }),
    leaveMessage: createRoute({
      method: "post",
      path: "/cases",
      summary:
        "Leave a message (outside chat hours or with nobody on duty): answered into the postbox, or by mail without an account.",
      middleware: withBody(rateLimit({ name: "chat-cases", windowMs: HOUR, max: 10 })),
      request: { body: jsonBody(chatCaseRequestSchema) },
      responses: {
        201: jsonAnswer(chatCaseSchema, "Stored"),
        ...problems({ 400: ["proof_of_work_failed"], 429: ["rate_limited"], ...JSON_BODY_PROBLEMS }),
      },
    }),
  };
};

export function chatRoutes() {
  const app = createRouter();
  const route = routes();
  // A resident types, not a script: 20 messages a minute per conversation, 60 per address (writes).
  const perConversation = createLimiter({ name: "chat-conversation", windowMs: MINUTE, max: 20 });

  const owned = async (c: Context<AppEnv>, id: string) => {
    const row = await conversations.residentConversation(c.var.db, id, resident(c));
    shortenAfterEnd(c, row, Date.now());
    return row;
  };

  app.openapi(route.status, async (c) => c.json(await service.chatStatus(c.var.db, Date.now()), 200));

  app.openapi(route.challenge, async (c) => c.json(await newChallenge(c.var.db), 200));

  app.openapi(route.start, async (c) => {
    const hub = hubOf(c.var.db, c.var.logger);
    const started = await conversations.startConversation(
      c.var.db,
      hub,
      resident(c),
      c.req.valid("json"),
      Date.now(),
    );
    if (started.token) setChatCookie(c, started.token);
    const view = await views.conversationView(c.var.db, started.row, Date.now());
    return started.created ? c.json(view, 201) : c.json(view, 200);
  });

  app.openapi(route.current, async (c) => {
    const row = await conversations.currentConversation(c.var.db, resident(c));
    return c.json(
      { conversation: row ? await views.conversationView(c.var.db, row, Date.now()) : null },
      200,
    );
  });

  app.openapi(route.get, async (c) => {
    const row = await owned(c, c.req.valid("param").id);
    return c.json(await views.conversationView(c.var.db, row, Date.now()), 200);
  });

  app.openapi(route.entries, async (c) => {
    const row = await owned(c, c.req.valid("param").id);
    const page = await messages.entriesAfter(c.var.db, row.id, c.req.valid("query").after, false);
    const conversation = await views.conversationView(c.var.db, row, Date.now());
    return c.json({ conversation, ...page }, 200);
  });

  app.openapi(route.events, async (c) => {
    const row = await owned(c, c.req.valid("param").id);
    return streamConversation(c, {
      row,
      after: c.req.valid("query").after,
      forAgent: false,
      view: (current) => views.conversationView(c.var.db, current, Date.now()),
    }) as never;
  });

  app.openapi(route.send, async (c) => {
    const row = await owned(c, c.req.valid("param").id);
    const message = c.req.valid("json");
    perConversation.hit(row.id);
    const { entry, created } = await messages.sendMessage(
      c.var.db,
      hubOf(c.var.db, c.var.logger),
      row.id,
      residentAuthor(c.var.account, row.resident_name),
      message,
      Date.now(),
    );
    // A repeat does not count against the conversation's limit.
    if (!created) perConversation.record(row.id, -1);
    const view = views.entryView(entry, false);
    return created ? c.json(view, 201) : c.json(view, 200);
  });

  app.openapi(route.read, async (c) => {
    const row = await owned(c, c.req.valid("param").id);
    const author = residentAuthor(c.var.account, row.resident_name);
    await messages.markRead(c.var.db, hubOf(c.var.db), row, author, c.req.valid("json").upTo, Date.now());
    return c.body(null, 204);
  });

  app.openapi(route.leave, async (c) => {
    const row = await owned(c, c.req.valid("param").id);
    const author = residentAuthor(c.var.account, row.resident_name);
    await conversations.leave(c.var.db, hubOf(c.var.db), row, author, Date.now());
    const left = await conversations.residentConversation(c.var.db, row.id, resident(c));
    shortenAfterEnd(c, left, Date.now());
    return c.json(await views.conversationView(c.var.db, left, Date.now()), 200);
  });

  app.openapi(route.transcript, async (c) => {
    const account = requireAccount(c);
    const row = await owned(c, c.req.valid("param").id);
    const owner = await saveTranscript(c.var.db, row, account);
    await notifyNewMessage(mailDeps(c), owner);
    const saved = await conversations.residentConversation(c.var.db, row.id, resident(c));
    return c.json(await views.conversationView(c.var.db, saved, Date.now()), 200);
  });

  app.openapi(route.leaveMessage, async (c) => {
    const row = await createCase(c.var.db, c.var.account, c.req.valid("json"), Date.now());
    return c.json(caseView(row), 201);
  });

  return app;
}
