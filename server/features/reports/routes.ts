// /api/reports: defect reports for residents. Anyone may send one (without an account with a solved
// proof of work, always with an Idempotency-Key: it comes from the outbox), read the public list,
// map and page, see open reports nearby and "+1" them, follow an area with this device's push
// subscription. The reporter (account, or the secret returned once at creation) adds up to three
// photos and may reopen a done report within 14 days.
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import {
  createdReportSchema,
  followAreaSchema,
  followListSchema,
  followSchema,
  myReportsSchema,
  nearbyQuerySchema,
  nearbyReportsSchema,
  newReportSchema,
  publicReportSchema,
  reopenRequestSchema,
  REPORT_SECRET_HEADER,
  reportListQuerySchema,
  reportListSchema,
  supportRequestSchema,
} from "../../../src/lib/contract/reports";
import { SHOP_PHOTO_MAX_BYTES } from "../../../src/lib/contract/shops";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idParam, jsonAnswer, jsonBody, multipartBody, plainAnswer, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { publicWriteRoute, serveChallenge } from "../../http/public-write";
import { pushTokenHeaders, pushTokenOf } from "../../http/push-token";
import { rateLimit } from "../../http/rate-limit";
import { JSON_BODY_PROBLEMS, jsonRequired, signedIn } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { requireAccount } from "../../http/session";
import { answerScope, findStoredAnswer } from "../../platform/idempotency/store";
import { fileField, readForm } from "../../http/uploads";
import { processPhoto } from "../shops/photos";
import {
  addPhoto,
  createReport,
  findPublicReport,
  followArea,
  listFollows,
  listPublic,
  myReports,
  nearbyReports,
  reopenReport,
  supportReport,
  unfollow,
} from "./service";
import { photoFile } from "./store";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const REPORTS_PATH = "/api/reports";
const idParams = z.object({ id: idParam });
const secretHeaders = z.object({
  [REPORT_SECRET_HEADER.toLowerCase()]: z
    .string()
    .optional()
    .openapi({ description: "The secret returned at creation (without the reporter's account)" }),
});
const pushHeaders = pushTokenHeaders;
const keyParam = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);
const REPORTER = { 403: ["forbidden"], 404: ["not_found"], 429: ["rate_limited"] } as const;

const secretOf = (c: Context<AppEnv>) => c.req.header(REPORT_SECRET_HEADER) ?? undefined;

