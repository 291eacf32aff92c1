import { Hono } from "hono";
import type { StorageMonitor } from "../../db/storage";
import type { AppEnv } from "../../http/env";

/**
 * /healthz: the process runs. /readyz: it can keep what it acknowledges: the database answers, its
 * SQLite file is the one opened and takes a write, and there is room (server/db/storage.ts).
 */
export function healthRoutes(storage: StorageMonitor) {
  const app = new Hono<AppEnv>();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const problem = await storage.check();
    if (problem) throw problem;
    return c.json({ status: "ready" });
  });
  return app;
}
