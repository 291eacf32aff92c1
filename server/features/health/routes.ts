import { Hono } from "hono";
import { sql } from "kysely";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";

/** /healthz: the process runs. /readyz: it can answer requests (the database responds). */
export function healthRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    try {
      await sql`select 1`.execute(c.var.db);
    } catch (error) {
      c.var.logger.error({ err: error }, "readiness check failed");
      throw new ProblemError(503, "internal_error", "database not reachable");
    }
    return c.json({ status: "ready" });
  });
  return app;
}
