// /api/warnings: the ingest's health and a warning's history (public), and the staff's city notices.
// The warnings themselves reach devices through the sync feed (collection "warnings").
import { cityNoticeSchema, warningSchema, warningsStatusSchema } from "../../../src/lib/contract/warnings";
import { z } from "../../../src/lib/contract/zod";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { readJson } from "../../http/validate";
import { endCityNotice, publishCityNotice } from "./notices";
import { regionsStatus } from "./regions";
import { warningHistory } from "./store";

/** Who may publish city notices (admins pass every staff guard). */
const NOTICE_DEPARTMENTS = ["ordnungsamt"] as const;

const historySchema = z.array(warningSchema);

export function warningRoutes() {
  const app = createRouter();

  app.get("/status", async (c) => {
    return c.json(warningsStatusSchema.parse(await regionsStatus(c.var.db)), 200);
  });

  app.get("/:id/history", async (c) => {
    const states = await warningHistory(c.var.db, c.req.param("id"));
    if (states.length === 0) throw new ProblemError(404, "not_found");
    return c.json(historySchema.parse(states), 200);
  });

  app.post("/notices", async (c) => {
    requireStaff(c, NOTICE_DEPARTMENTS);
    const notice = await readJson(c.req, cityNoticeSchema);
    const warning = await publishCityNotice(c.var.db, notice);
    return c.json(warningSchema.parse(warning), 201);
  });

  app.post("/notices/:id/end", async (c) => {
    requireStaff(c, NOTICE_DEPARTMENTS);
    const cancel = await endCityNotice(c.var.db, c.req.param("id"));
    return c.json(warningSchema.parse(cancel), 200);
  });

  return app;
}
