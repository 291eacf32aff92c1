// /api/staff/shops: the economic development staff (department wirtschaft) verify merchants' claims,
// review changes, set each merchant's trust, see the history, import from OpenStreetMap and keep the
// market / Sunday shopping calendar.
import { createRoute } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import {
  changeDecisionSchema,
  claimDecisionSchema,
  osmImportResultSchema,
  revisionSchema,
  shoppingDaySchema,
  SHOPS_DEPARTMENT,
  shopIdSchema,
  staffChangeSchema,
  staffClaimSchema,
  staffEntrySchema,
  trustWriteSchema,
} from "../../../src/lib/contract/shops";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { importOsm } from "./osm-import";
import {
  changeTrust,
  decideChange,
  decideClaim,
  entryHistory,
  listShoppingDays,
  pendingChanges,
  readClaims,
  removeShoppingDay,
  saveShoppingDay,
  staffEntries,
} from "./staff-service";

const DEPARTMENTS = [SHOPS_DEPARTMENT];
const staffOf = (c: Context<AppEnv>) => requireStaff(c, DEPARTMENTS);
/** Before any input is read: who may not use the console learns nothing about the request. */
const shopStaff: MiddlewareHandler<AppEnv> = async (c, next) => {
  staffOf(c);
  await next();
};

const STAFF = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;
const uuidParams = z.object({ id: z.uuid() });
const shopParams = z.object({ id: shopIdSchema });

const claimsRoute = createRoute({
  method: "get",
  path: "/claims",
  summary: "Pending claims oldest first, then the latest decided ones (reading them is audited).",
  middleware: [shopStaff],
  responses: {
    200: jsonAnswer(z.object({ claims: z.array(staffClaimSchema) }), "The claims"),
    ...problems(STAFF),
  },
});

const claimDecisionRoute = createRoute({
  method: "post",
  path: "/claims/{id}/decision",
  summary: "Approves a claim with the merchant's trust, or refuses it with a reason.",
  middleware: [shopStaff, jsonRequired()],
  request: { params: uuidParams, body: jsonBody(claimDecisionSchema) },
  responses: {
    200: jsonAnswer(staffClaimSchema, "The decided claim"),
    ...problems({
      ...JSON_BODY_PROBLEMS,
      ...STAFF,
      404: ["not_found"],
      409: ["conflict"],
    }),
  },
});

const changesRoute = createRoute({
  method: "get",
  path: "/changes",
  summary: "Merchants' changes waiting for review.",
  middleware: [shopStaff],
  responses: {
    200: jsonAnswer(z.object({ changes: z.array(staffChangeSchema) }), "The changes"),
    ...problems(STAFF),
  },
});

const changeDecisionRoute = createRoute({
  method: "post",
  path: "/changes/{id}/decision",
  summary: "Publishes a merchant's change, or refuses it with a reason.",
  middleware: [shopStaff, jsonRequired()],
  request: { params: uuidParams, body: jsonBody(changeDecisionSchema) },
  responses: {
    200: jsonAnswer(z.object({}), "Decided"),
    ...problems({
      ...JSON_BODY_PROBLEMS,
      ...STAFF,
      404: ["not_found"],
      409: ["conflict"],
    }),
  },
});

const entriesRoute = createRoute({
  method: "get",
  path: "/entries",
  summary: "Every entry, live or not, with its merchant and trust.",
  middleware: [shopStaff],
  responses: {
    200: jsonAnswer(z.object({ entries: z.array(staffEntrySchema) }), "The entries"),
    ...problems(STAFF),
  },
});

const trustRoute = createRoute({
  method: "put",
  path: "/entries/{id}/trust",
  summary: "Whether the merchant's changes go live at once (trusted) or wait for review.",
  middleware: [shopStaff, jsonRequired()],
  request: { params: shopParams, body: jsonBody(trustWriteSchema) },
  responses: {
    200: jsonAnswer(trustWriteSchema, "The trust set"),
    ...problems({
      ...JSON_BODY_PROBLEMS,
      ...STAFF,
      404: ["not_found"],
    }),
  },
});