// Functions, so that every app gets its own rate-limit windows.
const routes = () => {
  const reads = rateLimit({ name: "reports-reads", windowMs: MINUTE, max: 120 });
  const writes = rateLimit({ name: "reports-writes", windowMs: HOUR, max: 60 });
  return {
    create: publicWriteRoute({
      path: "/",
      summary:
        "A defect report; send with an Idempotency-Key, and without an account a solved challenge. The answer carries the creator's secret once.",
      rateLimitName: "reports-create",
      perHour: 20,
      body: newReportSchema,
      answer: createdReportSchema,
      answerDescription: "Stored and routed to its department",
    }),
    receipt: createRoute({
      method: "get",
      path: "/receipts/{key}",
      summary:
        "The answer stored for a report under its Idempotency-Key (same sender only): the secret for photos.",
      middleware: [reads] as const,
      request: { params: z.object({ key: keyParam }) },
      responses: {
        200: jsonAnswer(createdReportSchema, "The stored report and its secret"),
        ...problems({ 404: ["not_found"], 429: ["rate_limited"] }),
      },
    }),
    list: createRoute({
      method: "get",
      path: "/",
      summary: "The public list and map of reports (newest first), narrowed by box, categories and statuses.",
      middleware: [reads] as const,
      request: { query: reportListQuerySchema },
      responses: { 200: jsonAnswer(reportListSchema, "The reports"), ...problems({ 429: ["rate_limited"] }) },
    }),
    nearby: createRoute({
      method: "get",
      path: "/nearby",
      summary: "Open reports of the category within 50 m, nearest first: 'already reported? support it'.",
      middleware: [reads] as const,
      request: { query: nearbyQuerySchema },
      responses: { 200: jsonAnswer(nearbyReportsSchema, "Nearby"), ...problems({ 429: ["rate_limited"] }) },
    }),
    mine: createRoute({
      method: "get",
      path: "/mine",
      summary: "The signed-in resident's reports with their own text.",
      middleware: [signedIn()] as const,
      responses: {
        200: jsonAnswer(myReportsSchema, "My reports"),
        ...problems({ 401: ["unauthenticated"] }),
      },
    }),
    follow: createRoute({
      method: "post",
      path: "/follows",
      summary: "Follow an area: this device gets a push for each new report inside the circle.",
      middleware: [writes, jsonRequired()] as const,
      request: { body: jsonBody(followAreaSchema) },
      responses: {
        201: jsonAnswer(followSchema, "Followed"),
        ...problems({ ...JSON_BODY_PROBLEMS, 404: ["not_found"], 409: ["conflict"], 429: ["rate_limited"] }),
      },
    }),
    follows: createRoute({
      method: "get",
      path: "/follows/{subscriptionId}",
      summary: "The areas this device follows.",
      middleware: [reads] as const,
      request: { params: z.object({ subscriptionId: idParam }), headers: pushHeaders },
      responses: {
        200: jsonAnswer(followListSchema, "Followed areas"),
        ...problems({ 404: ["not_found"], 429: ["rate_limited"] }),
      },
    }),
    unfollow: createRoute({
      method: "delete",
      path: "/follows/{subscriptionId}/{id}",
      summary: "No more pushes for this area.",
      middleware: [writes] as const,
      request: { params: z.object({ subscriptionId: idParam, id: idParam }), headers: pushHeaders },
      responses: {
        204: plainAnswer("Unfollowed"),
        ...problems({ 404: ["not_found"], 429: ["rate_limited"] }),
      },
    }),
    read: createRoute({
      method: "get",
      path: "/{id}",
      summary: "A report's public page: no personal data, text and photos only once staff reviewed them.",
      middleware: [reads] as const,
      request: { params: idParams },
      responses: {
        200: jsonAnswer(publicReportSchema, "The report"),
        ...problems({ 404: ["not_found"], 429: ["rate_limited"] }),
      },
    }),
    photo: createRoute({
      method: "get",
      path: "/{id}/photos/{photoId}/{file}",
      summary: "A published photo of a report (small.webp or large.webp).",
      middleware: [reads] as const,
      request: {
        params: z.object({ id: idParam, photoId: idParam, file: z.string().regex(/^(small|large)\.webp$/) }),
      },
      responses: { 200: plainAnswer("The photo", "image/webp"), ...problems({ 404: ["not_found"] }) },
    }),
    upload: createRoute({
      method: "post",
      path: "/{id}/photos",
      summary:
        "Adds a photo (JPEG, PNG or WebP, at most 5 MB; at most three per report), kept as WebP without metadata and public only once staff publish it.",
      middleware: [writes] as const,
      request: {
        params: idParams,
        headers: secretHeaders,
        body: multipartBody({ photo: { type: "string", format: "binary" } }, ["photo"]),
      },
      responses: {
        201: jsonAnswer(publicReportSchema, "Added (not yet public)"),
        ...problems({
          ...REPORTER,
          409: ["conflict"],
          413: ["file_too_large"],
          415: ["unsupported_media_type", "unsupported_file_type"],
          422: ["image_unreadable", "image_too_small"],
        }),
      },
    }),
    support: createRoute({
      method: "post",
      path: "/{id}/support",
      summary: "'+1' instead of a duplicate: counted once per device (or account).",
      middleware: [writes, jsonRequired()] as const,
      request: { params: idParams, body: jsonBody(supportRequestSchema) },
      responses: {
        200: jsonAnswer(publicReportSchema, "Counted (or counted before)"),
        ...problems({ ...JSON_BODY_PROBLEMS, 404: ["not_found"], 409: ["conflict"], 429: ["rate_limited"] }),
      },
    }),
    reopen: createRoute({
      method: "post",
      path: "/{id}/reopen",
      summary: "Reopens a done report within 14 days, with a reason; only by its reporter.",
      middleware: [writes, jsonRequired()] as const,
      request: { params: idParams, headers: secretHeaders, body: jsonBody(reopenRequestSchema) },
      responses: {
        200: jsonAnswer(publicReportSchema, "Reopened"),
        ...problems({ ...JSON_BODY_PROBLEMS, ...REPORTER, 409: ["conflict"] }),
      },
    }),
  };
};

