// /api/appointments: free slots, the proof-of-work challenge, booking, and the mail link's actions
// (confirm, cancel, move). Signed-in residents also cancel and move by id; their appointments reach
// their devices through the change feed (collection "appointments").
import { mailDeps } from "../../http/mail-deps";
import { createRoute } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import {
  accountMoveRequestSchema,
  altchaChallengeSchema,
  bookingRequestSchema,
  bookingResultSchema,
  moveRequestSchema,
  slotQuerySchema,
  slotsResponseSchema,
  type SlotsResponse,
  tokenRequestSchema,
} from "../../../src/lib/contract/appointments";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { newChallenge } from "../../http/proof-of-work";
import { idParam, jsonAnswer, jsonBody, problems } from "../../http/openapi";
import { rateLimit } from "../../http/rate-limit";
import { guardedId, jsonRequired } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { requireAccount } from "../../http/session";
import * as service from "./service";
import type { AppointmentTable } from "../../db/schema";

const MINUTE = 60_000;
const idParams = z.object({ id: idParam });
const booked = (description: string) => jsonAnswer(bookingResultSchema, description);

/** A signed-in resident's own appointment, checked before the body is read (as the handlers did). */
const ownsAppointment: MiddlewareHandler<AppEnv> = async (c, next) => {
  await ownAppointment(c);
  await next();
};

// Functions, so that every app gets its own rate-limit windows.
const routes = () => {
  const slotLimit = rateLimit({ name: "appointment-slots", windowMs: MINUTE, max: 120 });
  const challengeLimit = rateLimit({ name: "appointment-challenge", windowMs: 10 * MINUTE, max: 60 });
  // Generous for a public terminal in the citizens' office that many residents share.
  const bookingLimit = rateLimit({ name: "appointment-booking", windowMs: 60 * MINUTE, max: 30 });
  const linkLimit = rateLimit({ name: "appointment-link", windowMs: 10 * MINUTE, max: 60 });
  return {
    slots: createRoute({
      method: "get",
      path: "/slots",
      summary: "Free start times of an office for some services, per day.",
      middleware: [slotLimit] as const,
      request: { query: slotQuerySchema },
      responses: {
        200: jsonAnswer(slotsResponseSchema, "Days with at least one free slot"),
        ...problems({ 404: ["not_found"], 422: ["not_bookable", "persons_limit"], 429: ["rate_limited"] }),
      },
    }),
    challenge: createRoute({
      method: "get",
      path: "/challenge",
      summary: "An ALTCHA proof-of-work challenge (for bookings without an account).",
      middleware: [challengeLimit] as const,
      responses: {
        200: jsonAnswer(altchaChallengeSchema, "The challenge"),
        ...problems({ 429: ["rate_limited"] }),
      },
    }),
    book: createRoute({
      method: "post",
      path: "/",
      summary: "Book (held until the mail's link confirms it, unless signed in).",
      middleware: [bookingLimit, jsonRequired()] as const,
      request: { body: jsonBody(bookingRequestSchema) },
      responses: {
        201: booked("Booked or held"),
        ...problems({
          400: ["proof_of_work_failed"],
          404: ["not_found"],
          409: ["too_many_bookings", "already_booked", "slot_taken"],
          422: ["not_bookable", "persons_limit", "slot_unavailable", "visit_type_unavailable"],
          429: ["rate_limited"],
          503: ["mail_unavailable"],
        }),
      },
    }),
    confirm: createRoute({
      method: "post",
      path: "/confirm",
      summary: "The mail's link: confirm a held booking.",
      middleware: [linkLimit, jsonRequired()] as const,
      request: { body: jsonBody(tokenRequestSchema) },
      responses: {
        200: booked("The appointment, in any state"),
        ...problems({ 404: ["link_invalid"], 410: ["hold_expired"], 429: ["rate_limited"] }),
      },
    }),
    cancelByToken: createRoute({
      method: "post",
      path: "/cancel",
      summary: "The mail's link: cancel.",
      middleware: [linkLimit, jsonRequired()] as const,
      request: { body: jsonBody(tokenRequestSchema) },
      responses: {
        200: booked("Cancelled"),
        ...problems({ 404: ["link_invalid"], 409: ["appointment_not_active"], 429: ["rate_limited"] }),
      },
    }),
    moveByToken: createRoute({
      method: "post",
      path: "/move",
      summary: "The mail's link: move to another start.",
      middleware: [linkLimit, jsonRequired()] as const,
      request: { body: jsonBody(moveRequestSchema) },
      responses: {
        200: booked("Moved"),
        ...problems({
          404: ["link_invalid", "not_found"],
          409: ["appointment_not_active", "slot_taken"],
          422: ["not_bookable", "persons_limit", "slot_unavailable"],
          429: ["rate_limited"],
        }),
      },
    }),
  };
};

