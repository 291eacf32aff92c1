// The change feed as a syncing client sees it: pages, cursors, tombstones, ETags and errors.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { problemSchema } from "../../../src/lib/contract/problem";
import { type Change, type SyncPage, syncPageSchema, syncRecordSchema } from "../../../src/lib/contract/sync";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { currentVersion, deleteEntry, upsertEntries } from "./store";

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

function feedUrl(collection: string, query: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  const search = params.toString();
  return `/api/sync/${collection}${search ? `?${search}` : ""}`;
}

async function getFeed(
  collection: string,
  query: Record<string, string | number | undefined> = {},
  headers: Record<string, string> = {},
): Promise<Response> {
  return t.app.request(feedUrl(collection, query), { headers });
}

/** One page of the feed; fails the test unless it is a 200 with a well-formed page. */
async function fetchPage(
  collection: string,
  query: { since?: string | undefined; limit?: number } = {},
): Promise<SyncPage> {
  const res = await getFeed(collection, query);
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return syncPageSchema.parse(await res.json());
}

/** Follows the cursor until hasMore is false, as the client's sync loop does. */
async function syncAll(collection: string, since?: string, limit?: number) {
  const changes: Change[] = [];
  const pages: SyncPage[] = [];
  let cursor = since;
  for (;;) {
    const page = await fetchPage(collection, { since: cursor, ...(limit ? { limit } : {}) });
    pages.push(page);
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, pages, cursor };
    expect(pages.length, "the feed never ends").toBeLessThan(100);
  }
}

async function expectProblem(res: Response, status: number, code: string) {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const problem = problemSchema.parse(JSON.parse(text));
  expect(problem.code).toBe(code);
  expect(problem.status).toBe(status);
}

const entry = (id: string, title = `Title of ${id}`) => ({ id, data: { id, title } });

/** Writes entries one by one, so they get versions in the given order. */
async function write(collection: string, ...ids: string[]) {
  for (const id of ids) await upsertEntries(t.db, collection, [entry(id)]);
}

const ids = (changes: Change[]) => changes.map((c) => c.id);

