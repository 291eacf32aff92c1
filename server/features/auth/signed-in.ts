// The answer to every successful sign-in: a new session (new token, no fixation) and its CSRF token.
import type { Context } from "hono";
import type { AccountSummary } from "../../../src/lib/contract/account";
import type { AccountTable } from "../../db/schema";
import { csrfTokenFor } from "../../http/csrf";
import type { AppEnv, SignedInAccount } from "../../http/env";
import { startSession, toSignedIn } from "../../http/session";
import { departmentOf } from "../account/postbox";

/** The account as the contract names it (the department column only ever holds one of DEPARTMENTS). */
export const summaryOf = (account: SignedInAccount): AccountSummary => ({
  ...account,
  department: account.department === null ? null : departmentOf(account.department),
});

export async function signedIn<S extends 200 | 201 = 200>(
  c: Context<AppEnv>,
  account: AccountTable,
  remember: boolean,
  status?: S,
) {
  const token = await startSession(c, account.id, remember);
  c.header("Cache-Control", "private, no-store");
  const answer = { account: summaryOf(toSignedIn(account)), csrfToken: await csrfTokenFor(c, token) };
  return c.json(answer, (status ?? 200) as S);
}
