// The database keeps what it acknowledges: a removed data folder, a full database or a file that no
// longer takes writes make /readyz say so, and writes fail with problem+json instead of a 201 that a
// restart would lose. These run on SQLite files in both test runs: only SQLite has a file to lose.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { FEEDBACK_MAX_COMMENT } from "../../src/lib/contract/feedback";
import { problemSchema } from "../../src/lib/contract/problem";
import { createApp } from "../app";
import { loadConfig } from "../config";
import { databaseKind, openTestDatabase } from "../testing/test-app";
import { TestClient } from "../testing/test-client";
import { backupDatabase, type Db, openDatabase, sqliteFileOf } from "./database";
import type { Database } from "./schema";
import { type StorageMonitor, storageMonitorOf } from "./storage";

type FileApp = {
  db: Db;
  dataDir: string;
  storage: StorageMonitor;
  browser: TestClient;
  sqlite: SQLite.Database;
};

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fileApp(): Promise<FileApp> {
  const root = mkdtempSync(join(tmpdir(), "delmenhorst-storage-"));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const dataDir = join(root, "data");
  const db = await openDatabase({ dataDir });
  cleanups.push(() => db.destroy());
  const logger = pino({ level: "silent" });
  const storage = storageMonitorOf(db, logger);
  const config = loadConfig({ STATIC_DIR: root, DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const mailer = { kind: "log" as const, send: async () => {} };
  const app = createApp({ db, config, logger, mailer, vapidPublicKey: "unused" });
  const sqlite = sqliteFileOf(db)?.sqlite;
  if (!sqlite) throw new Error("a file database has its SQLite handle");
  return { db, dataDir, storage, browser: new TestClient({ app, config }), sqlite };
}

const sendFeedback = (browser: TestClient, comment?: string) =>
  browser.json(
    "POST",
    "/api/feedback",
    { id: randomUUID(), page: "/dienstleistungen", helpful: true, language: "de", comment },
    { "Idempotency-Key": randomUUID() },
  );

async function expectProblem(
  res: { status: number; headers: Headers; body: unknown },
  status: number,
  code: string,
) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(problemSchema.parse(res.body).code).toBe(code);
}

const readyz = (t: FileApp) => t.browser.json("GET", "/readyz");

describe("a removed data folder", () => {
  it("makes /readyz answer 503 and refuses writes, so none is acknowledged that a restart would lose", async () => {
    const t = await fileApp();
    expect((await sendFeedback(t.browser)).status).toBe(201);
    expect((await readyz(t)).status).toBe(200);

    rmSync(t.dataDir, { recursive: true, force: true });

    await expectProblem(await readyz(t), 503, "storage_unavailable");
    for (let i = 0; i < 3; i++)
      await expectProblem(await sendFeedback(t.browser), 503, "storage_unavailable");
    // Reading goes on from the file this process still holds open, and so does a backup of it.
    expect((await t.browser.json("GET", "/api/sync/services")).status).toBe(200);
    const copy = new SQLite((await backupDatabase(t.db, t.dataDir))!, { readonly: true });
    cleanups.push(() => void copy.close());
    expect(copy.prepare("select count(*) as n from feedback").get()).toEqual({ n: 1 });
  });

  it("counts as gone when another file took the database's place", async () => {
    const t = await fileApp();
    const path = join(t.dataDir, "delmenhorst.sqlite");
    rmSync(path);
    writeFileSync(path, "");
    await expectProblem(await readyz(t), 503, "storage_unavailable");
    await expectProblem(await sendFeedback(t.browser), 503, "storage_unavailable");
  });
});

describe("a full database", () => {
  it("answers a write with 507 storage_full and /readyz with 503 until there is room again", async () => {
    const t = await fileApp();
    const pages = Number(t.sqlite.pragma("page_count", { simple: true }));
    // A real SQLITE_FULL: the database may not grow by one page, so writes fail once its pages are full.
    t.sqlite.pragma(`max_page_count = ${pages}`);
    let answer = await sendFeedback(t.browser, "x".repeat(FEEDBACK_MAX_COMMENT));
    for (let sent = 1; answer.status === 201 && sent < 20; sent++)
      answer = await sendFeedback(t.browser, "x".repeat(FEEDBACK_MAX_COMMENT));

    await expectProblem(answer, 507, "storage_full");
    await expectProblem(await readyz(t), 503, "storage_full");

    t.sqlite.pragma(`max_page_count = ${pages + 100_000}`);
    expect((await readyz(t)).status).toBe(200);
    expect((await sendFeedback(t.browser)).status).toBe(201);
  });
});

describe("a database that no longer takes writes", () => {
  it("makes /readyz answer 503 and the watch report it as fatal", async () => {
    const t = await fileApp();
    const fatal: string[] = [];
    cleanups.push(t.storage.watch(60_000, (problem) => fatal.push(problem.code)));
    // SQLite refuses every write from now on (SQLITE_READONLY), as with a read-only mount.
    t.sqlite.pragma("query_only = 1");

    await expectProblem(await sendFeedback(t.browser), 503, "storage_unavailable");
    await expectProblem(await readyz(t), 503, "storage_unavailable");
    await expect.poll(() => fatal).toEqual(["storage_unavailable"]);
  });

  it.runIf(canMakeImmutable())(
    "is reported, not a SIGBUS, when its files become immutable (chattr +i)",
    async () => {
      const t = await fileApp();
      expect((await sendFeedback(t.browser)).status).toBe(201);
      const files = ["delmenhorst.sqlite", "delmenhorst.sqlite-wal"].map((name) => join(t.dataDir, name));
      execFileSync("chattr", ["+i", ...files]);
      cleanups.push(() => void execFileSync("chattr", ["-i", ...files]));
      execFileSync("sync");

      // With a memory-mapped -shm file the first of these would end the test process with SIGBUS.
      expect((await t.browser.json("GET", "/api/sync/services")).status).toBe(200);
      await expectProblem(await sendFeedback(t.browser), 503, "storage_unavailable");
      await expectProblem(await readyz(t), 503, "storage_unavailable");
    },
  );
});

describe("a PostgreSQL database that takes no writes (a standby after failover)", () => {
  it.runIf(databaseKind === "postgresql")(
    "makes /readyz answer 503 and writes 503 storage_unavailable, not 500",
    async () => {
      const { db, close } = await openTestDatabase();
      cleanups.push(close);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
      url.pathname = `/${rows[0]!.name}`;
      await sql`alter database ${sql.id(rows[0]!.name)} set default_transaction_read_only = on`.execute(db);
      // New connections see the setting; openDatabase() would fail migrating a read-only database.
      const readOnly = new Kysely<Database>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString(), max: 2 }) }),
      });
      cleanups.push(() => readOnly.destroy());
      const logger = pino({ level: "silent" });
      const config = loadConfig({ STATIC_DIR: tmpdir(), LOG_LEVEL: "silent" });
      const mailer = { kind: "log" as const, send: async () => {} };
      const app = createApp({ db: readOnly, config, logger, mailer, vapidPublicKey: "unused" });
      const browser = new TestClient({ app, config });

      await expectProblem(await sendFeedback(browser), 503, "storage_unavailable");
      await expectProblem(await browser.json("GET", "/readyz"), 503, "storage_unavailable");
    },
  );
});

