// /api/staff/council/meetings: the council office (department "rat") and admins enter meetings
// where the council information system has no OParl yet (staff-meetings.ts). Every change is audited.
import { createRoute } from "@hono/zod-openapi";
import {
  staffMeetingListSchema,
  staffMeetingSchema,
  staffMeetingWriteSchema,
} from "../../../src/lib/contract/council-staff-meetings";
import { z } from "../../../src/lib/contract/zod";
import { requireAccount } from "../../http/session";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { JSON_BODY_PROBLEMS, jsonRequired, staffOnly } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { removeStaffMeeting, saveStaffMeeting, staffMeetings } from "./staff-meetings";
import { COUNCIL_DEPARTMENT } from "./streams";

const keepers = staffOnly([COUNCIL_DEPARTMENT]);
const STAFF = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;
const WRITE = { ...STAFF, ...JSON_BODY_PROBLEMS } as const;
const params = z.object({ id: idParam });

const route = {
  list: createRoute({
    method: "get",
    path: "/meetings",
    summary: "The meetings staff entered, and the committees to pick from.",
    middleware: [keepers] as const,
    responses: { 200: jsonAnswer(staffMeetingListSchema, "The meetings"), ...problems(STAFF) },
  }),
  create: createRoute({
    method: "post",
    path: "/meetings",
    summary: "Enters a meeting with its public agenda (published as an imported one; followers alerted).",
    middleware: [keepers, jsonRequired()] as const,
    request: { body: jsonBody(staffMeetingWriteSchema) },
    responses: { 201: jsonAnswer(staffMeetingSchema, "Created"), ...problems(WRITE) },
  }),
  update: createRoute({
    method: "put",
    path: "/meetings/{id}",
    summary: "Changes a staff-entered meeting (409 for one imported by OParl).",
    middleware: [keepers, jsonRequired()] as const,
    request: { params, body: jsonBody(staffMeetingWriteSchema) },
    responses: {
      200: jsonAnswer(staffMeetingSchema, "Changed"),
      ...problems({ ...WRITE, 404: ["not_found"], 409: ["conflict"] }),
    },
  }),
  remove: createRoute({
    method: "delete",
    path: "/meetings/{id}",
    summary: "Removes a staff-entered meeting (409 for one imported by OParl or with a stream).",
    middleware: [keepers] as const,
    request: { params },
    responses: {
      204: plainAnswer("Removed"),
      ...problems({ ...STAFF, 404: ["not_found"], 409: ["conflict"] }),
    },
  }),
};

export function staffCouncilMeetingRoutes() {
  const app = createRouter();

  app.openapi(route.list, async (c) => c.json(await staffMeetings(c.var.db), 200));

  app.openapi(route.create, async (c) =>
    c.json(
      await saveStaffMeeting(c.var.db, requireAccount(c), undefined, c.req.valid("json"), new Date()),
      201,
    ),
  );

  app.openapi(route.update, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(
      await saveStaffMeeting(c.var.db, requireAccount(c), id, c.req.valid("json"), new Date()),
      200,
    );
  });

  app.openapi(route.remove, async (c) => {
    await removeStaffMeeting(c.var.db, requireAccount(c), c.req.valid("param").id);
    return c.body(null, 204);
  });

  return app;
}
