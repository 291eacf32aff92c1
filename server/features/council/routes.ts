// /api/council: public parts of the council information system beyond the synced collections: the
// meetings as an iCalendar feed for calendars (webcal:), all of them or one committee's; the papers'
// and meetings' files through our server (files.ts); the search in the papers' documents (search.ts).
import { createRoute } from "@hono/zod-openapi";
import {
  COUNCIL_MEETINGS_COLLECTION,
  COUNCIL_ORGANIZATIONS_COLLECTION,
  councilMeetingSchema,
  councilOrganizationSchema,
  councilSearchAnswerSchema,
} from "../../../src/lib/contract/council";
import { z } from "../../../src/lib/contract/zod";
import { fileAnswer, idParam, jsonAnswer, plainAnswer, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { liveEntryRows, readPublicEntry } from "../../platform/sync/store";
import { FEED_LANGUAGES, meetingsCalendar } from "./calendar";
import { CouncilFileError, indexInBackground, openCouncilFile } from "./files";
import { searchCouncilPapers } from "./search";

const MINUTE = 60_000;

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

const fileRoute = createRoute({
  method: "get",
  path: "/files/{id}",
  summary:
    "A council file (a paper's or meeting's document) through our server: fetched from the council information system once, then from our cache.",
  middleware: [rateLimit({ name: "council-files", windowMs: MINUTE, max: 60 })] as const,
  request: { params: z.object({ id: idParam }) },
  responses: {
    200: fileAnswer("The file", ["application/pdf", "application/octet-stream"]),
    304: { description: "Not modified (If-None-Match)" },
    ...problems({
      404: ["not_found"],
      429: ["rate_limited"],
      502: ["upstream_failed", "file_too_large", "unsupported_file_type"],
      504: ["upstream_timeout"],
    }),
  },
});

const searchRoute = createRoute({
  method: "get",
  path: "/search",
  summary:
    "Papers whose title or documents hold every word of `q`: title hits first, then document hits with a snippet.",
  middleware: [rateLimit({ name: "council-search", windowMs: MINUTE, max: 60 })] as const,
  request: { query: z.object({ q: z.string().trim().min(1).max(200) }) },
  responses: {
    200: jsonAnswer(councilSearchAnswerSchema, "The papers found, best first (at most 30)"),
    ...problems({ 429: ["rate_limited"] }),
  },
});

/** RFC 6266: an ASCII fallback and the real name in UTF-8 (RFC 8187). */
const contentDisposition = (name: string) =>
  `inline; filename="${name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const FILE_PROBLEMS = {
  "not-found": [404, "not_found", "No such council file"],
  "upstream-failed": [502, "upstream_failed", "The council information system answered with an error"],
  "upstream-timeout": [504, "upstream_timeout", "The council information system did not answer in time"],
  "too-large": [502, "file_too_large", "The council file is larger than this server fetches"],
  "unsupported-type": [
    502,
    "unsupported_file_type",
    "The council file is of a type this server does not pass on",
  ],
} as const;

export function councilRoutes() {
  const app = createRouter();

  app.openapi(fileRoute, async (c) => {
    const { id } = c.req.valid("param");
    let file;
    try {
      file = await openCouncilFile(c.var.db, id);
    } catch (error) {
      if (!(error instanceof CouncilFileError)) throw error;
      const [status, code, message] = FILE_PROBLEMS[error.reason];
      if (status !== 404) c.var.logger.warn({ reason: error.message }, "council file not fetched");
      throw new ProblemError(status, code, message);
    }
    if (file.fetched) {
      indexInBackground(c.var.db, id, file, (e) =>
        c.var.logger.warn({ err: e, file: id }, "council file text not read"),
      );
    }
    // Public and the same for everyone: the service worker keeps opened files for offline reading.
    const headers = {
      ETag: file.etag,
      "Cache-Control": "public, max-age=86400",
    };
    if (c.req.header("if-none-match") === file.etag) return c.body(null, 304, headers);
    return c.body(new Uint8Array(file.content), 200, {
      ...headers,
      "Content-Type": file.mediaType,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": contentDisposition(file.fileName),
    });
  });

  app.openapi(searchRoute, async (c) => {
    const { q } = c.req.valid("query");
    return c.json({ hits: await searchCouncilPapers(c.var.db, q) }, 200);
  });

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
