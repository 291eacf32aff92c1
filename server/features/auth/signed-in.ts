// The answer to every successful sign-in: a new session (new token, no fixation) and its CSRF token.
import type { Context } from "hono";
import type { AccountTable } from "../../db/schema";
import { csrfTokenFor } from "../../http/csrf";
import type { AppEnv } from "../../http/env";
import { startSession, toSignedIn } from "../../http/session";

export async function signedIn(
  c: Context<AppEnv>,
  account: AccountTable,
  remember: boolean,
  status: 200 | 201 = 200,
) {
  const token = await startSession(c, account.id, remember);
  c.header("Cache-Control", "private, no-store");
  return c.json({ account: toSignedIn(account), csrfToken: await csrfTokenFor(c, token) }, status);
}
