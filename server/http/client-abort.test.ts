// A client that goes away mid-body (a closed tab, a lost connection) is not a server error: it is
// logged as an aborted request, never as a 500.
import { connect } from "node:net";
import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { serve } from "@hono/node-server";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../app";
import { loadConfig } from "../config";
import { databaseKind, openTestDatabase } from "../testing/test-app";

type LogLine = { level: number; msg: string; status?: number; path?: string };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listeningApp() {
  const { db, close } = await openTestDatabase();
  cleanups.push(close);
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  const logger = pino({ level: "info" }, destination);
  const config = loadConfig({ STATIC_DIR: process.cwd(), LOG_LEVEL: "info" });
  const mailer = { kind: "log" as const, send: async () => {} };
  const app = createApp({ db, config, logger, mailer, vapidPublicKey: "unused" });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { port, config, lines };
}

describe(`a request body the client aborts (${databaseKind})`, () => {
  it("is logged as aborted by the client, with no 500 and no error line", async () => {
    const { port, config, lines } = await listeningApp();
    const session = await fetch(`http://127.0.0.1:${port}/api/auth/session`);
    const cookie = session.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const { csrfToken } = (await session.json()) as { csrfToken: string };

    // 10 of the 1000 announced bytes, then the connection is gone.
    const socket = connect(port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(
      [
        "POST /api/feedback HTTP/1.1",
        `Host: 127.0.0.1:${port}`,
        `Origin: ${config.appOrigin}`,
        `X-CSRF-Token: ${csrfToken}`,
        `Cookie: ${cookie}`,
        "Idempotency-Key: aborted-request-0001",
        "Content-Type: application/json",
        "Content-Length: 1000",
        "",
        '{"id":"12',
      ].join("\r\n"),
    );
    // Time for the server to take the headers and start reading the body.
    await sleep(200);
    socket.destroy();

    await expect.poll(() => lines.filter((line) => line.path === "/api/feedback").length).toBe(2);
    const forRequest = lines.filter((line) => line.path === "/api/feedback");
    expect(forRequest.map((line) => [line.level, line.msg])).toEqual([
      [30, "request aborted by client"],
      [30, "request"],
    ]);
    expect(forRequest[1]!.status).toBe(499);
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(lines.filter((line) => line.status === 500)).toEqual([]);
  });
});
