// Pulls the change feed of each collection into its Dexie table. Pages are applied in one
// transaction with the cursor, so an interrupted sync resumes where it stopped.
import type { Table } from "dexie";
import type { z } from "zod";
import { syncPageSchema } from "./contract/sync";
import type { AppDatabase } from "./db";
import { ApiError, type Fetch, send } from "./http";

export type CollectionBinding = {
  /** Name in the feed URL: /api/sync/<name>. */
  name: string;
  /** The Dexie table that holds the collection's copy, keyed by `id`. */
  table: (db: AppDatabase) => Table;
  schema: z.ZodType<{ id: string }>;
  /** Each account's own entries; pulled only while someone is signed in on this device. */
  personal?: boolean;
};

export type PullResult = { collection: string; upserted: number; deleted: number; skipped: number };

export type PullOptions = {
  fetch: Fetch;
  pageLimit?: number;
  onInvalid?: (id: string, error: z.ZodError) => void;
};

export async function pullCollection(
  db: AppDatabase,
  binding: CollectionBinding,
  options: PullOptions,
): Promise<PullResult> {
  const result: PullResult = { collection: binding.name, upserted: 0, deleted: 0, skipped: 0 };
  const table = binding.table(db);
  let restarted = false;
  for (;;) {
    const state = await db.syncState.get(binding.name);
    const cursor = state?.cursor ?? null;
    const params = new URLSearchParams();
    if (cursor) params.set("since", cursor);
    if (options.pageLimit) params.set("limit", String(options.pageLimit));
    const headers: Record<string, string> = {};
    if (state?.etag && state.etagCursor === cursor) headers["If-None-Match"] = state.etag;

    let response: Response;
    try {
      response = await send(options.fetch, `/api/sync/${binding.name}?${params}`, { headers });
    } catch (error) {
      // The server was reset or restored: drop what we have and start from the beginning, once.
      if (error instanceof ApiError && error.code === "cursor_expired" && !restarted) {
        restarted = true;
        await db.transaction("rw", [table, db.syncState], async () => {
          await table.clear();
          await db.syncState.delete(binding.name);
        });
        continue;
      }
      throw error;
    }

    const syncedAt = new Date().toISOString();
    if (response.status === 304) {
      await db.syncState.update(binding.name, { syncedAt });
      return result;
    }
    const page = syncPageSchema.parse(await response.json());
    const etag = response.headers.get("ETag");
    const upserts: { id: string }[] = [];
    const deletes: string[] = [];
    for (const change of page.changes) {
      if (change.op === "delete") {
        deletes.push(change.id);
        continue;
      }
      const parsed = binding.schema.safeParse(change.data);
      if (parsed.success) upserts.push(parsed.data);
      else {
        // Keep going: one bad record must not stop every other one from arriving.
        result.skipped++;
        options.onInvalid?.(change.id, parsed.error);
      }
    }
    await db.transaction("rw", [table, db.syncState], async () => {
      if (deletes.length) await table.bulkDelete(deletes);
      if (upserts.length) await table.bulkPut(upserts);
      await db.syncState.put({
        collection: binding.name,
        cursor: page.cursor,
        etag,
        etagCursor: cursor,
        syncedAt,
      });
    });
    result.upserted += upserts.length;
    result.deleted += deletes.length;
    if (!page.hasMore) return result;
  }
}

/** Pulls every collection; one failing collection does not stop the others. */
export async function pullAll(
  db: AppDatabase,
  bindings: CollectionBinding[],
  options: PullOptions,
): Promise<{ results: PullResult[]; errors: unknown[] }> {
  const settled = await Promise.allSettled(bindings.map((b) => pullCollection(db, b, options)));
  const results: PullResult[] = [];
  const errors: unknown[] = [];
  for (const s of settled) {
    if (s.status === "fulfilled") results.push(s.value);
    else errors.push(s.reason);
  }
  return { results, errors };
}
