// /api/staff/council: the council office (department "rat") and admins keep the information events,
// attach streams to meetings and events, press "Jetzt: TOP n" during a session, mark the spans a
// member objected to (§ 64 (2) NKomVG) and moderate residents' questions. Every change is audited.
import { createRoute } from "@hono/zod-openapi";
import {
  infoEventListSchema,
  infoEventSchema,
  infoEventWriteSchema,
  nowWriteSchema,
  questionModerationSchema,
  skipWriteSchema,
  staffQuestionListSchema,
  staffQuestionSchema,
  staffStreamListSchema,
  streamViewSchema,
  streamWriteSchema,
} from "../../../src/lib/contract/council-streams";
import { z } from "../../../src/lib/contract/zod";
import { requireAccount } from "../../http/session";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { JSON_BODY_PROBLEMS, jsonRequired, staffOnly } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { infoEvents, moderateQuestion, removeInfoEvent, saveInfoEvent, staffQuestions } from "./info-events";
import {
  addSkip,
  allStreams,
  COUNCIL_DEPARTMENT,
  markNow,
  removeSkip,
  removeStream,
  saveStream,
} from "./streams";

const keepers = staffOnly([COUNCIL_DEPARTMENT]);
const STAFF = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;
const params = z.object({ id: idParam });
const WRITE = { ...STAFF, ...JSON_BODY_PROBLEMS } as const;

const route = {
  events: createRoute({
    method: "get",
    path: "/events",
    summary: "The information events.",
    middleware: [keepers] as const,
    responses: { 200: jsonAnswer(infoEventListSchema, "The events"), ...problems(STAFF) },
  }),
  createEvent: createRoute({
    method: "post",
    path: "/events",
    summary: "Creates an information event.",
    middleware: [keepers, jsonRequired()] as const,
    request: { body: jsonBody(infoEventWriteSchema) },
    responses: { 201: jsonAnswer(infoEventSchema, "Created"), ...problems(WRITE) },
  }),
  updateEvent: createRoute({
    method: "put",
    path: "/events/{id}",
    summary: "Changes an information event (programme items that stay keep their ids and chapters).",
    middleware: [keepers, jsonRequired()] as const,
    request: { params, body: jsonBody(infoEventWriteSchema) },
    responses: { 200: jsonAnswer(infoEventSchema, "Changed"), ...problems({ ...WRITE, 404: ["not_found"] }) },
  }),
  deleteEvent: createRoute({
    method: "delete",
    path: "/events/{id}",
    summary: "Removes an information event with its stream and questions.",
    middleware: [keepers] as const,
    request: { params },
    responses: { 204: plainAnswer("Removed"), ...problems({ ...STAFF, 404: ["not_found"] }) },
  }),
  questions: createRoute({
    method: "get",
    path: "/events/{id}/questions",
    summary: "Every question sent for an event, with its moderation status.",
    middleware: [keepers] as const,
    request: { params },
    responses: {
      200: jsonAnswer(staffQuestionListSchema, "The questions"),
      ...problems({ ...STAFF, 404: ["not_found"] }),
    },
  }),
  moderate: createRoute({
    method: "put",
    path: "/questions/{id}/status",
    summary: "Publishes or rejects a question.",
    middleware: [keepers, jsonRequired()] as const,
    request: { params, body: jsonBody(questionModerationSchema) },
    responses: {
      200: jsonAnswer(staffQuestionSchema, "Moderated"),
      ...problems({ ...WRITE, 404: ["not_found"] }),
    },
  }),
  streams: createRoute({
    method: "get",
    path: "/streams",
    summary: "Every stream with its target, agenda, chapters and skipped spans.",
    middleware: [keepers] as const,
    responses: { 200: jsonAnswer(staffStreamListSchema, "The streams"), ...problems(STAFF) },
  }),
  createStream: createRoute({
    method: "post",
    path: "/streams",
    summary: "Attaches a stream to a meeting or an information event (409 when it has one).",
    middleware: [keepers, jsonRequired()] as const,
    request: { body: jsonBody(streamWriteSchema) },
    responses: {
      201: jsonAnswer(streamViewSchema, "Attached"),
      ...problems({ ...WRITE, 409: ["conflict"] }),
    },
  }),
  updateStream: createRoute({
    method: "put",
    path: "/streams/{id}",
    summary: "Changes a stream's addresses or state (live starts its clock, ended clears the current item).",
    middleware: [keepers, jsonRequired()] as const,
    request: { params, body: jsonBody(streamWriteSchema) },
    responses: {
      200: jsonAnswer(streamViewSchema, "Changed"),
      ...problems({ ...WRITE, 404: ["not_found"], 409: ["conflict"] }),
    },
  }),
  deleteStream: createRoute({
    method: "delete",
    path: "/streams/{id}",
    summary: "Removes a stream with its chapters and skipped spans.",
    middleware: [keepers] as const,
    request: { params },
    responses: { 204: plainAnswer("Removed"), ...problems({ ...STAFF, 404: ["not_found"] }) },
  }),
  now: createRoute({
    method: "post",
    path: "/streams/{id}/now",
    summary:
      '"Jetzt: TOP n": the item becomes the current one for every viewer and a chapter of the recording.',
    middleware: [keepers, jsonRequired()] as const,
    request: { params, body: jsonBody(nowWriteSchema) },
    responses: {
      200: jsonAnswer(streamViewSchema, "Marked"),
      ...problems({ ...WRITE, 404: ["not_found"], 409: ["conflict"] }),
    },
  }),
  addSkip: createRoute({
    method: "post",
    path: "/streams/{id}/skips",
    summary:
      "A span (seconds from the start) a member objected to under § 64 (2) NKomVG: the recording skips it.",
    middleware: [keepers, jsonRequired()] as const,
    request: { params, body: jsonBody(skipWriteSchema) },
    responses: { 201: jsonAnswer(streamViewSchema, "Marked"), ...problems({ ...WRITE, 404: ["not_found"] }) },
  }),
  removeSkip: createRoute({
    method: "delete",
    path: "/streams/{id}/skips/{skipId}",
    summary: "Removes a skipped span (marked by mistake).",
    middleware: [keepers] as const,
    request: { params: z.object({ id: idParam, skipId: idParam }) },
    responses: { 204: plainAnswer("Removed"), ...problems({ ...STAFF, 404: ["not_found"] }) },
  }),
};

