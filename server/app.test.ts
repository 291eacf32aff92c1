// The server as a whole: security headers, health checks, API description, the built app's files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { serve } from "@hono/node-server";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { problemSchema } from "../src/lib/contract/problem";
import { createApp } from "./app";
import { generateVapidKeys } from "./features/push/vapid";
import { loadConfig } from "./config";
import { openDatabase } from "./db/database";
import { createTestApp, databaseKind, type TestApp } from "./testing/test-app";
import { TestClient } from "./testing/test-client";

const open: TestApp[] = [];

async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await createTestApp(env);
  open.push(t);
  return t;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});

async function get(t: TestApp, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return t.app.request(path, { headers });
}

async function expectProblem(res: Response, status: number, code: string) {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(problemSchema.parse(JSON.parse(text)).code).toBe(code);
}

// A built app in miniature: the shell, a hashed asset with its brotli copy, the service worker.
let root: string;
let staticDir: string;
const SHELL = `<!doctype html><html lang="de"><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="app"></div></body></html>`;
const APP_JS = `console.log("Delmenhorst App");\n`.repeat(20);
const APP_JS_BR = brotliCompressSync(Buffer.from(APP_JS));
const SERVICE_WORKER = `self.addEventListener("fetch", () => {});\n`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "delmenhorst-app-test-"));
  staticDir = join(root, "dist");
  mkdirSync(join(staticDir, "assets"), { recursive: true });
  writeFileSync(join(staticDir, "index.html"), SHELL);
  writeFileSync(join(staticDir, "assets", "app-abc123.js"), APP_JS);
  writeFileSync(join(staticDir, "assets", "app-abc123.js.br"), APP_JS_BR);
  writeFileSync(join(staticDir, "sw.js"), SERVICE_WORKER);
  // Must never be served: it lies next to the static folder, not in it.
  writeFileSync(join(root, "secret.txt"), "database password");
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function expectSecurityHeaders(res: Response) {
  const csp = res.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("referrer-policy")).toBe("same-origin");
  expect(res.headers.get("permissions-policy")).toContain("microphone=()");
  expect(res.headers.get("x-frame-options")).toBe("DENY");
}

