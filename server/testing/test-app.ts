// An app on a fresh database for tests: in-memory SQLite, or a new PostgreSQL database when
// TEST_DATABASE_URL points to a server (CI runs the server suite on both).
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { pino } from "pino";
import { createApp } from "../app";
import { type Config, loadConfig } from "../config";
import { type Db, openDatabase } from "../db/database";
import { closeHubOf } from "../features/chat/hub";
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
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  return {
    db,
    url: url.toString(),
    close: async () => {
      await closeHubOf(db);
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name}`);
      await cleanup.end();
    },
  };
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