export function staffCouncilStreamRoutes() {
  const app = createRouter();

  app.openapi(route.events, async (c) => c.json({ events: await infoEvents(c.var.db) }, 200));

  app.openapi(route.createEvent, async (c) => {
    const { event } = await saveInfoEvent(
      c.var.db,
      requireAccount(c),
      undefined,
      c.req.valid("json"),
      new Date(),
    );
    return c.json(event, 201);
  });

  app.openapi(route.updateEvent, async (c) => {
    const { id } = c.req.valid("param");
    const { event } = await saveInfoEvent(c.var.db, requireAccount(c), id, c.req.valid("json"), new Date());
    return c.json(event, 200);
  });

  app.openapi(route.deleteEvent, async (c) => {
    await removeInfoEvent(c.var.db, requireAccount(c), c.req.valid("param").id);
    return c.body(null, 204);
  });

  app.openapi(route.questions, async (c) =>
    c.json({ questions: await staffQuestions(c.var.db, c.req.valid("param").id) }, 200),
  );

  app.openapi(route.moderate, async (c) => {
    const question = await moderateQuestion(
      c.var.db,
      requireAccount(c),
      c.req.valid("param").id,
      c.req.valid("json").status,
      new Date(),
    );
    return c.json(question, 200);
  });

  app.openapi(route.streams, async (c) => c.json({ streams: await allStreams(c.var.db) }, 200));

  app.openapi(route.createStream, async (c) => {
    const { view } = await saveStream(
      c.var.db,
      requireAccount(c),
      undefined,
      c.req.valid("json"),
      new Date(),
    );
    return c.json(view, 201);
  });

  app.openapi(route.updateStream, async (c) => {
    const { id } = c.req.valid("param");
    const { view } = await saveStream(c.var.db, requireAccount(c), id, c.req.valid("json"), new Date());
    return c.json(view, 200);
  });

  app.openapi(route.deleteStream, async (c) => {
    await removeStream(c.var.db, requireAccount(c), c.req.valid("param").id);
    return c.body(null, 204);
  });

  app.openapi(route.now, async (c) => {
    const { id } = c.req.valid("param");
    const view = await markNow(c.var.db, requireAccount(c), id, c.req.valid("json").agendaItemId, new Date());
    return c.json(view, 200);
  });

  app.openapi(route.addSkip, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await addSkip(c.var.db, requireAccount(c), id, c.req.valid("json"), new Date()), 201);
  });

  app.openapi(route.removeSkip, async (c) => {
    const { id, skipId } = c.req.valid("param");
    await removeSkip(c.var.db, requireAccount(c), id, skipId);
    return c.body(null, 204);
  });

  return app;
}
