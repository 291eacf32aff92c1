// /api/staff/appointments: the office's day view, check-in, no-show, and closures. Staff see the
// calendars of their department's offices only; admins see all. Every read and change is audited.
// Input is judged before who asks (as before): the office a request names decides the department.
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  checkInRequestSchema,
  closureRequestSchema,
  closureResultSchema,
  dayViewQuerySchema,
  dayViewSchema,
  staffAppointmentResultSchema,
} from "../../../src/lib/contract/appointments";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { jsonRequired } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { mailDeps } from "../../http/mail-deps";
import * as staffService from "./staff-service";

const idParams = z.object({ id: idParam });
const refusals = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;

const dayRoute = createRoute({
  method: "get",
  path: "/",
  summary: "An office's day: its appointments and closures.",
  request: { query: dayViewQuerySchema },
  responses: {
    200: jsonAnswer(dayViewSchema, "The day"),
    ...problems({ ...refusals, 404: ["not_found"] }),
  },
});

const checkInRoute = createRoute({
  method: "post",
  path: "/check-in",
  summary: "Check a resident in by the appointment's reference (on its day).",
  middleware: [jsonRequired()] as const,
  request: { body: jsonBody(checkInRequestSchema) },
  responses: {
    200: jsonAnswer(staffAppointmentResultSchema, "Checked in"),
    ...problems({ ...refusals, 404: ["not_found"], 409: ["appointment_not_active"] }),
  },
});

const noShowRoute = createRoute({
  method: "post",
  path: "/{id}/no-show",
  summary: "Mark an appointment that has started as a no-show.",
  request: { params: idParams },
  responses: {
    200: jsonAnswer(staffAppointmentResultSchema, "Marked"),
    ...problems({ ...refusals, 404: ["not_found"], 409: ["appointment_not_active"] }),
  },
});

const closureRoute = createRoute({
  method: "post",
  path: "/closures",
  summary: "Close an office for a period; optionally cancel the appointments in it.",
  middleware: [jsonRequired()] as const,
  request: { body: jsonBody(closureRequestSchema) },
  responses: {
    201: jsonAnswer(closureResultSchema, "Closed"),
    ...problems({ ...refusals, 404: ["not_found"] }),
  },
});

const removeClosureRoute = createRoute({
  method: "delete",
  path: "/closures/{id}",
  summary: "Remove a closure.",
  request: { params: idParams },
  responses: { 204: plainAnswer("Removed"), ...problems({ ...refusals, 404: ["not_found"] }) },
});

export function staffAppointmentRoutes() {
  const app = createRouter();

  app.openapi(dayRoute, async (c) => {
    const { office, date } = c.req.valid("query");
    const view = await staffService.dayView(c.var.db, staffOf(c), office, date);
    return c.json(dayViewSchema.parse(view), 200);
  });

  app.openapi(checkInRoute, async (c) => {
    const appointment = await staffService.checkIn(c.var.db, staffOf(c), c.req.valid("json").reference);
    return c.json(staffAppointmentResultSchema.parse({ appointment }), 200);
  });

  app.openapi(noShowRoute, async (c) => {
    const appointment = await staffService.markNoShow(c.var.db, staffOf(c), c.req.valid("param").id);
    return c.json(staffAppointmentResultSchema.parse({ appointment }), 200);
  });

  app.openapi(closureRoute, async (c) => {
    const result = await staffService.createClosure(mailDeps(c), staffOf(c), c.req.valid("json"));
    return c.json(closureResultSchema.parse(result), 201);
  });

  app.openapi(removeClosureRoute, async (c) => {
    await staffService.removeClosure(c.var.db, staffOf(c), c.req.valid("param").id);
    return c.body(null, 204);
  });

  return app;
}

const staffOf = (c: Context<AppEnv>) => () => requireStaff(c);
