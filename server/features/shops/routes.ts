// /api/shops: photos and the open data export for everyone; claims, new entries and changes for
// merchants (any signed-in citizen account; the economic development staff verify them).
import { createRoute } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import {
  claimWriteSchema,
  merchantClaimSchema,
  merchantOverviewSchema,
  newShopWriteSchema,
  revisionSchema,
  saveResultSchema,
  SHOP_PHOTO_MAX_BYTES,
  shopDetailsWriteSchema,
  shopIdSchema,
} from "../../../src/lib/contract/shops";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idempotent } from "../../http/idempotency";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { fileField, readForm } from "../../http/uploads";
import { requireAccount } from "../../http/session";
import { LICENCE_NOTE, toCsv, toGeoJson } from "./export";
import { processPhoto } from "./photos";
import {
  changePhoto,
  claimShop,
  createEntry,
  merchantOverview,
  ownEntry,
  ownHistory,
  removePhoto,
  saveMerchantChange,
  viewPhoto,
} from "./service";
import { listShops, merchantClaimOf } from "./store";

/** Merchants are citizens' accounts: staff work in the console, not as merchants. */
function requireMerchant(c: Context<AppEnv>) {
  const account = requireAccount(c);
  if (account.role !== "citizen")
    throw new ProblemError(403, "forbidden", "Staff accounts cannot be merchants");
  return account;
}
/** Before any input is read, as the handlers did before their declaration. */
const merchantOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireMerchant(c);
  await next();
};

const MERCHANT = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;
const entryParams = z.object({ id: shopIdSchema });

const photoRoute = createRoute({
  method: "get",
  path: "/photos/{id}/{file}",
  summary:
    "A photo of an entry (small.webp or large.webp); one waiting for review only to its merchant and staff.",
  request: { params: z.object({ id: z.uuid(), file: z.string().regex(/^(small|large)\.webp$/) }) },
  responses: {
    200: plainAnswer("The photo", "image/webp"),
    ...problems({ 404: ["not_found"] }),
  },
});

const geoJsonRoute = createRoute({
  method: "get",
  path: "/export.geojson",
  summary: "The live directory as open data: GeoJSON (RFC 7946) with OpenStreetMap-style tags.",
  responses: { 200: plainAnswer("The directory", "application/geo+json") },
});

const csvRoute = createRoute({
  method: "get",
  path: "/export.csv",
  summary: "The live directory as open data: CSV (RFC 4180, UTF-8 with BOM).",
  responses: { 200: plainAnswer("The directory", "text/csv") },
});

const overviewRoute = createRoute({
  method: "get",
  path: "/merchant",
  summary: "The entries the merchant keeps and their claims.",
  middleware: [merchantOnly],
  responses: {
    200: jsonAnswer(merchantOverviewSchema, "Entries and claims"),
    ...problems(MERCHANT),
  },
});

// Functions, so that every app gets its own rate-limit windows (module state would be shared by
// all apps in one process, e.g. the tests' apps).
const merchantWrites = () => rateLimit({ name: "shop-merchant-writes", windowMs: 60 * 60_000, max: 120 });

const newEntryRoute = (limit: MiddlewareHandler<AppEnv>) =>
  createRoute({
    method: "post",
    path: "/merchant/entries",
    summary:
      "A new entry with the merchant's claim; it goes live when staff approve. Send with an Idempotency-Key.",
    middleware: [limit, idempotent(), merchantOnly, jsonRequired()],
    request: {
      headers: z.object({ "idempotency-key": z.string() }),
      body: jsonBody(newShopWriteSchema),
    },
    responses: {
      201: jsonAnswer(merchantClaimSchema, "The claim, waiting for review"),
      ...problems({
        ...JSON_BODY_PROBLEMS,
        ...MERCHANT,
        400: ["idempotency_key_missing"],
        409: ["conflict", "request_in_progress"],
        422: ["idempotency_key_reused"],
        429: ["rate_limited"],
      }),
    },
  });

const changeRoute = (limit: MiddlewareHandler<AppEnv>) =>
  createRoute({
    method: "put",
    path: "/merchant/entries/{id}",
    summary: "The merchant's change: published at once when trusted, otherwise waiting for review.",
    middleware: [limit, merchantOnly, jsonRequired()],
    request: { params: entryParams, body: jsonBody(shopDetailsWriteSchema) },
    responses: {
      200: jsonAnswer(saveResultSchema, "Published or pending"),
      ...problems({
        ...JSON_BODY_PROBLEMS,
        ...MERCHANT,
        404: ["not_found"],
        429: ["rate_limited"],
      }),
    },
  });

const uploadPhotoRoute = (limit: MiddlewareHandler<AppEnv>) =>
  createRoute({
    method: "post",
    path: "/merchant/entries/{id}/photo",
    summary: "A photo (JPEG, PNG or WebP, at most 5 MB), kept as WebP in two widths without metadata.",
    middleware: [limit, merchantOnly],
    request: {
      params: entryParams,
      // A plain schema, not zod: the form is read by readForm (http/uploads.ts), whose answers the routes had before.
      body: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              properties: { photo: { type: "string", format: "binary" } },
              required: ["photo"],
            },
          },
        },
      },
    },
    responses: {
      200: jsonAnswer(saveResultSchema, "Published or pending"),
      ...problems({
        ...MERCHANT,
        404: ["not_found"],
        413: ["file_too_large"],
        415: ["unsupported_media_type", "unsupported_file_type"],
        422: ["image_unreadable", "image_too_small"],
        429: ["rate_limited"],
      }),
    },
  });

