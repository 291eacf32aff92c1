// Exactly-once writes for the client's outbox: the handler's changes and the stored answer commit
// in one transaction, so a repeated request gets the first answer and changes nothing.
import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { isUniqueViolation } from "../db/database";
import { answerScope, findStoredAnswer, storeAnswer } from "../platform/idempotency/store";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";

const KEY = /^[A-Za-z0-9_-]{16,128}$/;

class RollBack extends Error {}

/** 204 and 304 must not have a body, not even an empty one (the Response constructor throws). */
const bodyFor = (status: number, body: string) => (status === 204 || status === 304 ? null : body);

export function idempotent(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header("Idempotency-Key");
    if (!key) throw new ProblemError(400, "idempotency_key_missing");
    if (!KEY.test(key)) {
      throw new ProblemError(
        400,
        "validation_failed",
        "Idempotency-Key must be 16 to 128 URL-safe characters",
      );
    }
    // The path goes into the stored scope; server/app.ts has refused one holding U+0000 (404).
    const scope = answerScope(c.var.accountId, c.req.method, c.req.path);
    const fingerprint = createHash("sha256")
      .update(await c.req.text())
      .digest("base64url");
    const db = c.var.db;

    const stored = () => findStoredAnswer(db, scope, key);
    // A plain Response, not c.body(): after `c.res = undefined` below, c.header() throws in hono.
    const replay = (row: { fingerprint: string; status: number; body: string }) => {
      if (row.fingerprint !== fingerprint) throw new ProblemError(422, "idempotency_key_reused");
      return new Response(bodyFor(row.status, row.body), {
        status: row.status,
        headers: { "Content-Type": "application/json", "Idempotent-Replayed": "true" },
      });
    };

    const earlier = await stored();
    if (earlier) return replay(earlier);

    try {
      await db.transaction().execute(async (trx) => {
        c.set("db", trx);
        await next();
        // Only successes are kept: a failed attempt may be retried with the same key.
        if (c.error || c.res.status >= 300) throw new RollBack();
        // Read the answer and put a fresh copy back instead of using c.res.clone(): once a Response
        // is cloned, Node 20's fetch cancels its body stream on garbage collection even after
        // hono's compress() moved that stream into a new Response; the client got "Body is unusable".
        const answer = c.res;
        const body = await answer.text();
        c.res = new Response(bodyFor(answer.status, body), answer);
        await storeAnswer(trx, {
          key,
          scope,
          fingerprint,
          status: answer.status,
          body,
          created_at: new Date().toISOString(),
        });
      });
    } catch (error) {
      if (error instanceof RollBack) return;
      if (!isUniqueViolation(error)) throw error;
      // The same request ran concurrently and committed first: answer as it did.
      const winner = await stored();
      if (!winner)
        throw new ProblemError(409, "request_in_progress", undefined, undefined, { "Retry-After": "1" });
      // next() has run, so the answer must be assigned, not returned (hono's compose ignores it).
      const answer = replay(winner);
      c.res = undefined;
      c.res = answer;
    } finally {
      c.set("db", db);
    }
  };
}
