// One-time links (email confirmation, password reset, staff invitation, first admin). Only the
// token's hash is stored; using a link marks it used in the same statement that checks it.
import type { Db } from "../../db/database";
import type { AccountTokenTable } from "../../db/schema";
import { ProblemError } from "../../http/problem";
import { hashToken, newToken } from "../../http/session";
import { findLinkToken, insertLinkToken, markLinkTokenUsed } from "./store";

export const LINK_LIFETIME_MS = {
  "verify-email": 48 * 3600_000,
  "reset-password": 3600_000,
  "admin-setup": 24 * 3600_000,
} as const;
/** A staff invitation is a password link that lives longer. */
export const INVITATION_LIFETIME_MS = 72 * 3600_000;

export async function createLinkToken(
  db: Db,
  purpose: AccountTokenTable["purpose"],
  accountId: string | null,
  lifetimeMs: number = LINK_LIFETIME_MS[purpose],
): Promise<string> {
  const token = newToken();
  const now = Date.now();
  await insertLinkToken(db, {
    token_hash: hashToken(token),
    purpose,
    account_id: accountId,
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + lifetimeMs).toISOString(),
    used_at: null,
  });
  return token;
}

/**
 * The link if it could be used now, without using it; throws link_invalid, link_expired or link_used
 * otherwise. Lets a route refuse a forged link before it does expensive work (hashing a password).
 */
export async function findUsableLinkToken(
  db: Db,
  token: string,
  purpose: AccountTokenTable["purpose"],
): Promise<AccountTokenTable> {
  const row = await findLinkToken(db, hashToken(token), purpose);
  if (!row) throw new ProblemError(400, "link_invalid");
  if (row.used_at) throw new ProblemError(410, "link_used");
  if (Date.parse(row.expires_at) <= Date.now()) throw new ProblemError(410, "link_expired");
  return row;
}

/** Marks the link used and returns it; throws link_invalid, link_expired or link_used otherwise. */
export async function consumeLinkToken(
  db: Db,
  token: string,
  purpose: AccountTokenTable["purpose"],
): Promise<AccountTokenTable> {
  const row = await findUsableLinkToken(db, token, purpose);
  // Someone used it in the same moment.
  if (!(await markLinkTokenUsed(db, row.token_hash, new Date().toISOString()))) {
    throw new ProblemError(410, "link_used");
  }
  return row;
}
