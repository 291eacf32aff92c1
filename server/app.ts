// Composes the server: one router per feature under /api, then the built app.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { FILE_MAX_BYTES } from "../src/lib/contract/account-constants";
import { HTTPException } from "hono/http-exception";
import type { UnofficialStatusCode } from "hono/utils/http-status";
import type { Logger } from "pino";
import type { Config } from "./config";
import type { Db } from "./db/database";
import { storageMonitorOf } from "./db/storage";
import { accountRoutes } from "./features/account/routes";
import { applicationRoutes } from "./features/applications/routes";
import { staffApplicationRoutes } from "./features/applications/staff-routes";
import { appointmentRoutes } from "./features/appointments/routes";
import { staffAppointmentRoutes } from "./features/appointments/staff-routes";
import { authRoutes } from "./features/auth/routes";
import { businessRoutes } from "./features/business/routes";
import { chatRoutes } from "./features/chat/routes";
import { staffChatRoutes } from "./features/chat/staff-routes";
import { staffChatOfficeRoutes } from "./features/chat/office-routes";
import { staffTypingRoutes } from "./features/chat/staff-typing-routes";
import { chatAfterRoutes } from "./features/chat/after-routes";
import { chatAttachmentRoutes, staffChatAttachmentRoutes } from "./features/chat/attachment-routes";
import { chatPushRoutes } from "./features/chat/push-routes";
import { staffBusinessRoutes } from "./features/business/staff-routes";
import { accessibilityRoutes } from "./features/accessibility/routes";
import { staffAccessibilityRoutes } from "./features/accessibility/staff-routes";
import { councilRoutes } from "./features/council/routes";
import { councilStreamRoutes } from "./features/council/streams-routes";
import { staffCouncilStreamRoutes } from "./features/council/streams-staff-routes";
import { staffCouncilMeetingRoutes } from "./features/council/meetings-staff-routes";
import { councilAlertRoutes } from "./features/council/alert-routes";
import { translationRoutes } from "./features/translations/routes";
import { staffTranslationRoutes } from "./features/translations/staff-routes";
import { feedbackRoutes } from "./features/feedback/routes";
import { healthRoutes } from "./features/health/routes";
import { mapRoutes } from "./features/map/routes";
import { staffMapRoutes } from "./features/map/staff-routes";
import { createPushServicePolicy, type ResolveHost } from "./features/push/push-services";
import { pushRoutes } from "./features/push/routes";
import { shopRoutes } from "./features/shops/routes";
import { staffShopRoutes } from "./features/shops/staff-routes";
import { staffRoutes } from "./features/staff/routes";
import { syncRoutes } from "./platform/sync/routes";
import { warningRoutes } from "./features/warnings/routes";
import { staffWasteRoutes } from "./features/waste/staff-routes";
import { wasteReminderRoutes } from "./features/waste/reminder-routes";
import { wasteRoutes } from "./features/waste/routes";
import { reportRoutes } from "./features/reports/routes";
import { staffReportRoutes } from "./features/reports/staff-routes";
import { open311Routes } from "./features/reports/open311-routes";
import type { AppEnv } from "./http/env";
import { CLIENT_CLOSED_REQUEST, clientAborted } from "./http/client-abort";
import { compressText } from "./http/compress";
import { csrfProtection } from "./http/csrf";
import { ProblemError, problemResponse } from "./http/problem";
import { clientAddress } from "./http/proxy";
import { mediaTypeOf } from "./http/route-guards";
import { securityHeaders } from "./http/security-headers";
import { sessions } from "./http/session";
import { staticRoutes } from "./http/static";
import type { Mailer } from "./mail/mailer";

