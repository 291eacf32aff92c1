// /api/staff/reports: the console's inbox of defect reports. Staff see their department's reports
// (staff-service.ts checks it on every call; admins see all), change them (audited), and admins
// issue and revoke the Open311 clients' API keys.
import { createRoute } from "@hono/zod-openapi";
import {
  apiKeyListSchema,
  apiKeyWriteSchema,
  assignSchema,
  colleagueListSchema,
  colleaguesQuerySchema,
  forwardSchema,
  issuedApiKeySchema,
  mergeSchema,
  photoVisibilitySchema,
  reportDepartmentSchema,
  reportStatsSchema,
  reviewSchema,
  staffReportListQuerySchema,
  staffReportListSchema,
  staffReportSchema,
  statusChangeSchema,
} from "../../../src/lib/contract/reports";
import { z } from "../../../src/lib/contract/zod";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { mailDeps } from "../../http/mail-deps";
import { JSON_BODY_PROBLEMS, adminOnly, jsonRequired, staffOnly } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { sendMailQuietly } from "../../mail/mailer";
import { statusMail } from "./notify";
import {
  apiKeys,
  assign,
  colleagues,
  forward,
  inbox,
  issueApiKey,
  merge,
  publishPhoto,
  readStaffReport,
  review,
  revokeApiKey,
  setStatus,
  staffPhoto,
  statistics,
} from "./staff-service";

const STAFF = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;
const ONE = { ...STAFF, 404: ["not_found"] } as const;
const idParams = z.object({ id: idParam });

const change = <S extends z.ZodType>(path: string, summary: string, body: S, extra = {}) =>
  createRoute({
    method: "post",
    path,
    summary,
    middleware: [staffOnly(), jsonRequired()] as const,
    request: { params: idParams, body: jsonBody(body) },
    responses: {
      200: jsonAnswer(staffReportSchema, "Changed"),
      ...problems({ ...ONE, ...JSON_BODY_PROBLEMS, ...extra }),
    },
  });

const routes = () => ({
  list: createRoute({
    method: "get",
    path: "/",
    summary:
      "The inbox: the department's reports (admins: all or one department), newest first, with positions.",
    middleware: [staffOnly()] as const,
    request: { query: staffReportListQuerySchema },
    responses: { 200: jsonAnswer(staffReportListSchema, "Reports"), ...problems(STAFF) },
  }),
  stats: createRoute({
    method: "get",
    path: "/statistics",
    summary: "Reports per month (Berlin time) and category: created, done, still open.",
    middleware: [staffOnly()] as const,
    request: { query: z.object({ department: reportDepartmentSchema.optional() }) },
    responses: { 200: jsonAnswer(reportStatsSchema, "Statistics"), ...problems(STAFF) },
  }),
  colleagues: createRoute({
    method: "get",
    path: "/colleagues",
    summary:
      "Who reports may be assigned to: the department's active staff (staff: their own department; admins: one or all).",
    middleware: [staffOnly()] as const,
    request: { query: colleaguesQuerySchema },
    responses: { 200: jsonAnswer(colleagueListSchema, "Colleagues"), ...problems(STAFF) },
  }),
  keys: createRoute({
    method: "get",
    path: "/api-keys",
    summary: "The Open311 clients' API keys (never the keys themselves).",
    middleware: [adminOnly()] as const,
    responses: { 200: jsonAnswer(apiKeyListSchema, "Keys"), ...problems(STAFF) },
  }),
  issue: createRoute({
    method: "post",
    path: "/api-keys",
    summary: "Issues an API key naming its client; the key is shown only in this answer.",
    middleware: [adminOnly(), jsonRequired()] as const,
    request: { body: jsonBody(apiKeyWriteSchema) },
    responses: {
      201: jsonAnswer(issuedApiKeySchema, "Issued"),
      ...problems({ ...STAFF, ...JSON_BODY_PROBLEMS }),
    },
  }),
  revoke: createRoute({
    method: "delete",
    path: "/api-keys/{id}",
    summary: "Revokes an API key: its client's requests count as anonymous again.",
    middleware: [adminOnly()] as const,
    request: { params: idParams },
    responses: { 204: plainAnswer("Revoked"), ...problems(ONE) },
  }),
  read: createRoute({
    method: "get",
    path: "/{id}",
    summary: "One report with everything: text, email, photos (published or not), assignee (audited).",
    middleware: [staffOnly()] as const,
    request: { params: idParams },
    responses: { 200: jsonAnswer(staffReportSchema, "The report"), ...problems(ONE) },
  }),
  photo: createRoute({
    method: "get",
    path: "/{id}/photos/{photoId}/{file}",
    summary: "A photo of a report, published or not (small.webp or large.webp).",
    middleware: [staffOnly()] as const,
    request: {
      params: z.object({ id: idParam, photoId: idParam, file: z.string().regex(/^(small|large)\.webp$/) }),
    },
    responses: { 200: plainAnswer("The photo", "image/webp"), ...problems(ONE) },
  }),
  assign: change(
    "/{id}/assign",
    "Assigns the report to a staff member of its department (null: nobody).",
    assignSchema,
  ),
  status: change(
    "/{id}/status",
    "Sets the status with a public note (a rejection needs one as its reason); the reporter is told by push or mail.",
    statusChangeSchema,
    { 409: ["conflict"] },
  ),
  merge: change(
    "/{id}/merge",
    "Merges this duplicate into another report: supports add up, the duplicate points to the kept one.",
    mergeSchema,
    { 409: ["conflict"] },
  ),
  forward: change(
    "/{id}/forward",
    "Forwards the report to another department or to the Stadtwerke.",
    forwardSchema,
  ),
  review: change("/{id}/review", "Marks the text reviewed (public from now on) or not.", reviewSchema),
  publish: createRoute({
    method: "post",
    path: "/{id}/photos/{photoId}",
    summary: "Publishes or hides a photo of the report.",
    middleware: [staffOnly(), jsonRequired()] as const,
    request: { params: z.object({ id: idParam, photoId: idParam }), body: jsonBody(photoVisibilitySchema) },
    responses: {
      200: jsonAnswer(staffReportSchema, "Changed"),
      ...problems({ ...ONE, ...JSON_BODY_PROBLEMS }),
    },
  }),
});