describe(`security headers (${databaseKind})`, () => {
  it("are sent with API answers", async () => {
    const t = await testApp();
    const res = await get(t, "/api/sync/services");
    expect(res.status).toBe(200);
    expectSecurityHeaders(res);
  });

  it("are sent with error answers", async () => {
    const t = await testApp();
    const res = await get(t, "/api/xyz");
    expect(res.status).toBe(404);
    expectSecurityHeaders(res);
  });

  it("are sent with the app shell and its assets", async () => {
    const t = await testApp({ STATIC_DIR: staticDir });
    const shell = await get(t, "/", { Accept: "text/html" });
    expect(shell.status).toBe(200);
    expectSecurityHeaders(shell);
    const asset = await get(t, "/assets/app-abc123.js");
    expect(asset.status).toBe(200);
    expectSecurityHeaders(asset);
  });

  it("leave out HSTS when the public origin is not https", async () => {
    const envs: Record<string, string>[] = [{}, { PUBLIC_ORIGIN: "http://localhost:8080" }];
    for (const env of envs) {
      const t = await testApp(env);
      const res = await get(t, "/healthz");
      expect(res.headers.get("strict-transport-security")).toBeNull();
      expect(res.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    }
  });

  it("include HSTS for at least a year when the public origin is https", async () => {
    const t = await testApp({ PUBLIC_ORIGIN: "https://app.example" });
    const hsts = (await get(t, "/healthz")).headers.get("strict-transport-security") ?? "";
    const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  });

  it("trust X-Forwarded-Proto for HSTS only behind a trusted proxy", async () => {
    const direct = await testApp();
    const spoofed = await get(direct, "/healthz", { "X-Forwarded-Proto": "https" });
    expect(spoofed.headers.get("strict-transport-security")).toBeNull();

    const proxied = await testApp({ TRUST_PROXY: "1" });
    const res = await get(proxied, "/healthz", { "X-Forwarded-Proto": "https" });
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
  });
});

describe(`health checks (${databaseKind})`, () => {
  it("/healthz answers 200 while the process runs", async () => {
    const t = await testApp();
    const res = await get(t, "/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("/readyz answers 200 when the database responds", async () => {
    const t = await testApp();
    const res = await get(t, "/readyz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready" });
  });

  it("/readyz answers 503 when the database is gone", async () => {
    // A database of its own, closed before the check (SQLite in both runs: only the answer matters).
    const db = await openDatabase({});
    const config = loadConfig({ STATIC_DIR: staticDir, LOG_LEVEL: "silent" });
    const mailer = { kind: "log" as const, send: async () => {} };
    const vapidPublicKey = generateVapidKeys().publicKey;
    const app = createApp({ db, config, logger: pino({ level: "silent" }), mailer, vapidPublicKey });
    await db.destroy();

    await expectProblem(await app.request("/readyz"), 503, "internal_error");
  });
});

describe(`API (${databaseKind})`, () => {
  it("describes itself in /api/openapi.json", async () => {
    const t = await testApp();
    const res = await get(t, "/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = JSON.parse(await res.text()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.paths["/api/sync/{collection}"]).toHaveProperty("get");
    expect(doc.paths["/api/feedback"]).toHaveProperty("post");
  });

  it("answers an unknown API path with 404 problem+json, never with the app shell", async () => {
    const t = await testApp({ STATIC_DIR: staticDir });
    await expectProblem(await get(t, "/api/xyz"), 404, "not_found");
    await expectProblem(await get(t, "/api/xyz", { Accept: "text/html" }), 404, "not_found");
    await expectProblem(await get(t, "/api/sync"), 404, "not_found");
    const post = await new TestClient(t).fetch("/api/xyz", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    await expectProblem(post, 404, "not_found");
  });
});

describe(`request bodies over a socket (${databaseKind})`, () => {
  it("takes a DELETE without a body, compresses large JSON answers, and still refuses a body that is not JSON", async () => {
    const t = await testApp();
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    try {
      const client = new TestClient(t);
      const csrf = await client.csrfToken();
      const headers = {
        origin: t.config.appOrigin,
        "x-csrf-token": csrf,
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      };
      // No such subscription, but past the body check: 404, not 415.
      const deleted = await fetch(`${base}/api/push/subscriptions/nothing`, { method: "DELETE", headers });
      expect(deleted.status).toBe(404);
      const text = await fetch(`${base}/api/push/subscriptions/nothing`, {
        method: "DELETE",
        headers: { ...headers, "content-type": "text/plain" },
        body: "hello",
      });
      await expectProblem(text, 415, "unsupported_media_type");
      for (const encoding of ["gzip", "br"]) {
        const openapi = await fetch(`${base}/api/openapi.json`, { headers: { "accept-encoding": encoding } });
        expect(openapi.headers.get("content-encoding")).toBe(encoding);
        expect(openapi.headers.get("vary")).toMatch(/accept-encoding/i);
        expect((await openapi.json()) as unknown).toMatchObject({ openapi: "3.1.0" });
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe(`service worker kill switch (${databaseKind})`, () => {
  it("serves a worker that removes all caches and unregisters itself when SW_KILL_SWITCH is set", async () => {
    const t = await testApp({ STATIC_DIR: staticDir, SW_KILL_SWITCH: "1" });
    const res = await get(t, "/sw.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const body = await res.text();
    expect(body).toContain("unregister");
    expect(body).toContain("caches.delete");
    expect(body).not.toBe(SERVICE_WORKER);
  });

  it("serves the built worker when SW_KILL_SWITCH is not set", async () => {
    const t = await testApp({ STATIC_DIR: staticDir });
    const res = await get(t, "/sw.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(await res.text()).toBe(SERVICE_WORKER);
  });
});

describe(`static files (${databaseKind})`, () => {
  it("serves hashed assets as immutable for a year", async () => {
    const t = await testApp({ STATIC_DIR: staticDir });
    const res = await get(t, "/assets/app-abc123.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(res.headers.get("cache-control")).toContain("max-age=31536000");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toBe(APP_JS);
  });

  it("has browsers revalidate the shell and the service worker", async () => {
    const t = await testApp({ STATIC_DIR: staticDir });
    for (const path of ["/", "/index.html", "/sw.js"]) {
      const res = await get(t, path, { Accept: "text/html" });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("no-cache");
    }
    expect(await (await get(t, "/", { Accept: "text/html" })).text()).toBe(SHELL);
  });

  it("sends the brotli copy to browsers that accept br", async () => {
    const t = await testApp({ STATIC_DIR: staticDir });
    const res = await get(t, "/assets/app-abc123.js", { "Accept-Encoding": "gzip, deflate, br" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(Buffer.from(await res.arrayBuffer()).equals(APP_JS_BR)).toBe(true);
  });

  it("answers a deep link with the app shell, so the client router can show the page", async () => {
    const t = await testApp({ STATIC_DIR: staticDir });
    const res = await get(t, "/dienstleistungen/x", { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(await res.text()).toBe(SHELL);
  });

  it("answers a missing asset with 404, not with the shell", async () => {
    const t = await testApp({ STATIC_DIR: staticDir });
    const res = await get(t, "/assets/app-missing.js", { Accept: "*/*" });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("<html");
  });

  it("never serves files outside the static folder", async () => {
    const t = await testApp({ STATIC_DIR: staticDir });
    for (const path of [
      "/../secret.txt",
      "/..%2fsecret.txt",
      "/%2e%2e/secret.txt",
      "/assets/..%2f..%2fsecret.txt",
    ]) {
      const res = await get(t, path);
      expect(await res.text(), path).not.toContain("database password");
    }
  });

  it("says that the app is not built instead of answering a deep link with an empty page", async () => {
    const empty = mkdtempSync(join(tmpdir(), "delmenhorst-empty-"));
    try {
      const t = await testApp({ STATIC_DIR: empty });
      const res = await get(t, "/dienstleistungen/x", { Accept: "text/html" });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("npm run build");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
