// /api/waste: public parts of the waste calendar. The districts and streets themselves reach devices
// through the change feed; here is each district's iCalendar feed for calendars (webcal:).
import { createRoute } from "@hono/zod-openapi";
import { wasteDistrictSchema, WASTE_DISTRICTS_COLLECTION } from "../../../src/lib/contract/waste";
import { z } from "../../../src/lib/contract/zod";
import { idParam, plainAnswer, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { readPublicEntry } from "../../platform/sync/store";
import { districtCalendar, FEED_LANGUAGES } from "./calendar";

const calendarRoute = createRoute({
  method: "get",
  path: "/districts/{id}/calendar.ics",
  summary: "A district's collection days as an iCalendar feed (subscribe with webcal:).",
  request: {
    params: z.object({ id: idParam }),
    query: z.object({ lang: z.enum(FEED_LANGUAGES).optional() }),
  },
  responses: {
    200: plainAnswer("The calendar", "text/calendar"),
    ...problems({ 404: ["not_found"] }),
  },
});

export function wasteRoutes() {
  const app = createRouter();

  app.openapi(calendarRoute, async (c) => {
    const entry = await readPublicEntry(c.var.db, WASTE_DISTRICTS_COLLECTION, c.req.valid("param").id);
    const district = wasteDistrictSchema.safeParse(entry?.data);
    if (!district.success) throw new ProblemError(404, "not_found");
    const body = districtCalendar(district.data, c.req.valid("query").lang ?? "de", c.var.config.appOrigin);
    return c.body(body, 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="abfuhrtermine-${district.data.id}.ics"`,
      // Public and the same for everyone: calendar apps may keep it for an hour.
      "Cache-Control": "public, max-age=3600",
    });
  });

  return app;
}
