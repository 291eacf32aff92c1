// Platform (server/platform/): shared by several features, owned by none.
// The change feed synced collections are read through: GET /api/sync/{collection} and one record.
import { createRoute, z } from "@hono/zod-openapi";
import {
  syncPageSchema,
  syncQuerySchema,
  syncRecordSchema,
  type Change,
} from "../../../src/lib/contract/sync";
import { idParam, jsonAnswer, plainAnswer, problems } from "../../http/openapi";
import { createRouter } from "../../http/router";
import { ProblemError } from "../../http/problem";
import { findCollection } from "./collections";
import { currentVersion, databaseEpoch, latestVersion, readChanges, readPublicEntry } from "./store";

const DEFAULT_LIMIT = 200;

const feedRoute = createRoute({
  method: "get",
  path: "/{collection}",
  summary: "Changes of a collection since a cursor",
  request: {
    params: z.object({ collection: z.string().max(64) }),
    query: syncQuerySchema,
  },
  responses: {
    200: jsonAnswer(syncPageSchema, "A page of changes"),
    304: plainAnswer("Nothing changed since the ETag in If-None-Match"),
    // 410: the cursor is from an older database; the device starts again without `since`.
    ...problems({ 401: ["unauthenticated"], 404: ["unknown_collection"], 410: ["cursor_expired"] }),
  },
});

const recordRoute = createRoute({
  method: "get",
  path: "/{collection}/records/{id}",
  summary: "One record of a public collection",
  description:
    "For a page opened before the device synced the collection (a shared link on a first visit). " +
    "Personal collections are never served here: they answer 404 like an unknown collection.",
  request: { params: z.object({ collection: z.string().max(64), id: idParam }) },
  responses: {
    200: jsonAnswer(syncRecordSchema, "The record"),
    // Unknown and personal collections alike answer unknown_collection.
    ...problems({ 404: ["unknown_collection", "not_found"] }),
  },
});

export function syncRoutes() {
  const app = createRouter();

  app.openapi(feedRoute, async (c) => {
    const { collection } = c.req.valid("param");
    const { since, limit = DEFAULT_LIMIT } = c.req.valid("query");
    const definition = findCollection(collection);
    if (!definition) throw new ProblemError(404, "unknown_collection", `No collection "${collection}"`);
    const ownerId = definition.visibility === "public" ? null : c.var.accountId;
    // 401 tells the device that its session ended (signed out elsewhere): it wipes personal data.
    if (definition.visibility === "personal" && ownerId === null)
      throw new ProblemError(401, "unauthenticated");
    const db = c.var.db;
    const epoch = await databaseEpoch(db);
    const afterVersion = await parseCursor(since, epoch, () => currentVersion(db));

    const latest = await latestVersion(db, collection, ownerId);
    const etag = `W/"${epoch}-${latest}-${afterVersion}-${limit}"`;
    c.header("ETag", etag);
    // Personal feeds never go into the browser's HTTP cache: nothing personal may stay on the
    // device after sign-out. The client keeps its own ETag and asks with If-None-Match anyway.
    c.header("Cache-Control", definition.visibility === "public" ? "no-cache" : "private, no-store");
    c.header("Vary", "Cookie");
    if (c.req.header("If-None-Match") === etag) return c.body(null, 304);

    const rows = await readChanges(db, { collection, ownerId, afterVersion, limit });
    const page = rows.slice(0, limit);
    const changes: Change[] = page.map((row) =>
      row.deleted || row.data === null
        ? { id: row.id, op: "delete" }
        : { id: row.id, op: "upsert", data: JSON.parse(row.data) as unknown },
    );
    const lastVersion = page.at(-1)?.version ?? Math.max(afterVersion, latest);
    return c.json({ changes, cursor: `${epoch}.${lastVersion}`, hasMore: rows.length > limit }, 200);
  });

  app.openapi(recordRoute, async (c) => {
    const { collection, id } = c.req.valid("param");
    const definition = findCollection(collection);
    // A personal collection answers as if it did not exist: its entries belong to one account and
    // leave the server only through the owner's feed.
    if (definition?.visibility !== "public")
      throw new ProblemError(404, "unknown_collection", `No public collection "${collection}"`);
    const entry = await readPublicEntry(c.var.db, collection, id);
    if (!entry) throw new ProblemError(404, "not_found", `No record "${id}" in "${collection}"`);
    c.header("Cache-Control", "no-cache");
    return c.json({ id, data: entry.data }, 200);
  });

  return app;
}

async function parseCursor(since: string | undefined, epoch: string, current: () => Promise<number>) {
  if (since === undefined) return 0;
  const [cursorEpoch = "", version = ""] = since.split(".");
  const afterVersion = Number(version);
  // A cursor from another database or from the future (a restored backup): the client starts over.
  if (cursorEpoch !== epoch || afterVersion > (await current())) {
    throw new ProblemError(410, "cursor_expired");
  }
  return afterVersion;
}