describe("the SQLite database", () => {
  it("is held by this process alone, without a memory-mapped shared-memory file", async () => {
    const t = await fileApp();
    expect((await sendFeedback(t.browser)).status).toBe(201);
    const path = join(t.dataDir, "delmenhorst.sqlite");
    expect(existsSync(`${path}-shm`)).toBe(false);
    const second = new SQLite(path, { timeout: 0 });
    cleanups.push(() => void second.close());
    expect(() => second.pragma("user_version")).toThrow(/locked/);
  });

  it("is copied on demand into DATA_DIR/backups, readable by the owner only", async () => {
    const t = await fileApp();
    expect((await sendFeedback(t.browser)).status).toBe(201);
    const file = await backupDatabase(t.db, t.dataDir);
    expect(file).toMatch(/backups\/delmenhorst-[\dTZ-]+\.sqlite$/);
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    const copy = new SQLite(file!, { readonly: true });
    cleanups.push(() => void copy.close());
    expect(copy.prepare("select count(*) as n from feedback").get()).toEqual({ n: 1 });
  });
});

/** chattr needs root and a filesystem with inode flags (ext4, not every overlay or tmpfs). */
function canMakeImmutable(): boolean {
  const dir = mkdtempSync(join(tmpdir(), "delmenhorst-chattr-"));
  const file = join(dir, "probe");
  writeFileSync(file, "");
  try {
    execFileSync("chattr", ["+i", file], { stdio: "ignore" });
    execFileSync("chattr", ["-i", file], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
