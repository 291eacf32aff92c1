// Opens the database: embedded SQLite in DATA_DIR by default, PostgreSQL when DATABASE_URL is set.
import { chmodSync, closeSync, existsSync, openSync, statSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import {
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type Transaction,
} from "kysely";
import pg from "pg";
import { makePrivateDir, PRIVATE_FILE_MODE } from "../lib/private-files";
import { migrateToLatest } from "./migrations";
import type { Database } from "./schema";

export type Db = Kysely<Database>;

// int8 (bigint) arrives as a string from pg; our versions fit a double exactly.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type DatabaseOptions = { databaseUrl?: string | undefined; dataDir?: string; file?: string };

/** A SQLite database kept in a file: its path and the identity (device, inode) it had when opened. */
export type SqliteFile = { path: string; dev: number; ino: number; sqlite: SQLite.Database };

const sqliteFiles = new WeakMap<Db, SqliteFile>();
const postgresPools = new WeakMap<Db, pg.Pool>();

/** The file behind `db`, or undefined for PostgreSQL and in-memory SQLite. */
export const sqliteFileOf = (db: Db): SqliteFile | undefined => sqliteFiles.get(db);

/** The pool behind `db` on PostgreSQL (for a LISTEN connection of its own), undefined on SQLite. */
export const postgresPoolOf = (db: Db): pg.Pool | undefined => postgresPools.get(db);

export async function openDatabase(options: DatabaseOptions): Promise<Db> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await migrateToLatest(db as Kysely<unknown>);
    postgresPools.set(db, pool);
    return db;
  }
  let path = options.file ?? ":memory:";
  if (!options.file && options.dataDir) {
    makePrivateDir(options.dataDir);
    path = join(options.dataDir, "delmenhorst.sqlite");
  }
  const onDisk = path !== ":memory:";
  let sqlite: SQLite.Database;
  try {
    if (onDisk) makePrivate(path);
    sqlite = new SQLite(path);
    if (onDisk) {
      // One process owns the file: the WAL index lives in this process's memory instead of a
      // memory-mapped -shm file, whose pages end the process with SIGBUS when the file turns
      // immutable or read-only under it; a second server on the same DATA_DIR is refused.
      sqlite.pragma("locking_mode = EXCLUSIVE");
      sqlite.pragma("mmap_size = 0");
    }
    sqlite.pragma("journal_mode = WAL");
  } catch (error) {
    const reason =
      error instanceof Error ? `${error.message} (${(error as { code?: string }).code ?? "error"})` : "";
    throw new Error(
      `Cannot open the database ${path}: ${reason}. Is it read-only or immutable, or does another server process use it?`,
      { cause: error },
    );
  }
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new KeepingCauseSqliteDialect(sqlite) });
  await migrateToLatest(db as Kysely<unknown>);
  if (onDisk) {
    const { dev, ino } = statSync(path);
    sqliteFiles.set(db, { path, dev, ino, sqlite });
  }
  return db;
}

/**
 * Created 0600 before SQLite opens it: SQLite gives its -wal file the database file's mode. A file
 * an older version left readable by all is tightened, when this process owns it.
 */
function makePrivate(path: string) {
  closeSync(openSync(path, "a", PRIVATE_FILE_MODE));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
    }
  }
}

/**
 * On a full disk or an I/O error SQLite rolls the transaction back itself; Kysely's own rollback
 * would then fail ("no transaction is active") and hide SQLITE_FULL behind a plain SQLITE_ERROR.
 */
class KeepingCauseSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }

  override createDriver() {
    const sqlite = this.sqlite;
    return new (class extends SqliteDriver {
      override async rollbackTransaction(connection: DatabaseConnection) {
        if (sqlite.inTransaction) await super.rollbackTransaction(connection);
      }
    })({ database: sqlite });
  }
}

/**
 * A consistent copy of the SQLite database while the server runs (the file is held exclusively, so
 * `sqlite3 .backup` from outside cannot read it): DATA_DIR/backups/delmenhorst-<time>.sqlite, 0600.
 * Null for PostgreSQL and in-memory databases.
 */
export async function backupDatabase(db: Db, dataDir: string): Promise<string | null> {
  const file = sqliteFiles.get(db);
  if (!file) return null;
  const dir = join(dataDir, "backups");
  makePrivateDir(dir);
  const target = join(dir, `delmenhorst-${new Date().toISOString().replace(/[:.]/g, "-")}.sqlite`);
  closeSync(openSync(target, "wx", PRIVATE_FILE_MODE));
  chmodSync(target, PRIVATE_FILE_MODE);
  await file.sqlite.backup(target);
  return target;
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
