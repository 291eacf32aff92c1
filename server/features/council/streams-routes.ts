// /api/council (beside routes.ts): the public side of the streams and info events. A stream with its
// agenda, chapters and skipped spans; its live state as Server-Sent Events; the info events with
// their published questions; a resident's question (a public write through the outbox); "Erinnern"
// for this device (its push subscription proven by the manage token).
import { createRoute } from "@hono/zod-openapi";
import {
  infoEventListSchema,
  infoEventPageSchema,
  questionReceiptSchema,
  questionWriteSchema,
  streamReminderStateSchema,
  streamReminderWriteSchema,
  streamViewSchema,
} from "../../../src/lib/contract/council-streams";
import { PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import { z } from "../../../src/lib/contract/zod";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { publicWriteRoute, serveChallenge } from "../../http/public-write";
import { pushTokenHeaders, pushTokenOf } from "../../http/push-token";
import { rateLimit } from "../../http/rate-limit";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { infoEventPage, infoEvents, submitQuestion } from "./info-events";
import { readStreamReminder, removeStreamReminder, writeStreamReminder } from "./stream-reminders";
import { publicStream, streamOfTarget } from "./streams";
import { liveStream } from "./streams-live";

const MINUTE = 60_000;
const params = z.object({ id: idParam });
const reminderParams = z.object({ id: idParam, subscriptionId: idParam });
const REMINDER_PATH = "/streams/{id}/reminders/{subscriptionId}";
const OWNED = { 404: ["not_found"], 429: ["rate_limited"] } as const;

/** A public write (server/http/public-write.ts) whose path names the event. */
function questionRoute() {
  const base = publicWriteRoute({
    path: "/events/{id}/questions",
    summary:
      "A resident's question before an information event; send with an Idempotency-Key, and without an account a solved challenge. Public once moderated.",
    rateLimitName: "council-event-questions",
    perHour: 10,
    body: questionWriteSchema,
    answer: questionReceiptSchema,
    answerDescription: "Stored for moderation",
  });
  return createRoute({
    ...base,
    request: { ...base.request, params },
    responses: { ...problems({ 404: ["not_found"] }), ...base.responses },
  });
}

const routes = () => {
  const reads = rateLimit({ name: "council-stream-reads", windowMs: MINUTE, max: 120 });
  const reminderWrites = rateLimit({ name: "council-stream-reminders", windowMs: MINUTE, max: 30 });
  return {
    stream: createRoute({
      method: "get",
      path: "/streams/{id}",
      summary: "A stream: its addresses, agenda, current item, chapters and the spans the recording skips.",
      middleware: [reads] as const,
      request: { params },
      responses: { 200: jsonAnswer(streamViewSchema, "The stream"), ...problems(OWNED) },
    }),
    meetingStream: createRoute({
      method: "get",
      path: "/meetings/{id}/stream",
      summary: "The stream of a meeting (404 when it has none).",
      middleware: [reads] as const,
      request: { params },
      responses: { 200: jsonAnswer(streamViewSchema, "The stream"), ...problems(OWNED) },
    }),
    live: createRoute({
      method: "get",
      path: "/streams/{id}/live",
      summary:
        "The stream's live state as Server-Sent Events (`event: state`): sent at once and whenever staff mark an item or a span; 204 after the end.",
      request: { params },
      responses: {
        200: plainAnswer("text/event-stream of the live state", "text/event-stream"),
        204: plainAnswer("The stream has ended and its last state was sent"),
        ...problems({ 404: ["not_found"] }),
      },
    }),
    events: createRoute({
      method: "get",
      path: "/events",
      summary: "Citizens' information events (Bürgerinformationsveranstaltungen), soonest first.",
      middleware: [reads] as const,
      responses: {
        200: jsonAnswer(infoEventListSchema, "The events"),
        ...problems({ 429: ["rate_limited"] }),
      },
    }),
    event: createRoute({
      method: "get",
      path: "/events/{id}",
      summary: "An information event with its published questions.",
      middleware: [reads] as const,
      request: { params },
      responses: { 200: jsonAnswer(infoEventPageSchema, "The event"), ...problems(OWNED) },
    }),
    readReminder: createRoute({
      method: "get",
      path: REMINDER_PATH,
      summary: "Whether this device is reminded before the stream starts.",
      middleware: [reads] as const,
      request: { params: reminderParams, headers: pushTokenHeaders },
      responses: { 200: jsonAnswer(streamReminderStateSchema, "The reminder"), ...problems(OWNED) },
    }),
    writeReminder: createRoute({
      method: "put",
      path: REMINDER_PATH,
      summary: "Push this device 15 minutes before the stream starts, once (409 when it has no start ahead).",
      middleware: [reminderWrites, jsonRequired()] as const,
      request: {
        params: reminderParams,
        headers: pushTokenHeaders,
        body: jsonBody(streamReminderWriteSchema),
      },
      responses: {
        200: jsonAnswer(streamReminderStateSchema, "Switched on"),
        ...problems({ ...OWNED, ...JSON_BODY_PROBLEMS, 409: ["conflict"] }),
      },
    }),
    removeReminder: createRoute({
      method: "delete",
      path: REMINDER_PATH,
      summary: "No reminder of this stream to this device.",
      middleware: [reminderWrites] as const,
      request: { params: reminderParams, headers: pushTokenHeaders },
      responses: { 204: plainAnswer("Switched off"), ...problems(OWNED) },
    }),
    question: questionRoute(),
  };
};

export function councilStreamRoutes() {
  const app = createRouter();
  const route = routes();

  app.openapi(route.stream, async (c) => c.json(await publicStream(c.var.db, c.req.valid("param").id), 200));

  app.openapi(route.meetingStream, async (c) =>
    c.json(await streamOfTarget(c.var.db, { kind: "meeting", id: c.req.valid("param").id }), 200),
  );

  app.openapi(route.live, async (c) => liveStream(c, c.req.valid("param").id));

  app.openapi(route.events, async (c) => c.json({ events: await infoEvents(c.var.db) }, 200));

  app.openapi(route.event, async (c) => c.json(await infoEventPage(c.var.db, c.req.valid("param").id), 200));

  app.openapi(route.readReminder, async (c) => {
    const { id, subscriptionId } = c.req.valid("param");
    return c.json({ reminder: await readStreamReminder(c.var.db, id, subscriptionId, pushTokenOf(c)) }, 200);
  });

  app.openapi(route.writeReminder, async (c) => {
    const { id, subscriptionId } = c.req.valid("param");
    const { language } = c.req.valid("json");
    await writeStreamReminder(c.var.db, id, subscriptionId, pushTokenOf(c), language, new Date());
    return c.json({ reminder: true }, 200);
  });

  app.openapi(route.removeReminder, async (c) => {
    const { id, subscriptionId } = c.req.valid("param");
    await removeStreamReminder(c.var.db, id, subscriptionId, pushTokenOf(c));
    return c.body(null, 204);
  });

  serveChallenge(app, {
    path: "/events/questions/challenge",
    summary: "A proof-of-work challenge for a question sent without an account.",
    rateLimitName: "council-question-challenge",
  });

  app.openapi(route.question, async (c) => {
    const receipt = await submitQuestion(
      c.var.db,
      c.req.valid("param").id,
      c.req.valid("json"),
      c.var.accountId,
      c.req.header(PROOF_OF_WORK_HEADER),
      new Date(),
    );
    return c.json(receipt, 201);
  });

  return app;
}