const historyRoute = createRoute({
  method: "get",
  path: "/entries/{id}/history",
  summary: "The revisions of an entry.",
  middleware: [shopStaff],
  request: { params: shopParams },
  responses: {
    200: jsonAnswer(z.object({ revisions: z.array(revisionSchema) }), "The revisions, newest first"),
    ...problems({ ...STAFF, 404: ["not_found"] }),
  },
});

const importRoute = createRoute({
  method: "post",
  path: "/import",
  summary: "Imports entries from an OpenStreetMap GeoJSON export (at most 5 MB); merchants' data wins.",
  middleware: [shopStaff, jsonRequired()],
  request: { body: jsonBody(z.unknown(), "A GeoJSON FeatureCollection (overpass turbo's format)") },
  responses: {
    200: jsonAnswer(osmImportResultSchema, "What was created, updated and skipped"),
    ...problems({
      ...JSON_BODY_PROBLEMS,
      ...STAFF,
      422: ["geojson_invalid"],
    }),
  },
});

const shoppingDaysRoute = createRoute({
  method: "get",
  path: "/shopping-days",
  summary: "The market days and Sunday shopping days.",
  middleware: [shopStaff],
  responses: {
    200: jsonAnswer(z.object({ days: z.array(shoppingDaySchema) }), "The days"),
    ...problems(STAFF),
  },
});

const putShoppingDayRoute = createRoute({
  method: "put",
  path: "/shopping-days/{id}",
  summary: "Creates or replaces a market or Sunday shopping day (opening_hours syntax).",
  middleware: [shopStaff, jsonRequired()],
  request: { params: shopParams, body: jsonBody(shoppingDaySchema.omit({ id: true }).strict()) },
  responses: {
    200: jsonAnswer(shoppingDaySchema, "Saved"),
    ...problems({ ...STAFF, ...JSON_BODY_PROBLEMS }),
  },
});

const deleteShoppingDayRoute = createRoute({
  method: "delete",
  path: "/shopping-days/{id}",
  summary: "Removes a market or Sunday shopping day.",
  middleware: [shopStaff],
  request: { params: shopParams },
  responses: { 204: plainAnswer("Removed"), ...problems({ ...STAFF, 404: ["not_found"] }) },
});

export function staffShopRoutes() {
  const app = createRouter();

  app.openapi(claimsRoute, async (c) => c.json({ claims: await readClaims(c.var.db, staffOf(c)) }, 200));

  app.openapi(claimDecisionRoute, async (c) =>
    c.json(await decideClaim(c.var.db, staffOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(changesRoute, async (c) => c.json({ changes: await pendingChanges(c.var.db) }, 200));

  app.openapi(changeDecisionRoute, async (c) => {
    await decideChange(c.var.db, staffOf(c), c.req.valid("param").id, c.req.valid("json"));
    return c.json({}, 200);
  });

  app.openapi(entriesRoute, async (c) => c.json({ entries: await staffEntries(c.var.db) }, 200));

  app.openapi(trustRoute, async (c) => {
    const { trust } = c.req.valid("json");
    await changeTrust(c.var.db, c.req.valid("param").id, trust);
    return c.json({ trust }, 200);
  });

  app.openapi(historyRoute, async (c) =>
    c.json({ revisions: await entryHistory(c.var.db, c.req.valid("param").id) }, 200),
  );

  app.openapi(importRoute, async (c) =>
    c.json(await importOsm(c.var.db, c.req.valid("json"), new Date()), 200),
  );

  // ---- Market days and Sunday shopping days ----

  app.openapi(shoppingDaysRoute, async (c) => c.json({ days: await listShoppingDays(c.var.db) }, 200));

  app.openapi(putShoppingDayRoute, async (c) =>
    c.json(await saveShoppingDay(c.var.db, { id: c.req.valid("param").id, ...c.req.valid("json") }), 200),
  );

  app.openapi(deleteShoppingDayRoute, async (c) => {
    await removeShoppingDay(c.var.db, c.req.valid("param").id);
    return c.body(null, 204);
  });

  return app;
}