export function reportRoutes() {
  const app = createRouter();
  const route = routes();

  serveChallenge(app, {
    path: "/challenge",
    summary: "A proof-of-work challenge for a report sent without an account.",
    rateLimitName: "reports-challenge",
  });

  // c.var.db is the idempotency transaction: a failed request leaves its proof unspent.
  app.openapi(route.create, async (c) => {
    const proof = c.req.header(PROOF_OF_WORK_HEADER);
    const created = await createReport(c.var.db, c.req.valid("json"), c.var.accountId, proof, new Date());
    return c.json(created, 201);
  });

  app.openapi(route.receipt, async (c) => {
    const { key } = c.req.valid("param");
    const stored = await findStoredAnswer(c.var.db, answerScope(c.var.accountId, "POST", REPORTS_PATH), key);
    if (stored?.status !== 201) throw new ProblemError(404, "not_found");
    return c.json(createdReportSchema.parse(JSON.parse(stored.body)), 200);
  });

  app.openapi(route.list, async (c) => c.json(await listPublic(c.var.db, c.req.valid("query")), 200));

  app.openapi(route.nearby, async (c) => {
    const { category, lat, lon } = c.req.valid("query");
    return c.json(await nearbyReports(c.var.db, category, lat, lon), 200);
  });

  app.openapi(route.mine, async (c) => {
    const account = requireAccount(c);
    return c.json({ reports: await myReports(c.var.db, account.id) }, 200);
  });

  app.openapi(route.follow, async (c) =>
    c.json(await followArea(c.var.db, c.req.valid("json"), new Date()), 201),
  );

  app.openapi(route.follows, async (c) => {
    const { subscriptionId } = c.req.valid("param");
    return c.json(await listFollows(c.var.db, subscriptionId, pushTokenOf(c)), 200);
  });

  app.openapi(route.unfollow, async (c) => {
    const { subscriptionId, id } = c.req.valid("param");
    await unfollow(c.var.db, subscriptionId, pushTokenOf(c), id);
    return c.body(null, 204);
  });

  app.openapi(route.read, async (c) =>
    c.json(await findPublicReport(c.var.db, c.req.valid("param").id), 200),
  );

  // Published photos are immutable under their id; hiding one later answers 404 (no long cache).
  app.openapi(route.photo, async (c) => {
    const { id, photoId, file } = c.req.valid("param");
    const found = await photoFile(c.var.db, id, photoId, file.startsWith("small") ? "small" : "large");
    if (!found || found.published !== 1) throw new ProblemError(404, "not_found");
    return c.body(new Uint8Array(found.bytes), 200, {
      "Content-Type": "image/webp",
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
    });
  });

  app.openapi(route.upload, async (c) => {
    const { id } = c.req.valid("param");
    const { bytes } = await fileField(await readForm(c), "photo", SHOP_PHOTO_MAX_BYTES);
    const photo = await processPhoto(bytes);
    return c.json(await addPhoto(c.var.db, id, c.var.accountId, secretOf(c), photo, new Date()), 201);
  });

  app.openapi(route.support, async (c) => {
    const { id } = c.req.valid("param");
    const { deviceId } = c.req.valid("json");
    return c.json(await supportReport(c.var.db, id, c.var.accountId, deviceId, new Date()), 200);
  });

  app.openapi(route.reopen, async (c) => {
    const { id } = c.req.valid("param");
    const { reason } = c.req.valid("json");
    return c.json(await reopenReport(c.var.db, id, c.var.accountId, secretOf(c), reason, new Date()), 200);
  });

  return app;
}