const cancelRoute = createRoute({
  method: "post",
  path: "/{id}/cancel",
  summary: "Cancel one's own appointment (signed in).",
  request: { params: idParams },
  responses: {
    200: booked("Cancelled"),
    ...problems({ 401: ["unauthenticated"], 404: ["not_found"], 409: ["appointment_not_active"] }),
  },
});

const moveRoute = createRoute({
  method: "post",
  path: "/{id}/move",
  summary: "Move one's own appointment (signed in).",
  middleware: [ownsAppointment, jsonRequired()] as const,
  request: { params: idParams, body: jsonBody(accountMoveRequestSchema) },
  responses: {
    200: booked("Moved"),
    ...problems({
      401: ["unauthenticated"],
      404: ["not_found"],
      409: ["appointment_not_active", "slot_taken"],
      422: ["not_bookable", "persons_limit", "slot_unavailable"],
    }),
  },
});

export function appointmentRoutes() {
  const app = createRouter();
  const route = routes();

  app.openapi(route.slots, async (c) => {
    const query = c.req.valid("query");
    const visit = await service.resolveVisit(c.var.db, query.office, query.services);
    const slots = await service.findSlots(c.var.db, visit, query.from, query.days, Date.now());
    // Typed at construction; parsing a thousand instants again would cost a third of the request.
    return c.json(slots satisfies SlotsResponse, 200);
  });

  app.openapi(route.challenge, async (c) => {
    return c.json(await newChallenge(c.var.db), 200);
  });

  app.openapi(route.book, async (c) => {
    const row = await service.book(mailDeps(c), c.var.account, c.req.valid("json"));
    return c.json(await answer(c, row), 201);
  });

  app.openapi(route.confirm, async (c) => {
    const row = await service.confirmByToken(c.var.db, c.req.valid("json").token, Date.now());
    return c.json(await answer(c, row), 200);
  });

  app.openapi(route.cancelByToken, async (c) => {
    const row = await service.findByToken(c.var.db, c.req.valid("json").token);
    const cancelled = await service.cancelAppointment(c.var.db, row, Date.now());
    return c.json(await answer(c, cancelled), 200);
  });

  app.openapi(route.moveByToken, async (c) => {
    const { token, start } = c.req.valid("json");
    const row = await service.findByToken(c.var.db, token);
    const moved = await service.moveAppointment(c.var.db, row, start, Date.now());
    return c.json(await answer(c, moved), 200);
  });

  app.openapi(cancelRoute, async (c) => {
    const row = await ownAppointment(c);
    const cancelled = await service.cancelAppointment(c.var.db, row, Date.now());
    return c.json(await answer(c, cancelled), 200);
  });

  app.openapi(moveRoute, async (c) => {
    const row = await ownAppointment(c);
    const moved = await service.moveAppointment(c.var.db, row, c.req.valid("json").start, Date.now());
    return c.json(await answer(c, moved), 200);
  });

  return app;
}

async function answer(c: Context<AppEnv>, row: AppointmentTable) {
  return bookingResultSchema.parse({ appointment: await service.appointmentView(c.var.db, row) });
}

function ownAppointment(c: Context<AppEnv>): Promise<AppointmentTable> {
  return service.ownAppointment(c.var.db, requireAccount(c).id, guardedId(c));
}

/** What the service needs to send mails from this request. */
