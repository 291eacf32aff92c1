// Frozen once shipped: never edit this migration; a change is a new migration.
import { createHash } from "node:crypto";
import { type Kysely, type Migration, PostgresAdapter, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    const binary = postgres ? "bytea" : "blob";
    // Our short id of a council file (its OParl URL hashed, as every council id): the path of
    // GET /api/council/files/{id}. Rows stored before this migration get it here.
    await db.schema.alterTable("council_files").addColumn("file_key", "text").execute();
    const rows = await sql<{ id: string }>`select distinct id from council_files`.execute(db);
    for (const { id } of rows.rows) {
      const key = createHash("sha256").update(id).digest("base64url").slice(0, 22);
      await sql`update council_files set file_key = ${key} where id = ${id}`.execute(db);
    }
    await sql`create index council_files_key on council_files (file_key)`.execute(db);
    // Files fetched from the council information system on demand, kept least recently used first
    // out (the sample's files, which have no upstream, are never evicted). `source` is the address
    // the bytes came from: a file the import moves elsewhere is fetched again.
    await db.schema
      .createTable("council_file_cache")
      .addColumn("file_key", "text", (c) => c.primaryKey())
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("content", binary, (c) => c.notNull())
      .addColumn("media_type", "text", (c) => c.notNull())
      .addColumn("size", "integer", (c) => c.notNull())
      .addColumn("etag", "text", (c) => c.notNull())
      .addColumn("fetched_at", "text", (c) => c.notNull())
      .addColumn("used_at", "text", (c) => c.notNull())
      .addColumn("sample", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`create index council_file_cache_used on council_file_cache (used_at)`.execute(db);
    // The text of each file (PDFs, read with pdfjs-dist) for the full-text search; it outlives the
    // cached bytes. A file that cannot be read keeps its last text and records the failure.
    await db.schema
      .createTable("council_file_texts")
      .addColumn("file_key", "text", (c) => c.primaryKey())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("extracted_at", "text")
      .addColumn("failed_at", "text")
      .addColumn("failure", "text")
      .execute();
    if (postgres) {
      // German stemming (Turnhallen finds Turnhalle) through the built-in snowball dictionary.
      await sql`alter table council_file_texts add column search tsvector
        generated always as (to_tsvector('german', text)) stored`.execute(db);
      await sql`create index council_file_texts_search on council_file_texts using gin (search)`.execute(db);
    } else {
      // FTS5 has no German stemmer: words without accents/umlauts, matched as prefixes by the store.
      await sql`create virtual table council_text_index using fts5(
        file_key unindexed, text, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    }
  },
};
