// Opens the database: embedded SQLite in DATA_DIR by default, PostgreSQL when DATABASE_URL is set.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from "kysely";
import pg from "pg";
import { migrateToLatest } from "./migrations";
import type { Database } from "./schema";

export type Db = Kysely<Database>;

// int8 (bigint) arrives as a string from pg; our versions fit a double exactly.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type DatabaseOptions = { databaseUrl?: string | undefined; dataDir?: string; file?: string };

export async function openDatabase(options: DatabaseOptions): Promise<Db> {
  const db = new Kysely<Database>({ dialect: dialectFor(options) });
  await migrateToLatest(db as Kysely<unknown>);
  return db;
}

function dialectFor({ databaseUrl, dataDir, file }: DatabaseOptions) {
  if (databaseUrl) {
    return new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 10 }) });
  }
  let path = file ?? ":memory:";
  if (!file && dataDir) {
    mkdirSync(dataDir, { recursive: true });
    path = join(dataDir, "delmenhorst.sqlite");
  }
  const sqlite = new SQLite(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  return new SqliteDialect({ database: sqlite });
}

/** True when a write failed because the row exists already (unique or primary key). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

/** Runs `work` in a transaction, joining the caller's when there is one. */
export function inTransaction<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
