// An app on a fresh database for tests: in-memory SQLite, or a new PostgreSQL database when
// TEST_DATABASE_URL points to a server (CI runs the server suite on both).
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { pino } from "pino";
import { createApp } from "../app";
import { type Config, loadConfig } from "../config";
import { type Db, openDatabase } from "../db/database";
import { migrations } from "../db/migrations";
import { closeHubOf } from "../platform/hub/hub";
import { generateVapidKeys, type VapidKeys } from "../features/push/vapid";
import type { Mail, Mailer } from "../mail/mailer";

export type TestApp = {
  app: ReturnType<typeof createApp>;
  db: Db;
  config: Config;
  /** Every mail the app sent, newest last. */
  mails: Mail[];
  /** The VAPID keys of this app (fresh per test app). */
  vapid: VapidKeys;
  close: () => Promise<void>;
};

export const databaseKind = process.env.TEST_DATABASE_URL ? "postgresql" : "sqlite";

/** `url`: the PostgreSQL database's address (a second process's pool opens it too); absent on SQLite. */
export async function openTestDatabase(): Promise<{ db: Db; close: () => Promise<void>; url?: string }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({});
    return { db, close: () => db.destroy() };
  }
  const template = await migratedTemplate(adminUrl);
  const name = `test_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (admin) => admin.query(`create database ${name} template ${template}`));
  const db = await openDatabase({ databaseUrl: databaseUrl(adminUrl, name) });
  return {
    db,
    url: databaseUrl(adminUrl, name),
    close: async () => {
      await closeHubOf(db);
      await db.destroy();
      await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists ${name}`));
    },
  };
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, use: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await use(admin);
  } finally {
    await admin.end();
  }
}

/** Any fixed number: the advisory lock that lets one test worker at a time build the template. */
const TEMPLATE_LOCK = 7_311_022;
let template: Promise<string> | undefined;

/**
 * A database migrated once, which every test's database copies (CREATE DATABASE … TEMPLATE): running
 * all migrations for each of a thousand tests was most of the PostgreSQL suite's time. Its name
 * carries a hash of the migrations' code, so a changed migration gets a fresh template. It is built
 * under another name and renamed when complete, so a run that dies midway never leaves a half one.
 */
function migratedTemplate(adminUrl: string): Promise<string> {
  template ??= (async () => {
    const code = Object.entries(migrations)
      .map(([name, m]) => `${name}\n${m.up.toString()}\n${m.down?.toString() ?? ""}`)
      .join("\n");
    const name = `test_template_${createHash("sha256").update(code).digest("hex").slice(0, 16)}`;
    await withAdmin(adminUrl, async (admin) => {
      await admin.query("select pg_advisory_lock($1)", [TEMPLATE_LOCK]);
      const existing = await admin.query("select 1 from pg_database where datname = $1", [name]);
      if (existing.rowCount === 0) {
        const building = `${name}_${randomBytes(4).toString("hex")}`;
        await admin.query(`create database ${building}`);
        const db = await openDatabase({ databaseUrl: databaseUrl(adminUrl, building) });
        await db.destroy();
        await admin.query(`alter database ${building} rename to ${name}`);
      }
      await admin.query("select pg_advisory_unlock($1)", [TEMPLATE_LOCK]);
    });
    return name;
  })();
  return template;
}

/**
 * Tests never ask DNS: a host under `internal.` resolves to a loopback address (an SSRF attempt),
 * every other name to an address of TEST-NET-3 (RFC 5737), which no test ever connects to.
 */
export async function testResolve(host: string): Promise<string[]> {
  return host.startsWith("internal.") ? ["127.0.0.1"] : ["203.0.113.10"];
}

/** An empty folder in place of the built app, for tests that do not need it. */
let emptyStaticDir: string | undefined;

/** `failMail` makes every mail fail to send, as with an SMTP server that is down. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { failMail?: boolean } = {},
): Promise<TestApp> {
  const { db, close } = await openTestDatabase();
  const config = loadConfig({
    STATIC_DIR: (emptyStaticDir ??= mkdtempSync(join(tmpdir(), "delmenhorst-static-"))),
    LOG_LEVEL: "silent",
    // Made-up push services of the tests (RFC 2606 names), resolved by testResolve below.
    PUSH_SERVICE_HOSTS: "push.example,push.example.org",
    ...env,
  });
  const mails: Mail[] = [];
  const mailer: Mailer = {
    kind: "log",
    send: async (mail) => {
      if (options.failMail) throw new Error("SMTP server unreachable");
      mails.push(mail);
    },
  };
  const vapid = generateVapidKeys();
  const app = createApp({
    db,
    config,
    logger: pino({ level: "silent" }),
    mailer,
    vapidPublicKey: vapid.publicKey,
    resolveHost: testResolve,
  });
  return { app, db, config, mails, vapid, close };
}
