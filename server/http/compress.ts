// Compression of the API's JSON and text answers on zlib's thread pool: brotli where the client
// takes it (browsers do over https), gzip otherwise. hono's compress() goes through web streams
// (CompressionStream): 2 ms for a 20 kB answer on the main thread, more than producing it; one-shot
// brotli at quality 4 takes 0.2 ms and comes out a third the size of gzip. Files (PDF, images) pass
// untouched: they are compressed already or streamed.
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { MiddlewareHandler } from "hono";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
// Vector tiles (protobuf) shrink by about half too. Event streams (the chat) go out as they are
// written: compressing them whole would hold every event back until the stream ends.
const COMPRESSIBLE =
  /^(application\/(problem\+)?json|application\/(x-protobuf|vnd\.mapbox-vector-tile)|text\/(?!event-stream))/;
/** Below this size compression saves less than its header and the time it takes. */
const THRESHOLD = 1024;
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

export function compressText(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!res.body || c.req.method === "HEAD" || res.headers.has("content-encoding")) return;
    if (!COMPRESSIBLE.test(res.headers.get("content-type") ?? "")) return;
    res.headers.append("vary", "accept-encoding");
    const accepted = c.req.header("accept-encoding") ?? "";
    const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : undefined;
    if (!encoding) return;
    const body = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    const init = { status: res.status, statusText: res.statusText, headers };
    if (body.length < THRESHOLD) {
      c.res = new Response(body, init);
      return;
    }
    headers.set("content-encoding", encoding);
    headers.delete("content-length");
    const compressed =
      encoding === "br" ? await brotli(body, BROTLI_OPTIONS) : await gzipAsync(body, { level: 4 });
    c.res = new Response(compressed, init);
  };
}
