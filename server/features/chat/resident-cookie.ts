// The anonymous resident's chat cookie: a random secret (the database keeps its SHA-256), HttpOnly,
// SameSite=Strict, limited to /api/chat. Once the conversation has ended it lives only as long as
// the resident may still rate it or have the transcript mailed, and "done" deletes it at once, so
// the next person on a shared device finds nothing.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { CHAT_COOKIE } from "../../../src/lib/contract/chat";
import type { ChatConversationTable } from "../../db/schema";
import type { AppEnv } from "../../http/env";
import { isHttps } from "../../http/session";
import { cookieMaxAgeSeconds, type Resident } from "./conversations";

/** The chat cookie lives a day: long enough for a conversation and its transcript, no longer. */
export const COOKIE_MAX_AGE_S = 24 * 3600;
const COOKIE_PATH = "/api/chat";

const chatCookieName = (c: Context<AppEnv>) => (isHttps(c) ? `__Secure-${CHAT_COOKIE}` : CHAT_COOKIE);

export function resident(c: Context<AppEnv>): Resident {
  return { account: c.var.account, token: getCookie(c, chatCookieName(c)) };
}

export function setChatCookie(c: Context<AppEnv>, token: string, maxAge = COOKIE_MAX_AGE_S) {
  setCookie(c, chatCookieName(c), token, {
    path: COOKIE_PATH,
    httpOnly: true,
    secure: isHttps(c),
    sameSite: "Strict",
    maxAge,
  });
}

export function clearChatCookie(c: Context<AppEnv>) {
  deleteCookie(c, chatCookieName(c), { path: COOKIE_PATH, secure: isHttps(c) });
}

/** After the end: the cookie is cut down to what is left of the time after the end (or deleted). */
export function shortenAfterEnd(c: Context<AppEnv>, row: ChatConversationTable, now: number) {
  if (row.account_id !== null || !row.ended_at) return;
  const token = resident(c).token;
  if (!token) return;
  const left = cookieMaxAgeSeconds(row, now, COOKIE_MAX_AGE_S);
  if (left > 0) setChatCookie(c, token, left);
  else clearChatCookie(c);
}
