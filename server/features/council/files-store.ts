// SQL of the council's files: which file an id names, the bounded cache of fetched files, their
// texts and the full-text search over them (SQLite FTS5 or PostgreSQL tsvector, one function each way).
import { PostgresAdapter, sql } from "kysely";
import type { Db } from "../../db/database";
import type { OparlFile } from "../../integrations/oparl-normalize";

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The file an id names (the first place it appears), or undefined. */
export async function findCouncilFile(
  db: Db,
  key: string,
): Promise<{ file: OparlFile; sample: boolean } | undefined> {
  const row = await db
    .selectFrom("council_files")
    .select(["data", "sample"])
    .where("file_key", "=", key)
    .orderBy("owner_id")
    .orderBy("position")
    .executeTakeFirst();
  return row ? { file: JSON.parse(row.data) as OparlFile, sample: row.sample === 1 } : undefined;
}

export type CachedCouncilFile = {
  source: string;
  content: Uint8Array;
  mediaType: string;
  etag: string;
};

export async function readCachedFile(db: Db, key: string, now: Date): Promise<CachedCouncilFile | undefined> {
  const row = await db
    .selectFrom("council_file_cache")
    .select(["source", "content", "media_type", "etag"])
    .where("file_key", "=", key)
    .executeTakeFirst();
  if (!row) return undefined;
  await db
    .updateTable("council_file_cache")
    .set({ used_at: now.toISOString() })
    .where("file_key", "=", key)
    .execute();
  return { source: row.source, content: row.content, mediaType: row.media_type, etag: row.etag };
}

/** Keeps a fetched file, then evicts the least recently used others until all fit in `maxBytes`. */
export async function writeCachedFile(
  db: Db,
  key: string,
  file: CachedCouncilFile & { sample: boolean },
  now: Date,
  maxBytes: number,
): Promise<void> {
  const row = {
    source: file.source,
    content: file.content,
    media_type: file.mediaType,
    size: file.content.byteLength,
    etag: file.etag,
    fetched_at: now.toISOString(),
    used_at: now.toISOString(),
    sample: file.sample ? 1 : 0,
  };
  await db
    .insertInto("council_file_cache")
    .values({ file_key: key, ...row })
    .onConflict((oc) => oc.column("file_key").doUpdateSet(row))
    .execute();
  const rows = await db
    .selectFrom("council_file_cache")
    .select(["file_key", "size"])
    .where("sample", "=", 0)
    .where("file_key", "!=", key)
    .orderBy("used_at", "desc")
    .orderBy("file_key")
    .execute();
  let total = file.sample ? 0 : row.size;
  const evicted: string[] = [];
  for (const other of rows) {
    total += other.size;
    if (total > maxBytes) evicted.push(other.file_key);
  }
  if (evicted.length > 0)
    await db.deleteFrom("council_file_cache").where("file_key", "in", evicted).execute();
}

/** Ids of the cached files (tests and the prefetch ask). */
export async function cachedFileKeys(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("council_file_cache").select("file_key").orderBy("file_key").execute();
  return rows.map((row) => row.file_key);
}

/** The stored text state of a file, or undefined before its first reading. */
export async function readFileText(db: Db, key: string) {
  return db.selectFrom("council_file_texts").selectAll().where("file_key", "=", key).executeTakeFirst();
}

/** Stores a file's text and brings the search index in step (call inside a transaction). */
export async function writeFileText(db: Db, key: string, text: string, now: Date): Promise<void> {
  const row = { text, extracted_at: now.toISOString(), failed_at: null, failure: null };
  await db
    .insertInto("council_file_texts")
    .values({ file_key: key, ...row })
    .onConflict((oc) => oc.column("file_key").doUpdateSet(row))
    .execute();
  // PostgreSQL's tsvector is a generated column; SQLite's FTS5 table is kept by hand.
  if (!isPostgres(db)) {
    await db.deleteFrom("council_text_index").where("file_key", "=", key).execute();
    await db.insertInto("council_text_index").values({ file_key: key, text }).execute();
  }
}

/** A file that could not be read: the failure is noted, the last good text (if any) stays. */
export async function writeFileTextFailure(db: Db, key: string, failure: string, now: Date): Promise<void> {
  const row = { failed_at: now.toISOString(), failure: failure.slice(0, 300) };
  await db
    .insertInto("council_file_texts")
    .values({ file_key: key, text: "", extracted_at: null, ...row })
    .onConflict((oc) => oc.column("file_key").doUpdateSet(row))
    .execute();
}

