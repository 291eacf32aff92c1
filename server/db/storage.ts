// Whether the database can keep what it acknowledges. A SQLite file removed or replaced under the
// running server still takes writes (into the unlinked file), which a restart then loses; a full
// disk fails every write. /readyz and a periodic watch run check(); write requests are refused
// while the file is not the one opened, so nothing is acknowledged that cannot survive.
import { statfsSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { PostgresAdapter, sql } from "kysely";
import type { Logger } from "pino";
import { ProblemError } from "../http/problem";
import { type Db, type SqliteFile, sqliteFileOf } from "./database";

/** Room for one upload (10 MB) and the WAL's growth between two checkpoints (about 4 MB). */
const MIN_FREE_BYTES = 16 * 1024 * 1024;
/** PostgreSQL's disk is not ours to measure: after a disk_full error it counts as full this long. */
const FULL_HOLD_MS = 30_000;

type StorageErrorKind = "full" | "read_only";

/** SQLite result codes, PostgreSQL SQLSTATEs and node errno codes by which storage refuses a write. */
export function storageErrorKind(error: unknown): StorageErrorKind | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== "string") return undefined;
  // 53100: disk_full; 25006: read_only_sql_transaction (a standby, or a read-only database).
  if (["SQLITE_FULL", "53100", "ENOSPC", "EDQUOT"].includes(code)) return "full";
  if (/^SQLITE_(READONLY|IOERR|CANTOPEN|PERM)/.test(code) || code === "25006" || code === "EROFS")
    return "read_only";
  return undefined;
}

export type StorageMonitor = {
  /** Throws 503 while the database file is not the one opened or no longer takes writes. Cheap: a stat. */
  assertWritable(): void;
  /** The readiness check: file identity, a committed write, free space. A 503 problem, or null. */
  check(): Promise<ProblemError | null>;
  /** The answer for a storage error of a request (507 full, 503 read-only), or undefined for others. */
  problemFor(error: unknown): ProblemError | undefined;
  /** check() every `intervalMs`; `onFatal` once the SQLite file no longer takes writes. Returns stop. */
  watch(intervalMs: number, onFatal: (problem: ProblemError) => void): () => void;
};

const MOVED =
  "The database file was removed or replaced while the server ran; writes are refused until it is restored";
/** For the operator's log only: the unlinked file is still open, so this process can still copy it. */
const MOVED_HINT =
  "Its data is still open in this process: send SIGUSR2 to write a copy to DATA_DIR/backups before restarting";
const movedProblem = () => new ProblemError(503, "storage_unavailable", MOVED);
const readOnlyProblem = () =>
  new ProblemError(
    503,
    "storage_unavailable",
    "The database takes no writes (read-only, immutable or failing)",
  );
const fullProblem = (status: 503 | 507) =>
  new ProblemError(status, "storage_full", "There is not enough free space for the database");

const monitors = new WeakMap<Db, StorageMonitor>();

/** The one monitor of `db`: the app's routes and the process's watch share its state. */
export function storageMonitorOf(db: Db, logger: Logger): StorageMonitor {
  let monitor = monitors.get(db);
  if (!monitor) monitors.set(db, (monitor = createStorageMonitor(db, logger)));
  return monitor;
}

function createStorageMonitor(db: Db, logger: Logger): StorageMonitor {
  const file = sqliteFileOf(db);
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  let readOnly: ProblemError | null = null;
  let fullUntil = 0;
  let reported = "";
  let onFatal: ((problem: ProblemError) => void) | undefined;
  let fatalSent = false;

  const moved = () => (file && !isSameFile(file) ? movedProblem() : null);

  async function evaluate(): Promise<ProblemError | null> {
    const problem = moved();
    if (problem) return problem;
    try {
      if (isPostgres) {
        // A standby (after a failover, say) answers queries but refuses every write.
        const { rows } = await sql<{ transaction_read_only: string }>`show transaction_read_only`.execute(db);
        if (rows[0]?.transaction_read_only === "on") return readOnlyProblem();
        return Date.now() < fullUntil ? fullProblem(503) : null;
      }
      if (!file) {
        await sql`select 1`.execute(db);
        return null;
      }
      // A committed write: it reaches the WAL file, so read-only and immutable files fail here.
      await sql`pragma user_version = 0`.execute(db);
      readOnly = null;
      return (await lacksRoom(db, file)) ? fullProblem(503) : null;
    } catch (error) {
      const kind = storageErrorKind(error);
      if (kind === "full") return fullProblem(503);
      if (kind === "read_only" && file) return (readOnly = readOnlyProblem());
      logger.error({ err: error }, "readiness check failed");
      return new ProblemError(503, "internal_error", "database not reachable");
    }
  }

  async function check(): Promise<ProblemError | null> {
    const problem = await evaluate();
    const key = problem ? `${problem.code}: ${problem.detail ?? ""}` : "";
    if (key !== reported) {
      if (problem) {
        const hint = problem.detail === MOVED ? { hint: MOVED_HINT } : {};
        logger.error({ code: problem.code, detail: problem.detail, ...hint }, "storage not ready");
      } else logger.info("storage ready again");
      reported = key;
    }
    if (problem && problem === readOnly && onFatal && !fatalSent) {
      fatalSent = true;
      onFatal(problem);
    }
    return problem;
  }

  return {
    assertWritable() {
      const problem = moved() ?? readOnly;
      if (problem) throw problem;
    },
    check,
    problemFor(error) {
      const kind = storageErrorKind(error);
      if (kind === "full") {
        if (isPostgres) fullUntil = Date.now() + FULL_HOLD_MS;
        return fullProblem(507);
      }
      if (kind === "read_only") {
        // Confirmed by a write of our own before anything is declared fatal.
        if (onFatal) void check();
        return readOnlyProblem();
      }
      return undefined;
    },
    watch(intervalMs, fatal) {
      onFatal = fatal;
      const timer = setInterval(() => void check(), intervalMs);
      timer.unref();
      return () => {
        clearInterval(timer);
        onFatal = undefined;
      };
    },
  };
}

/** The path still names the file this process opened (same device and inode). */
function isSameFile(file: SqliteFile): boolean {
  try {
    const now = statSync(file.path);
    return now.dev === file.dev && now.ino === file.ino;
  } catch {
    return false;
  }
}

/** Too little free space on the file's disk, or the database at its page limit (max_page_count). */
async function lacksRoom(db: Db, file: SqliteFile): Promise<boolean> {
  const disk = statfsSync(dirname(file.path));
  if (disk.bavail * disk.bsize < MIN_FREE_BYTES) return true;
  const { rows } = await sql<{ page_count: number; max_page_count: number; page_size: number }>`
    select page_count, max_page_count, page_size
    from pragma_page_count(), pragma_max_page_count(), pragma_page_size()`.execute(db);
  const pages = rows[0];
  return pages !== undefined && (pages.max_page_count - pages.page_count) * pages.page_size < MIN_FREE_BYTES;
}
