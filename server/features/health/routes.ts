import { createRoute, z } from "@hono/zod-openapi";
import type { StorageMonitor } from "../../db/storage";
import { jsonAnswer, problems } from "../../http/openapi";
import { createRouter } from "../../http/router";

const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  summary: "Liveness: the process runs.",
  responses: { 200: jsonAnswer(z.object({ status: z.literal("ok") }), "Running") },
});

const readyRoute = createRoute({
  method: "get",
  path: "/readyz",
  summary: "Readiness: the database answers, takes a write and has room.",
  responses: {
    200: jsonAnswer(z.object({ status: z.literal("ready") }), "Ready"),
    ...problems({ 503: ["storage_unavailable", "storage_full"], 507: ["storage_full"] }),
  },
});

/**
 * /healthz: the process runs. /readyz: it can keep what it acknowledges: the database answers, its
 * SQLite file is the one opened and takes a write, and there is room (server/db/storage.ts).
 */
export function healthRoutes(storage: StorageMonitor) {
  const app = createRouter();
  app.openapi(healthRoute, (c) => c.json({ status: "ok" as const }, 200));
  app.openapi(readyRoute, async (c) => {
    const problem = await storage.check();
    if (problem) throw problem;
    return c.json({ status: "ready" as const }, 200);
  });
  return app;
}