/** Cached bytes and texts of files no record names any more (after an import removed them). */
export async function deleteOrphanFileData(db: Db): Promise<void> {
  const named = db.selectFrom("council_files").select("file_key").where("file_key", "is not", null);
  await db.deleteFrom("council_file_cache").where("file_key", "not in", named).execute();
  if (!isPostgres(db)) {
    await db.deleteFrom("council_text_index").where("file_key", "not in", named).execute();
  }
  await db.deleteFrom("council_file_texts").where("file_key", "not in", named).execute();
}

/** Papers' files (PDF or of unknown type) never read yet, for the background prefetch. */
export async function unreadPaperFileKeys(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom("council_files")
    .innerJoin("council_papers", "council_papers.id", "council_files.owner_id")
    .leftJoin("council_file_texts", "council_file_texts.file_key", "council_files.file_key")
    .select(["council_files.file_key", "council_files.data"])
    .where("council_file_texts.file_key", "is", null)
    .where("council_files.file_key", "is not", null)
    .orderBy("council_papers.id", "desc")
    .orderBy("council_files.position")
    .execute();
  const keys = new Set<string>();
  for (const row of rows) {
    const file = JSON.parse(row.data) as OparlFile;
    const type = file.mimeType?.toLowerCase();
    if (row.file_key && file.accessUrl && (!type || type === "application/pdf")) keys.add(row.file_key);
    if (keys.size >= limit) break;
  }
  return [...keys];
}

export type TextHit = { paperId: string; snippet: string; rank: number };

/** Words of a query as the search engines take them: letters and digits only (no operators). */
export const queryWords = (query: string): string[] =>
  (query.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);

/**
 * Papers whose files hold every word of the query (each also as the start of a longer word), best
 * first, with a short piece of text around the words. PostgreSQL stems German words.
 */
export async function searchFileTexts(db: Db, words: string[], limit: number): Promise<TextHit[]> {
  if (words.length === 0) return [];
  if (isPostgres(db)) {
    const tsquery = words.map((word) => `${word}:*`).join(" & ");
    const result = await sql<{ paper_id: string; snippet: string; rank: number }>`
      select f.owner_id as paper_id,
        ts_headline('german', t.text, q, 'MaxWords=24, MinWords=10, MaxFragments=1, StartSel="", StopSel=""') as snippet,
        ts_rank(t.search, q) as rank
      from council_file_texts t
        cross join to_tsquery('german', ${tsquery}) q
        join council_files f on f.file_key = t.file_key
        join council_papers p on p.id = f.owner_id
      where t.search @@ q
      order by rank desc, f.owner_id
      limit ${limit * 4}`.execute(db);
    return result.rows.map((row) => ({
      paperId: row.paper_id,
      snippet: row.snippet,
      rank: Number(row.rank),
    }));
  }
  const match = words.map((word) => `"${word}"*`).join(" ");
  const result = await sql<{ paper_id: string; snippet: string; rank: number }>`
    select f.owner_id as paper_id,
      snippet(council_text_index, 1, '', '', '…', 16) as snippet,
      bm25(council_text_index) as rank
    from council_text_index
      join council_files f on f.file_key = council_text_index.file_key
      join council_papers p on p.id = f.owner_id
    where council_text_index match ${match}
    order by rank, f.owner_id
    limit ${limit * 4}`.execute(db);
  // bm25 is better when lower: turned round so both engines rank "higher is better".
  return result.rows.map((row) => ({ paperId: row.paper_id, snippet: row.snippet, rank: -row.rank }));
}

/** Every paper's title line for the title search: name and reference. */
/** Papers whose folded title (fold.ts) holds every one of the folded words. */
export async function papersWithTitleWords(db: Db, foldedWords: string[]) {
  let query = db.selectFrom("council_papers").select(["id", "data"]);
  for (const word of foldedWords) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`search_title like ${pattern} escape '\\'`);
  }
  return parsed(await query.execute());
}

/** Papers by their OParl ids (the document search's hits). */
export async function papersByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return parsed(
    await db.selectFrom("council_papers").select(["id", "data"]).where("id", "in", ids).execute(),
  );
}

const parsed = (rows: { id: string; data: string }[]) =>
  rows.map((row) => ({ id: row.id, data: JSON.parse(row.data) as Record<string, unknown> }));