export type AppDeps = {
  db: Db;
  config: Config;
  logger: Logger;
  mailer: Mailer;
  /** The VAPID public key browsers subscribe with (server/features/push/vapid.ts). */
  vapidPublicKey: string;
  /** Name resolution for push endpoints (tests resolve their made-up hosts without DNS). */
  resolveHost?: ResolveHost;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const MAX_JSON_BODY = 64 * 1024;
/** GeoJSON imports of a map layer (a few thousand features). */
const MAX_IMPORT_BODY = 5 * 1024 * 1024;
/** Uploads: the file limit plus room for the multipart envelope and text fields. */
const MAX_UPLOAD_BODY = FILE_MAX_BYTES + 64 * 1024;

export function createApp({ db, config, logger, mailer, vapidPublicKey, resolveHost }: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const storage = storageMonitorOf(db, logger);

  app.use("*", async (c, next) => {
    c.set("db", db);
    c.set("config", config);
    c.set("logger", logger);
    c.set("mailer", mailer);
    c.set("account", null);
    c.set("accountId", null);
    c.set("sessionHash", null);
    c.set("clientIp", clientIp(c, config.trustProxy));
    const started = performance.now();
    await next();
    const entry = { method: c.req.method, path: c.req.path, status: c.res.status };
    const ms = Math.round(performance.now() - started);
    if (c.req.path.startsWith("/assets/")) logger.debug({ ...entry, ms }, "request");
    else logger.info({ ...entry, ms }, "request");
  });
  app.use("*", securityHeaders());

  app.use("/api/*", compressText());
  // API answers are not cached unless a route says so (the public sync feed does): personal data
  // must not stay in the HTTP cache of a shared device.
  app.use("/api/*", async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
  });
  const jsonLimit = bodyLimit({
    maxSize: MAX_JSON_BODY,
    onError: () => {
      throw new ProblemError(413, "payload_too_large", `At most ${MAX_JSON_BODY} bytes`);
    },
  });
  const importLimit = bodyLimit({
    maxSize: MAX_IMPORT_BODY,
    onError: () => {
      throw new ProblemError(413, "payload_too_large", `At most ${MAX_IMPORT_BODY} bytes`);
    },
  });
  const uploadLimit = bodyLimit({
    maxSize: MAX_UPLOAD_BODY,
    onError: () => {
      throw new ProblemError(413, "file_too_large");
    },
  });
  // The chat's photos and PDFs have their own limit (CHAT_ATTACHMENT_MAX_BYTES).
  const chatUploadLimit = bodyLimit({
    maxSize: config.chatAttachmentMaxBytes + 64 * 1024,
    onError: () => {
      throw new ProblemError(413, "file_too_large");
    },
  });
  // No id in the app holds U+0000, and PostgreSQL cannot even compare text with it (a 500 the fuzzer
  // found where a route's guard looks an id up before its input is validated): such a path names
  // nothing.
  app.use("/api/*", async (c, next) => {
    if (c.req.path.includes("\u0000")) throw new ProblemError(404, "not_found");
    await next();
  });
  // JSON everywhere; multipart/form-data and upload parts only where files are uploaded (their routes
  // check which). The media type is compared whole: application/jsonx is not JSON.
  app.use("/api/*", async (c, next) => {
    const type = mediaTypeOf(c.req.header("content-type"));
    const hasBody = declaresBody(c);
    const uploadType = type === "multipart/form-data" || type === "application/offset+octet-stream";
    if (hasBody && type === "multipart/form-data" && CHAT_UPLOAD_ROUTE.test(c.req.path)) {
      return chatUploadLimit(c, next);
    }
    if (hasBody && uploadType && isUploadRoute(c.req.path)) return uploadLimit(c, next);
    if (hasBody && type !== "application/json") throw new ProblemError(415, "unsupported_media_type");
    return IMPORT_ROUTE.test(c.req.path) ? importLimit(c, next) : jsonLimit(c, next);
  });
  // No write is acknowledged that the database cannot keep (server/db/storage.ts); asked again
  // afterwards, since a write into a file that went meanwhile is lost at the next start.
  app.use("/api/*", async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    storage.assertWritable();
    await next();
    storage.assertWritable();
  });
  app.use("/api/*", sessions());
  app.use("/api/*", csrfProtection());

  app.route("/", healthRoutes(storage));
  app.route("/api/sync", syncRoutes());
  app.route("/api/feedback", feedbackRoutes());
  app.route("/api/auth", authRoutes());
  app.route("/api/account", accountRoutes());
  app.route("/api/appointments", appointmentRoutes());
  app.route("/api/staff/appointments", staffAppointmentRoutes());
  app.route("/api/applications", applicationRoutes());
  app.route("/api/staff/applications", staffApplicationRoutes());
  app.route("/api/staff/map", staffMapRoutes());
  app.route("/api/staff/shops", staffShopRoutes());
  app.route("/api/business", businessRoutes());
  app.route("/api/staff/business", staffBusinessRoutes());
  app.route("/api/accessibility", accessibilityRoutes());
  app.route("/api/staff/accessibility", staffAccessibilityRoutes());
  app.route("/api/translations", translationRoutes());
  app.route("/api/staff/translations", staffTranslationRoutes());
  app.route("/api/chat", chatRoutes());
  app.route("/api/chat", chatAfterRoutes());
  app.route("/api/chat", chatAttachmentRoutes());
  app.route("/api/chat", chatPushRoutes());
  app.route("/api/staff/chat", staffChatRoutes());
  app.route("/api/staff/chat", staffChatOfficeRoutes());
  app.route("/api/staff/chat", staffTypingRoutes());
  app.route("/api/staff/chat", staffChatAttachmentRoutes());
  app.route("/api/staff/waste", staffWasteRoutes());
  app.route("/api/staff/council", staffCouncilStreamRoutes());
  app.route("/api/staff/council", staffCouncilMeetingRoutes());
  app.route("/api/staff/reports", staffReportRoutes());
  app.route("/api/staff", staffRoutes());
  app.route("/api/warnings", warningRoutes());
  app.route(
    "/api/push",
    pushRoutes({ vapidPublicKey, services: createPushServicePolicy(config.pushServiceHosts, resolveHost) }),
  );
  app.route("/api/map", mapRoutes(config));
  app.route("/api/shops", shopRoutes());
  app.route("/api/waste", wasteRoutes());
  app.route("/api/council", councilRoutes());
  app.route("/api/council", councilStreamRoutes());
  app.route("/api/council", councilAlertRoutes());
  app.route("/api/waste", wasteReminderRoutes());
  app.route("/api/reports", reportRoutes());
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Delmenhorst App API",
      version: "1",
      description: "Errors are application/problem+json (RFC 9457) with a stable `code`.",
    },
  });
  app.all("/api/*", () => {
    throw new ProblemError(404, "not_found");
  });
  // Open311 GeoReport v2 (XML and JSON, the spec's errors): outside /api and its JSON-only guards.
  app.route("/open311/v2", open311Routes());
  app.route("/", staticRoutes(config.staticDir));

  app.onError((error, c) => {
    if (clientAborted(c)) {
      logger.info({ method: c.req.method, path: c.req.path }, "request aborted by client");
      return c.body(null, CLIENT_CLOSED_REQUEST as UnofficialStatusCode);
    }
    if (error instanceof ProblemError) return problemResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      const code = /malformed json/i.test(error.message)
        ? "malformed_json"
        : error.status === 413
          ? "payload_too_large"
          : error.status === 415
            ? "unsupported_media_type"
            : "validation_failed";
      return problemResponse(c, new ProblemError(error.status, code, error.message));
    }
    const storageProblem = storage.problemFor(error);
    if (storageProblem) {
      logger.error({ err: error, path: c.req.path }, "storage refused a write");
      return problemResponse(c, storageProblem);
    }
    logger.error({ err: error, path: c.req.path }, "unhandled error");
    return problemResponse(c, new ProblemError(500, "internal_error"));
  });

  return app;
}

