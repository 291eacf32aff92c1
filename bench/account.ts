// Times the citizen account on the server without a browser or a socket: the app on an in-memory
// SQLite database, called through app.request() the way the server tests call it (server/testing).
import { DEPARTMENTS } from "../src/lib/contract/account";
import { syncPageSchema } from "../src/lib/contract/sync";
import { insertMessage, publishPostboxMessage } from "../server/features/account/postbox";
import { createAccount, createAccountWithSession, TEST_PASSWORD } from "../server/testing/accounts";
import { createTestApp, type TestApp } from "../server/testing/test-app";
import { TestClient } from "../server/testing/test-client";
import { quantile } from "./search";

export type RequestTiming = { medianMs: number; p95Ms: number; requests: number };

// Sign-ins per app stay below the per-IP limit (30 per 15 minutes; every request here has the same IP).
const SIGN_IN_WARMUP = 3;
const SIGN_INS = 15;
export const POSTBOX_MESSAGES = 200;
const FEED_WARMUP = 3;
const FEED_REQUESTS = 20;

/**
 * Median of password sign-ins of one citizen, each from a fresh client that already holds its CSRF
 * token (as a browser does once the page has loaded). Argon2id dominates; that is on purpose.
 */
export async function timeSignIns(): Promise<RequestTiming> {
  return withSqliteApp(async (server) => {
    const account = await createAccount(server, { role: "citizen" });
    const signIn = async () => {
      const client = new TestClient(server);
      await client.csrfToken();
      const body = JSON.stringify({ email: account.email, password: TEST_PASSWORD, remember: false });
      return timeRequest(client, "/api/auth/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    };
    return timeRepeated(signIn, SIGN_IN_WARMUP, SIGN_INS);
  });
}

/** Median of the full postbox feed (no cursor) of a citizen with POSTBOX_MESSAGES messages. */
export async function timePostboxFeed(): Promise<RequestTiming> {
  return withSqliteApp(async (server) => {
    const { account, client } = await createAccountWithSession(server, { role: "citizen" });
    for (let i = 0; i < POSTBOX_MESSAGES; i++) {
      const message = await insertMessage(server.db, {
        account_id: account.id,
        recipient_name: `${account.given_name} ${account.family_name}`,
        sender_account_id: null,
        sender_department: DEPARTMENTS[i % DEPARTMENTS.length] ?? "buergerbuero",
        kind: i % 10 === 0 ? "decision" : "message",
        subject: `Ihr Antrag Nr. ${1000 + i}`,
        body: MESSAGE_BODY,
      });
      await publishPostboxMessage(server.db, message.id);
    }
    // Check once that the feed is what is being timed: every message on one page.
    const page = syncPageSchema.parse(await (await client.fetch("/api/sync/postbox")).json());
    if (page.changes.length !== POSTBOX_MESSAGES || page.hasMore) {
      throw new Error(`the feed held ${page.changes.length} changes (hasMore ${page.hasMore})`);
    }
    return timeRepeated(() => timeRequest(client, "/api/sync/postbox"), FEED_WARMUP, FEED_REQUESTS);
  });
}

// About the length of a real notice: a few sentences, no attachment.
const MESSAGE_BODY =
  "Sehr geehrte Frau Muster, Ihr Antrag ist vollständig bei uns eingegangen. Wir prüfen ihn und " +
  "melden uns, sobald eine Entscheidung vorliegt. Bitte halten Sie Ihre Unterlagen bereit; falls " +
  "noch etwas fehlt, schreiben wir Ihnen hier im Postfach. Mit freundlichen Grüßen, Stadt Delmenhorst";

/** Time until the whole answer is read; throws unless it is 200. */
async function timeRequest(client: TestClient, path: string, init?: RequestInit): Promise<number> {
  const start = performance.now();
  const response = await client.fetch(path, init);
  const text = await response.text();
  const ms = performance.now() - start;
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 200)}`);
  return ms;
}

async function timeRepeated(
  run: () => Promise<number>,
  warmup: number,
  times: number,
): Promise<RequestTiming> {
  // Warm-up lets the JIT compile the request path and SQLite prepare its statements.
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(await run());
  return { medianMs: quantile(samples, 0.5), p95Ms: quantile(samples, 0.95), requests: times };
}

/** A fresh app for each measurement, so limits and data of one never reach the other. */
async function withSqliteApp<T>(run: (server: TestApp) => Promise<T>): Promise<T> {
  // The budgets are for SQLite; a shell set up for the PostgreSQL server tests must not change that.
  const postgres = process.env.TEST_DATABASE_URL;
  delete process.env.TEST_DATABASE_URL;
  let server: TestApp;
  try {
    server = await createTestApp();
  } finally {
    if (postgres !== undefined) process.env.TEST_DATABASE_URL = postgres;
  }
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}