const deletePhotoRoute = (limit: MiddlewareHandler<AppEnv>) =>
  createRoute({
    method: "delete",
    path: "/merchant/entries/{id}/photo",
    summary: "Removes the entry's photo (a change like any other).",
    middleware: [limit, merchantOnly],
    request: { params: entryParams },
    responses: {
      200: jsonAnswer(saveResultSchema, "Published or pending"),
      ...problems({ ...MERCHANT, 404: ["not_found"], 429: ["rate_limited"] }),
    },
  });

const historyRoute = createRoute({
  method: "get",
  path: "/merchant/entries/{id}/history",
  summary: "The revisions of an entry the merchant keeps.",
  middleware: [merchantOnly],
  request: { params: entryParams },
  responses: {
    200: jsonAnswer(z.object({ revisions: z.array(revisionSchema) }), "The revisions, newest first"),
    ...problems({ ...MERCHANT, 404: ["not_found"] }),
  },
});

const claimRoute = (limit: MiddlewareHandler<AppEnv>) =>
  createRoute({
    method: "post",
    path: "/{id}/claim",
    summary: "A merchant says a live entry is theirs; staff verify before anything changes.",
    middleware: [limit, merchantOnly, jsonRequired()],
    request: { params: entryParams, body: jsonBody(claimWriteSchema) },
    responses: {
      201: jsonAnswer(merchantClaimSchema, "The claim, waiting for review"),
      ...problems({
        ...JSON_BODY_PROBLEMS,
        ...MERCHANT,
        404: ["not_found"],
        409: ["conflict"],
        429: ["rate_limited"],
      }),
    },
  });

export function shopRoutes() {
  const app = createRouter();
  const limit = merchantWrites();

  // Photos are immutable under their id: cached for a year.
  app.openapi(photoRoute, async (c) => {
    const { id, file } = c.req.valid("param");
    const variant = file.startsWith("small") ? "small" : "large";
    const { content, isPublic } = await viewPhoto(c.var.db, c.var.account, id, variant);
    return c.body(content, 200, {
      "Content-Type": "image/webp",
      "Cache-Control": isPublic ? "public, max-age=31536000, immutable" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
    });
  });

  // ---- Open data ----

  app.openapi(geoJsonRoute, async (c) => {
    const shops = (await listShops(c.var.db, { liveOnly: true })).map((e) => e.shop);
    return c.body(JSON.stringify(toGeoJson(shops, new Date().toISOString())), 200, {
      "Content-Type": "application/geo+json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="delmenhorst-shopping.geojson"',
      "Cache-Control": "public, max-age=3600",
    });
  });

  app.openapi(csvRoute, async (c) => {
    const shops = (await listShops(c.var.db, { liveOnly: true })).map((e) => e.shop);
    return c.body(toCsv(shops), 200, {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="delmenhorst-shopping.csv"',
      "Cache-Control": "public, max-age=3600",
      Link: '<https://www.openstreetmap.org/copyright>; rel="license"',
      "X-License-Note": encodeURIComponent(LICENCE_NOTE),
    });
  });

  // ---- Merchants ----

  app.openapi(overviewRoute, async (c) =>
    c.json(await merchantOverview(c.var.db, requireMerchant(c).id), 200),
  );

  app.openapi(newEntryRoute(limit), async (c) => {
    const account = requireMerchant(c);
    const { row, shopName } = await createEntry(c.var.db, account.id, c.req.valid("json"), new Date());
    return c.json(merchantClaimOf(row, shopName), 201);
  });

  app.openapi(changeRoute(limit), async (c) => {
    const account = requireMerchant(c);
    const { id } = c.req.valid("param");
    const details = c.req.valid("json");
    return c.json(await saveMerchantChange(c.var.db, account.id, id, { details }, new Date()), 200);
  });

  app.openapi(uploadPhotoRoute(limit), async (c) => {
    const account = requireMerchant(c);
    const { id } = c.req.valid("param");
    // Whose entry it is, before the upload is read.
    await ownEntry(c.var.db, account.id, id);
    const { bytes } = await fileField(await readForm(c), "photo", SHOP_PHOTO_MAX_BYTES);
    const photo = await processPhoto(bytes);
    return c.json(await changePhoto(c.var.db, account.id, id, photo, new Date()), 200);
  });

  app.openapi(deletePhotoRoute(limit), async (c) => {
    const account = requireMerchant(c);
    return c.json(await removePhoto(c.var.db, account.id, c.req.valid("param").id, new Date()), 200);
  });

  app.openapi(historyRoute, async (c) => {
    const account = requireMerchant(c);
    return c.json({ revisions: await ownHistory(c.var.db, account.id, c.req.valid("param").id) }, 200);
  });

  app.openapi(claimRoute(limit), async (c) => {
    const account = requireMerchant(c);
    const { id } = c.req.valid("param");
    const { row, shopName } = await claimShop(c.var.db, account.id, id, c.req.valid("json"), new Date());
    return c.json(merchantClaimOf(row, shopName), 201);
  });

  return app;
}
