// /api/council: public parts of the council information system beyond the synced collections: the
// meetings as an iCalendar feed for calendars (webcal:), all of them or one committee's.
import { createRoute } from "@hono/zod-openapi";
import {
  COUNCIL_MEETINGS_COLLECTION,
  COUNCIL_ORGANIZATIONS_COLLECTION,
  councilMeetingSchema,
  councilOrganizationSchema,
} from "../../../src/lib/contract/council";
import { z } from "../../../src/lib/contract/zod";
import { idParam, plainAnswer, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { liveEntryRows, readPublicEntry } from "../../platform/sync/store";
import { FEED_LANGUAGES, meetingsCalendar } from "./calendar";

const calendarRoute = createRoute({
  method: "get",
  path: "/meetings.ics",
  summary:
    "The council's meetings as an iCalendar feed (subscribe with webcal:); `gremium`: one committee's.",
  request: {
    query: z.object({ gremium: idParam.optional(), lang: z.enum(FEED_LANGUAGES).optional() }),
  },
  responses: {
    200: plainAnswer("The calendar", "text/calendar"),
    ...problems({ 404: ["not_found"] }),
  },
});

export function councilRoutes() {
  const app = createRouter();

  app.openapi(calendarRoute, async (c) => {
    const { gremium, lang } = c.req.valid("query");
    let organization = null;
    if (gremium) {
      const parsed = councilOrganizationSchema.safeParse(
        (await readPublicEntry(c.var.db, COUNCIL_ORGANIZATIONS_COLLECTION, gremium))?.data,
      );
      if (!parsed.success) throw new ProblemError(404, "not_found");
      organization = parsed.data;
    }
    // Records that do not parse (an older shape) are left out rather than failing the whole feed.
    const meetings = (await liveEntryRows(c.var.db, COUNCIL_MEETINGS_COLLECTION)).flatMap((row) => {
      const parsed = councilMeetingSchema.safeParse(JSON.parse(row.data ?? "null"));
      return parsed.success ? [parsed.data] : [];
    });
    const body = meetingsCalendar(meetings, organization, lang ?? "de", c.var.config.appOrigin, new Date());
    return c.body(body, 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="sitzungen${gremium ? `-${gremium}` : ""}.ics"`,
      // Public and the same for everyone: calendar apps may keep it for ten minutes.
      "Cache-Control": "public, max-age=600",
    });
  });

  return app;
}
