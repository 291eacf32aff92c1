// gzip for the API's JSON and text answers, on zlib's thread pool. hono's compress() goes through
// web streams (CompressionStream), which cost 2 ms for a 20 kB answer on this server's main thread,
// more than producing it; zlib's one-shot gzip takes a fraction of that and off the main thread.
// Files (PDF, images) pass untouched: they are compressed already or streamed.
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import type { MiddlewareHandler } from "hono";

const gzip = promisify(gzipCallback);
const COMPRESSIBLE = /^(application\/(problem\+)?json|text\/)/;
/** Below this size gzip saves less than its header and the time it takes. */
const THRESHOLD = 1024;

export function compressText(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!res.body || c.req.method === "HEAD" || res.headers.has("content-encoding")) return;
    if (!COMPRESSIBLE.test(res.headers.get("content-type") ?? "")) return;
    res.headers.append("vary", "accept-encoding");
    if (!/\bgzip\b/.test(c.req.header("accept-encoding") ?? "")) return;
    const body = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    if (body.length < THRESHOLD) {
      c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
      return;
    }
    headers.set("content-encoding", "gzip");
    headers.delete("content-length");
    c.res = new Response(await gzip(body, { level: 6 }), {
      status: res.status,
      statusText: res.statusText,
      headers,
    });
  };
}