export function staffReportRoutes() {
  const app = createRouter();
  const route = routes();

  app.openapi(route.list, async (c) =>
    c.json(await inbox(c.var.db, requireStaff(c), c.req.valid("query")), 200),
  );

  app.openapi(route.stats, async (c) => {
    const { department } = c.req.valid("query");
    return c.json(await statistics(c.var.db, requireStaff(c), department), 200);
  });

  app.openapi(route.colleagues, async (c) =>
    c.json(await colleagues(c.var.db, requireStaff(c), c.req.valid("query").department), 200),
  );

  app.openapi(route.keys, async (c) => c.json(await apiKeys(c.var.db), 200));

  app.openapi(route.issue, async (c) =>
    c.json(await issueApiKey(c.var.db, requireStaff(c), c.req.valid("json").client), 201),
  );

  app.openapi(route.revoke, async (c) => {
    await revokeApiKey(c.var.db, requireStaff(c), c.req.valid("param").id);
    return c.body(null, 204);
  });

  app.openapi(route.read, async (c) =>
    c.json(await readStaffReport(c.var.db, requireStaff(c), c.req.valid("param").id), 200),
  );

  app.openapi(route.photo, async (c) => {
    const { id, photoId, file } = c.req.valid("param");
    const bytes = await staffPhoto(
      c.var.db,
      requireStaff(c),
      id,
      photoId,
      file.startsWith("small") ? "small" : "large",
    );
    return c.body(bytes, 200, {
      "Content-Type": "image/webp",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    });
  });

  app.openapi(route.assign, async (c) =>
    c.json(
      await assign(c.var.db, requireStaff(c), c.req.valid("param").id, c.req.valid("json").assigneeId),
      200,
    ),
  );

  app.openapi(route.status, async (c) => {
    const changeTo = c.req.valid("json");
    const { report, reporters, note } = await setStatus(
      c.var.db,
      requireStaff(c),
      c.req.valid("param").id,
      changeTo,
    );
    // After the commit and not awaited: a slow mail server must not hold the console up.
    const deps = mailDeps(c);
    for (const reporter of reporters) {
      const mail = statusMail(reporter, changeTo.status, note, deps.appOrigin);
      if (mail) void sendMailQuietly(deps, mail, "report status mail");
    }
    return c.json(report, 200);
  });

  app.openapi(route.merge, async (c) =>
    c.json(await merge(c.var.db, requireStaff(c), c.req.valid("param").id, c.req.valid("json").into), 200),
  );

  app.openapi(route.forward, async (c) =>
    c.json(
      await forward(c.var.db, requireStaff(c), c.req.valid("param").id, c.req.valid("json").department),
      200,
    ),
  );

  app.openapi(route.review, async (c) =>
    c.json(
      await review(c.var.db, requireStaff(c), c.req.valid("param").id, c.req.valid("json").reviewed),
      200,
    ),
  );

  app.openapi(route.publish, async (c) => {
    const { id, photoId } = c.req.valid("param");
    return c.json(
      await publishPhoto(c.var.db, requireStaff(c), id, photoId, c.req.valid("json").published),
      200,
    );
  });

  return app;
}
