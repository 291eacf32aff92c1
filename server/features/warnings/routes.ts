// /api/warnings: the ingest's health and a warning's history (public), and the staff's city notices.
// The warnings themselves reach devices through the sync feed (collection "warnings").
import { createRoute } from "@hono/zod-openapi";
import { cityNoticeSchema, warningSchema, warningsStatusSchema } from "../../../src/lib/contract/warnings";
import { z } from "../../../src/lib/contract/zod";
import { idParam, jsonAnswer, jsonBody, problems } from "../../http/openapi";
import { jsonRequired, staffOnly } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import * as service from "./service";

/** Who may publish city notices (admins pass every staff guard). */
const NOTICE_DEPARTMENTS = ["ordnungsamt"] as const;

const historySchema = z.array(warningSchema);
const idParams = z.object({ id: idParam });

const statusRoute = createRoute({
  method: "get",
  path: "/status",
  summary: "The ingest's health per district: when NINA last answered.",
  responses: { 200: jsonAnswer(warningsStatusSchema, "Per district"), ...problems() },
});

const historyRoute = createRoute({
  method: "get",
  path: "/{id}/history",
  summary: "Every state a warning went through, oldest first.",
  request: { params: idParams },
  responses: {
    200: jsonAnswer(historySchema, "The states"),
    ...problems({ 404: ["not_found"] }),
  },
});

const publishRoute = createRoute({
  method: "post",
  path: "/notices",
  summary: "Publish a city notice (staff of the Ordnungsamt, admins).",
  middleware: [staffOnly(NOTICE_DEPARTMENTS), jsonRequired()] as const,
  request: { body: jsonBody(cityNoticeSchema) },
  responses: {
    201: jsonAnswer(warningSchema, "Published"),
    ...problems({ 401: ["unauthenticated"], 403: ["forbidden"] }),
  },
});

const endRoute = createRoute({
  method: "post",
  path: "/notices/{id}/end",
  summary: "End a city notice: its all-clear goes out as a new state.",
  middleware: [staffOnly(NOTICE_DEPARTMENTS)] as const,
  request: { params: idParams },
  responses: {
    200: jsonAnswer(warningSchema, "The all-clear"),
    ...problems({ 401: ["unauthenticated"], 403: ["forbidden"], 404: ["not_found"], 409: ["conflict"] }),
  },
});

export function warningRoutes() {
  const app = createRouter();

  app.openapi(statusRoute, async (c) => {
    return c.json(warningsStatusSchema.parse(await service.regionsStatus(c.var.db)), 200);
  });

  app.openapi(historyRoute, async (c) => {
    const states = await service.warningHistoryOf(c.var.db, c.req.valid("param").id);
    return c.json(historySchema.parse(states), 200);
  });

  app.openapi(publishRoute, async (c) => {
    const warning = await service.publishCityNotice(c.var.db, c.req.valid("json"));
    return c.json(warningSchema.parse(warning), 201);
  });

  app.openapi(endRoute, async (c) => {
    const cancel = await service.endCityNotice(c.var.db, c.req.valid("param").id);
    return c.json(warningSchema.parse(cancel), 200);
  });

  return app;
}