const UPLOAD_ROUTES = [
  /^\/api\/account\/documents$/,
  /^\/api\/staff\/citizens\/[^/]+\/messages$/,
  /^\/api\/applications\/uploads\/[^/]+$/,
  /^\/api\/shops\/merchant\/entries\/[^/]+\/photo$/,
  /^\/api\/reports\/[^/]+\/photos$/,
];
const isUploadRoute = (path: string) => UPLOAD_ROUTES.some((route) => route.test(path));
/** A photo or PDF sent in a chat, by the resident or the agent. */
const CHAT_UPLOAD_ROUTE = /^\/api\/(staff\/)?chat\/conversations\/[^/]+\/attachments$/;
/**
 * GeoJSON imports (a map layer's features, the shop directory from OpenStreetMap), a waste district's
 * iCalendar file and the street table.
 */
const IMPORT_ROUTE =
  /^\/api\/staff\/(map\/layers\/[^/]+|shops|waste\/districts\/[^/]+|waste\/streets)\/import$/;

/**
 * Whether the request carries a body. Over a socket, node hands every DELETE or POST a body stream,
 * even an empty one, so the headers decide (RFC 9112 §6: a body needs Content-Length or
 * Transfer-Encoding); app.request() in tests has no socket and an honest `body`.
 */
function declaresBody(c: Context<AppEnv>): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(c.req.method)) return false;
  const incoming = c.env?.incoming;
  if (!incoming) return c.req.raw.body !== null;
  const length = Number(incoming.headers["content-length"] ?? "0");
  return length > 0 || incoming.headers["transfer-encoding"] !== undefined;
}

function clientIp(c: Context<AppEnv>, trustProxy: number): string {
  // app.request() in tests has no socket.
  return clientAddress(c.req.header("x-forwarded-for"), trustProxy, c.env?.incoming?.socket.remoteAddress);
}