describe(`sync feed (${databaseKind})`, () => {
  it("answers an empty collection with no changes and a cursor to continue from", async () => {
    const page = await fetchPage("services");
    expect(page.changes).toEqual([]);
    expect(page.hasMore).toBe(false);

    await write("services", "a");
    const next = await fetchPage("services", { since: page.cursor });
    expect(next.changes).toEqual([{ id: "a", op: "upsert", data: { id: "a", title: "Title of a" } }]);
  });

  it("gives a client starting from nothing every live entry and no tombstones", async () => {
    await write("services", "a", "b", "c");
    await deleteEntry(t.db, "services", "b");

    const page = await fetchPage("services");

    expect(page.changes).toEqual([
      { id: "a", op: "upsert", data: { id: "a", title: "Title of a" } },
      { id: "c", op: "upsert", data: { id: "c", title: "Title of c" } },
    ]);
    expect(page.hasMore).toBe(false);
  });

  it("only lists entries of the requested collection", async () => {
    await write("offices", "rathaus");
    await write("services", "personalausweis");
    await write("life-situations", "umzug");

    expect(ids((await fetchPage("services")).changes)).toEqual(["personalausweis"]);
    expect(ids((await fetchPage("offices")).changes)).toEqual(["rathaus"]);
    expect(ids((await fetchPage("life-situations")).changes)).toEqual(["umzug"]);
  });

  it("walks all entries page by page in version order, each cursor continuing where the last ended", async () => {
    const all = ["e1", "e2", "e3", "e4", "e5", "e6", "e7"];
    await write("services", ...all);

    const { pages, changes, cursor } = await syncAll("services", undefined, 3);

    expect(pages.map((p) => ids(p.changes))).toEqual([["e1", "e2", "e3"], ["e4", "e5", "e6"], ["e7"]]);
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
    expect(ids(changes)).toEqual(all);
    // Caught up: asking again with the last cursor brings nothing and keeps the cursor.
    const again = await fetchPage("services", { since: cursor, limit: 3 });
    expect(again).toEqual({ changes: [], cursor, hasMore: false });
  });

  it("reports hasMore false when the last page is exactly full", async () => {
    await write("services", "a", "b", "c", "d");
    const first = await fetchPage("services", { limit: 2 });
    const second = await fetchPage("services", { since: first.cursor, limit: 2 });
    expect(ids(first.changes)).toEqual(["a", "b"]);
    expect(first.hasMore).toBe(true);
    expect(ids(second.changes)).toEqual(["c", "d"]);
    expect(second.hasMore).toBe(false);
  });

  it("misses and repeats nothing when entries are written between pages", async () => {
    await write("services", "e1", "e2", "e3", "e4", "e5");
    const first = await fetchPage("services", { limit: 2 });
    expect(ids(first.changes)).toEqual(["e1", "e2"]);

    // While the client pages: a new entry, and an update of one it has not fetched yet.
    await write("services", "e6");
    await upsertEntries(t.db, "services", [entry("e4", "e4 renamed")]);

    const rest = await syncAll("services", first.cursor, 2);
    const received = [...first.changes, ...rest.changes];

    expect(ids(received)).toEqual(["e1", "e2", "e3", "e5", "e6", "e4"]);
    expect(received.find((c) => c.id === "e4")).toEqual({
      id: "e4",
      op: "upsert",
      data: { id: "e4", title: "e4 renamed" },
    });
  });

  it("brings an updated entry again to a client that synced it before", async () => {
    await write("services", "a", "b", "c");
    const { cursor } = await syncAll("services");

    await upsertEntries(t.db, "services", [entry("b", "B, updated")]);

    const page = await fetchPage("services", { since: cursor });
    expect(page.changes).toEqual([{ id: "b", op: "upsert", data: { id: "b", title: "B, updated" } }]);
    expect(page.hasMore).toBe(false);
    expect(page.cursor).not.toBe(cursor);
  });

  it("tells a client that synced an entry that it was deleted (tombstone)", async () => {
    await write("services", "a", "b", "c");
    const { cursor } = await syncAll("services");

    expect(await deleteEntry(t.db, "services", "b")).toBe(true);

    const page = await fetchPage("services", { since: cursor });
    expect(page.changes).toEqual([{ id: "b", op: "delete" }]);
    // A new client never hears of the deleted entry.
    expect(ids((await fetchPage("services")).changes)).toEqual(["a", "c"]);
  });

  it("brings an entry deleted and written again as an upsert", async () => {
    await write("services", "a");
    const { cursor } = await syncAll("services");
    await deleteEntry(t.db, "services", "a");
    await upsertEntries(t.db, "services", [entry("a", "back again")]);

    const page = await fetchPage("services", { since: cursor });
    expect(page.changes).toEqual([{ id: "a", op: "upsert", data: { id: "a", title: "back again" } }]);
  });

  it("answers If-None-Match with the current ETag with 304 and no body, and a changed one after a write", async () => {
    await write("services", "a", "b");
    const first = await getFeed("services");
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(first.headers.get("cache-control")).toContain("no-cache");

    const unchanged = await getFeed("services", {}, { "If-None-Match": etag! });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");

    await write("services", "c");
    const changed = await getFeed("services", {}, { "If-None-Match": etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).toBeTruthy();
    expect(changed.headers.get("etag")).not.toBe(etag);
    const page = syncPageSchema.parse(await changed.json());
    expect(ids(page.changes)).toEqual(["a", "b", "c"]);
  });

  it("changes the ETag of a caught-up client's request when an entry is deleted", async () => {
    await write("services", "a", "b");
    const { cursor } = await syncAll("services");
    const before = await getFeed("services", { since: cursor });
    const etag = before.headers.get("etag")!;
    expect((await getFeed("services", { since: cursor }, { "If-None-Match": etag })).status).toBe(304);

    await deleteEntry(t.db, "services", "a");

    const after = await getFeed("services", { since: cursor }, { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(syncPageSchema.parse(await after.json()).changes).toEqual([{ id: "a", op: "delete" }]);
  });

  it("gives different pages different ETags", async () => {
    await write("services", "a", "b", "c");
    const first = await getFeed("services", { limit: 1 });
    const page = syncPageSchema.parse(await first.json());
    const second = await getFeed("services", { since: page.cursor, limit: 1 });
    const all = await getFeed("services");
    const etags = [first, second, all].map((r) => r.headers.get("etag"));
    expect(new Set(etags).size).toBe(3);
  });

  it.each(["events", "Services", "constructor", "__proto__", "toString"])(
    "answers the unknown collection %j with 404 unknown_collection",
    async (name) => {
      await expectProblem(await getFeed(name), 404, "unknown_collection");
    },
  );

  it.each([
    ["no epoch", "abc"],
    ["a too short epoch", "x.1"],
    ["a negative version", "abcdef12.-1"],
    ["an empty version", "abcdef12."],
    ["upper case", "ABCDEF1234567890.1"],
  ])("rejects a cursor with %s with 400 validation_failed", async (_, since) => {
    await expectProblem(await getFeed("services", { since }), 400, "validation_failed");
  });

  it("answers a cursor of another database with 410 cursor_expired", async () => {
    await write("services", "a");
    await expectProblem(await getFeed("services", { since: "0000000000000000.1" }), 410, "cursor_expired");
  });

  it("answers a cursor beyond the server's last change (a restored backup) with 410 cursor_expired", async () => {
    await write("services", "a", "b");
    const { cursor } = await fetchPage("services");
    const [epoch] = cursor.split(".");
    const current = await currentVersion(t.db);

    await expectProblem(
      await getFeed("services", { since: `${epoch}.${current + 1}` }),
      410,
      "cursor_expired",
    );
    // The newest version itself is fine.
    expect((await getFeed("services", { since: `${epoch}.${current}` })).status).toBe(200);
  });

  it.each([
    ["limit=0", { limit: 0 }],
    ["limit=5000", { limit: 5000 }],
    ["limit=abc", { limit: "abc" }],
    ["limit=-1", { limit: -1 }],
    ["limit=1.5", { limit: 1.5 }],
    ["an unknown parameter", { cursor: "x" }],
  ])("rejects %s with 400 validation_failed", async (_, query) => {
    await expectProblem(await getFeed("services", query), 400, "validation_failed");
  });

  it("accepts the largest allowed limit", async () => {
    await write("services", "a");
    const page = await fetchPage("services", { limit: 1000 });
    expect(ids(page.changes)).toEqual(["a"]);
  });
});

describe(`one record of a collection (${databaseKind})`, () => {
  const recordUrl = (collection: string, id: string) => `/api/sync/${collection}/records/${id}`;

  it("serves a record of a public collection as the feed holds it", async () => {
    await write("services", "reisepass", "personalausweis");
    const res = await t.app.request(recordUrl("services", "reisepass"));
    expect(res.status, await res.clone().text()).toBe(200);
    expect(syncRecordSchema.parse(await res.json())).toEqual({
      id: "reisepass",
      data: { id: "reisepass", title: "Title of reisepass" },
    });
  });

  it("answers 404 problem+json for an unknown or deleted id", async () => {
    await write("offices", "rathaus");
    await deleteEntry(t.db, "offices", "rathaus");
    await expectProblem(await t.app.request(recordUrl("offices", "rathaus")), 404, "not_found");
    await expectProblem(await t.app.request(recordUrl("offices", "gibt-es-nicht")), 404, "not_found");
  });

  it("never serves a personal collection's entry, and knows no unknown collection", async () => {
    await upsertEntries(t.db, "documents", [
      { id: "bescheid", data: { id: "bescheid", title: "Bescheid" }, ownerId: "citizen-a" },
    ]);
    await expectProblem(await t.app.request(recordUrl("documents", "bescheid")), 404, "unknown_collection");
    await expectProblem(await t.app.request(recordUrl("nothing", "x")), 404, "unknown_collection");
  });
});

describe(`upsertEntries (${databaseKind})`, () => {
  it("does not bump the version when the same data is written again, so clients fetch nothing", async () => {
    await write("services", "a", "b");
    const { cursor } = await syncAll("services");
    const version = await currentVersion(t.db);

    const written = await upsertEntries(t.db, "services", [entry("a"), entry("b")]);

    expect(written).toBe(0);
    expect(await currentVersion(t.db)).toBe(version);
    expect(await fetchPage("services", { since: cursor })).toEqual({ changes: [], cursor, hasMore: false });
  });

  it("bumps only the entries whose data changed", async () => {
    await write("services", "a", "b", "c");
    const { cursor } = await syncAll("services");

    const written = await upsertEntries(t.db, "services", [entry("a"), entry("b", "new"), entry("c")]);

    expect(written).toBe(1);
    expect(ids((await fetchPage("services", { since: cursor })).changes)).toEqual(["b"]);
  });
});
