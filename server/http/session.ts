// Server-side sessions. The cookie carries a random token; the table keeps only its SHA-256, so a
// leaked database does not sign anyone in. A new token at every sign-in (no session fixation).
import { createHash, randomBytes } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AccountTable } from "../db/schema";
import type { AppEnv, SignedInAccount } from "./env";
import {
  deleteSession,
  findSessionWithAccount,
  insertSession,
  touchSession,
} from "../platform/sessions/store";
import { ProblemError } from "./problem";
import { forwardedValue } from "./proxy";

/** "Stay signed in": sliding 30 days. Otherwise the cookie ends with the browser and 1 h idle ends the session. */
const PERSISTENT_MS = 30 * 24 * 3600_000;
const BROWSER_SESSION_IDLE_MS = 3600_000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");
export const newToken = () => randomBytes(32).toString("base64url");

/** https: Secure cookies with the __Host- prefix (no Domain, Path=/, cannot be set by a subdomain). */
export function isHttps(c: Context<AppEnv>): boolean {
  const { config } = c.var;
  if (config.publicOrigin) return config.publicOrigin.startsWith("https:");
  if (forwardedValue(c, "x-forwarded-proto") === "https") return true;
  return new URL(c.req.url).protocol === "https:";
}

/** The origin the browser sees: behind a trusted proxy, from X-Forwarded-Proto/-Host. */
export function requestOrigin(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  if (!c.var.config.trustProxy) return url.origin;
  const proto = forwardedValue(c, "x-forwarded-proto") || url.protocol.replace(":", "");
  const host = forwardedValue(c, "x-forwarded-host") || c.req.header("host") || url.host;
  return `${proto}://${host}`;
}

export const cookieName = (c: Context<AppEnv>, base: "session" | "anon") =>
  isHttps(c) ? `__Host-dm_${base}` : `dm_${base}`;

export function readCookie(c: Context<AppEnv>, base: "session" | "anon"): string | undefined {
  return getCookie(c, cookieName(c, base));
}

export function writeCookie(c: Context<AppEnv>, base: "session" | "anon", value: string, maxAgeMs?: number) {
  setCookie(c, cookieName(c, base), value, {
    path: "/",
    httpOnly: true,
    secure: isHttps(c),
    sameSite: "Lax",
    ...(maxAgeMs ? { maxAge: Math.floor(maxAgeMs / 1000) } : {}),
  });
}

function expiryFrom(now: number, persistent: boolean) {
  return new Date(now + (persistent ? PERSISTENT_MS : BROWSER_SESSION_IDLE_MS)).toISOString();
}

export const toSignedIn = (row: AccountTable): SignedInAccount => ({
  id: row.id,
  email: row.email,
  role: row.role,
  department: row.department,
  givenName: row.given_name,
  familyName: row.family_name,
  trustLevel: row.identity_verified_at ? "verified" : row.email_verified_at ? "basic" : "none",
});

/** Finds the signed-in account of the request (c.var.account / c.var.accountId). */
export function sessions(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("account", null);
    const token = readCookie(c, "session");
    if (token) {
      const db = c.var.db;
      const now = Date.now();
      const row = await findSessionWithAccount(db, hashToken(token));
      if (row && Date.parse(row.expires_at) > now && !row.disabled_at) {
        c.set("account", toSignedIn(row));
        c.set("accountId", row.id);
        c.set("sessionHash", row.id_hash);
        if (now - Date.parse(row.last_seen_at) > TOUCH_INTERVAL_MS) {
          await touchSession(
            db,
            row.id_hash,
            new Date(now).toISOString(),
            expiryFrom(now, row.persistent === 1),
          );
        }
      } else {
        deleteCookie(c, cookieName(c, "session"), { path: "/", secure: isHttps(c) });
      }
    }
    await next();
  };
}

export async function startSession(c: Context<AppEnv>, accountId: string, persistent: boolean) {
  const db = c.var.db;
  const previous = c.var.sessionHash;
  if (previous) await deleteSession(db, previous);
  const token = newToken();
  const now = Date.now();
  await insertSession(db, {
    id_hash: hashToken(token),
    account_id: accountId,
    persistent: persistent ? 1 : 0,
    user_agent: c.req.header("user-agent")?.slice(0, 200) ?? null,
    created_at: new Date(now).toISOString(),
    last_seen_at: new Date(now).toISOString(),
    expires_at: expiryFrom(now, persistent),
  });
  writeCookie(c, "session", token, persistent ? PERSISTENT_MS : undefined);
  c.set("sessionHash", hashToken(token));
  c.set("accountId", accountId);
  return token;
}

export async function endSession(c: Context<AppEnv>) {
  const hash = c.var.sessionHash;
  if (hash) await deleteSession(c.var.db, hash);
  deleteCookie(c, cookieName(c, "session"), { path: "/", secure: isHttps(c) });
  c.set("sessionHash", null);
  c.set("account", null);
  c.set("accountId", null);
}

// ---- Guards: every handler that touches personal data starts with one of these ----

export function requireAccount(c: Context<AppEnv>): SignedInAccount {
  const account = c.var.account;
  if (!account) throw new ProblemError(401, "unauthenticated");
  return account;
}

/** Staff (optionally of given departments) or admin. Admins may do everything staff may. */
export function requireStaff(c: Context<AppEnv>, departments?: readonly string[]): SignedInAccount {
  const account = requireAccount(c);
  if (account.role === "admin") return account;
  if (account.role !== "staff") throw new ProblemError(403, "forbidden");
  if (departments && !departments.includes(account.department ?? "")) {
    throw new ProblemError(403, "forbidden", "Not your department");
  }
  return account;
}

export function requireAdmin(c: Context<AppEnv>): SignedInAccount {
  const account = requireAccount(c);
  if (account.role !== "admin") throw new ProblemError(403, "forbidden");
  return account;
}
