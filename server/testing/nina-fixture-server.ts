// A stand-in for NINA in tests: a real HTTP server on 127.0.0.1 that serves recorded payloads and,
// per path, a script of answers, including the broken ones NINA gives in the wild.
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export const NINA_FIXTURES_DIR = join(import.meta.dirname, "../../tests/fixtures/nina");

/** A recorded payload from tests/fixtures/nina, parsed. */
export function readNinaFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(NINA_FIXTURES_DIR, name), "utf8"));
}

export type FixtureAnswer = {
  /** Default 200 (304 with no body when the request's validators match). */
  status?: number;
  /** Sent as JSON. */
  body?: unknown;
  etag?: string;
  lastModified?: string;
  /** An HTML page, as NINA's 404 for a municipality ARS. */
  html?: string;
  /** 200 with an empty body. */
  empty?: boolean;
  /** 200, application/json, but not JSON. */
  invalidJson?: boolean;
  /** `body` cut off halfway: the full Content-Length is announced, then the connection drops. */
  cutOff?: boolean;
  /** Never answers (until the server closes). */
  hang?: boolean;
};

/** `at`: epoch milliseconds when the request arrived. */
export type RecordedRequest = { path: string; headers: IncomingHttpHeaders; at: number };

export type NinaFixtureServer = {
  baseUrl: string;
  /** The standing answer for a path (after any script is used up). */
  route(path: string, answer: FixtureAnswer): void;
  /** Answers for the next requests to a path, one each, before the standing answer. */
  script(path: string, answers: FixtureAnswer[]): void;
  /** How many requests a path got. */
  count(path: string): number;
  requests: RecordedRequest[];
  close(): Promise<void>;
};

/** Port 0 (any free one) unless given: the end-to-end run needs a fixed one. */
export async function startNinaFixtureServer(options: { port?: number } = {}): Promise<NinaFixtureServer> {
  const routes = new Map<string, FixtureAnswer>();
  const scripts = new Map<string, FixtureAnswer[]>();
  const requests: RecordedRequest[] = [];

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://fixture").pathname;
    requests.push({ path, headers: request.headers, at: Date.now() });
    const answer = scripts.get(path)?.shift() ?? routes.get(path);
    if (!answer) {
      sendHtml(response, 404, "<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>");
      return;
    }
    if (answer.hang) return;
    const status = answer.status ?? 200;
    const headers: Record<string, string> = {};
    if (answer.etag) headers["etag"] = answer.etag;
    if (answer.lastModified) headers["last-modified"] = answer.lastModified;
    const notModified =
      status === 200 &&
      ((answer.etag !== undefined && request.headers["if-none-match"] === answer.etag) ||
        (answer.lastModified !== undefined && request.headers["if-modified-since"] === answer.lastModified));
    if (status === 304 || notModified) {
      response.writeHead(304, headers).end();
    } else if (answer.html !== undefined) {
      sendHtml(response, status, answer.html);
    } else if (answer.invalidJson) {
      response.writeHead(status, { ...headers, "content-type": "application/json" }).end('[{"id": "mow.');
    } else if (answer.cutOff) {
      const json = Buffer.from(JSON.stringify(answer.body ?? null));
      response.writeHead(status, {
        ...headers,
        "content-type": "application/json",
        "content-length": String(json.length),
      });
      response.write(json.subarray(0, Math.floor(json.length / 2)), () => response.destroy());
    } else if (answer.empty || answer.body === undefined) {
      response.writeHead(status, { ...headers, "content-type": "application/json" }).end();
    } else {
      const json = JSON.stringify(answer.body);
      response.writeHead(status, { ...headers, "content-type": "application/json" }).end(json);
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address: AddressInfo | string | null = server.address();
  if (!address || typeof address === "string") throw new Error("fixture server has no TCP address");
  const { port } = address;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    route: (path, answer) => routes.set(path, answer),
    script: (path, answers) => scripts.set(path, [...(scripts.get(path) ?? []), ...answers]),
    count: (path) => requests.filter((r) => r.path === path).length,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Hanging answers hold their sockets open: close them, or close() waits forever.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function sendHtml(response: ServerResponse, status: number, html: string) {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(html);
}
