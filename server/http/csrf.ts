// CSRF protection for every state-changing request: the Origin must be the app's own, and the
// X-CSRF-Token header must carry the token bound to this browser's session (or, signed out, to its
// anonymous cookie). SameSite=Lax cookies are a third layer, not the only one (OWASP CSRF cheat sheet).
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import type { Db } from "../db/database";
import { readCsrfSecret } from "../platform/csrf/store";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";
import { newToken, readCookie, requestOrigin, writeCookie } from "./session";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const secrets = new WeakMap<Db, Promise<string>>();

function secretOf(db: Db): Promise<string> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = readCsrfSecret(db);
    secrets.set(db, secret);
  }
  return secret;
}

const sign = (secret: string, binding: string) =>
  createHmac("sha256", secret).update(`csrf:${binding}`).digest("base64url");

/**
 * The token for this browser; gives a signed-out browser its anonymous cookie first. Right after
 * sign-in pass the new session token: the request's cookie is still the old one.
 */
export async function csrfTokenFor(c: Context<AppEnv>, newSessionToken?: string): Promise<string> {
  let binding = newSessionToken ?? (c.var.sessionHash ? readCookie(c, "session") : undefined);
  if (!binding) {
    binding = readCookie(c, "anon");
    if (!binding) {
      binding = newToken();
      writeCookie(c, "anon", binding);
    }
  }
  return sign(await secretOf(c.var.db), binding);
}

/** Origins a request may come from: the configured one, else the server's own (development). */
function allowedOrigin(c: Context<AppEnv>, origin: string): boolean {
  const { config } = c.var;
  if (origin === config.appOrigin) return true;
  return !config.publicOrigin && origin === requestOrigin(c);
}

export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    if (!origin || !allowedOrigin(c, origin)) {
      throw new ProblemError(403, "csrf_failed", "Origin missing or not this app");
    }
    const given = c.req.header("x-csrf-token") ?? "";
    const binding = (c.var.sessionHash && readCookie(c, "session")) || readCookie(c, "anon");
    const expected = binding ? sign(await secretOf(c.var.db), binding) : "";
    const ok =
      expected.length > 0 &&
      given.length === expected.length &&
      timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    if (!ok) throw new ProblemError(403, "csrf_failed", "CSRF token missing or wrong; GET /api/auth/session");
    await next();
  };
}
