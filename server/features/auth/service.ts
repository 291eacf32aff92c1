// The rules of signing up and in: confirming an address, resetting a password, creating the first
// admin. The routes (routes.ts) turn these into HTTP answers and sessions.
import type { z } from "zod";
import type {
  adminSetupSchema,
  newPasswordSchema,
  signInSchema,
  signUpSchema,
} from "../../../src/lib/contract/account";
import { type Db, inTransaction, isUniqueViolation } from "../../db/database";
import type { AccountTable } from "../../db/schema";
import { ProblemError } from "../../http/problem";
import { deleteSessionsOf } from "../../platform/sessions/store";
import { resetPasswordMail, verifyEmailMail } from "../../mail/templates";
import { findAccount, findAccountByEmail, insertAccount, publishProfile } from "../account/store";
import { hashPassword, verifyPassword } from "./passwords";
import type { SignInAttempt } from "./sign-in-guard";
import { confirmEmailIfUnconfirmed, hasAdmin, markEmailVerified, setPasswordHash } from "./store";
import { consumeLinkToken, createLinkToken, findUsableLinkToken } from "./tokens";
import type { MailDeps } from "../../platform/deps";

export async function signUp(deps: MailDeps, input: z.output<typeof signUpSchema>): Promise<AccountTable> {
  const passwordHash = await hashPassword(input.password);
  let account: AccountTable;
  try {
    account = await inTransaction(deps.db, (db) =>
      insertAccount(db, {
        email: input.email,
        password_hash: passwordHash,
        role: "citizen",
        given_name: input.givenName,
        family_name: input.familyName,
        birth_date: input.birthDate,
        street: input.street,
        postal_code: input.postalCode,
        city: input.city,
        language: input.language,
      }),
    );
  } catch (error) {
    // Telling that an address is registered is accepted here: the same shows at sign-in anyway,
    // and the per-IP limit slows down anyone collecting addresses.
    if (isUniqueViolation(error)) throw new ProblemError(409, "email_taken");
    throw error;
  }
  // The account exists either way; "send again" on the account page covers a lost mail.
  await sendVerificationMail(deps, account).catch((error: unknown) =>
    deps.logger.warn({ err: error }, "verification mail not sent"),
  );
  return account;
}

export async function verifyEmail(db: Db, token: string): Promise<AccountTable> {
  const account = await inTransaction(db, async (trx) => {
    const link = await consumeLinkToken(trx, token, "verify-email");
    if (!link.account_id) throw new ProblemError(400, "link_invalid");
    await markEmailVerified(trx, link.account_id, new Date().toISOString());
    await publishProfile(trx, link.account_id);
    return findAccount(trx, link.account_id);
  });
  if (!account) throw new ProblemError(400, "link_invalid");
  return account;
}

export async function resendVerification(deps: MailDeps, accountId: string): Promise<void> {
  const account = await findAccount(deps.db, accountId);
  if (!account || account.email_verified_at) throw new ProblemError(409, "conflict", "Already confirmed");
  await sendVerificationMail(deps, account);
}

/** The account whose password this is; the guard counts wrong passwords per account and address. */
export async function checkPassword(
  db: Db,
  input: z.output<typeof signInSchema>,
  attempt: SignInAttempt,
): Promise<AccountTable> {
  let account: AccountTable | undefined;
  let ok: boolean;
  try {
    account = await findAccountByEmail(db, input.email);
    ok = await verifyPassword(account?.password_hash ?? null, input.password);
  } catch (error) {
    attempt.abandoned();
    throw error;
  }
  if (!account || !ok) {
    attempt.failed();
    throw new ProblemError(401, "invalid_credentials");
  }
  attempt.succeeded();
  if (account.disabled_at) throw new ProblemError(403, "account_disabled");
  return account;
}

/** Mails a reset link to an enabled account; tells nobody whether the address has one. */
export async function requestPasswordReset(deps: MailDeps, email: string): Promise<void> {
  const account = await findAccountByEmail(deps.db, email);
  if (!account || account.disabled_at) return;
  const token = await createLinkToken(deps.db, "reset-password", account.id);
  const link = `${deps.appOrigin}/konto/passwort-neu?token=${token}`;
  // A failing mail server must not change the answer: 202 either way, or it would tell who has an account.
  await deps.mailer
    .send(resetPasswordMail(account.email, account.language, link))
    .catch((error: unknown) => deps.logger.error({ err: error }, "password reset mail not sent"));
}

export async function resetPassword(db: Db, input: z.output<typeof newPasswordSchema>): Promise<void> {
  // A forged, spent or expired link costs a database read, not a password hash.
  await findUsableLinkToken(db, input.token, "reset-password");
  const passwordHash = await hashPassword(input.password);
  const account = await inTransaction(db, async (trx) => {
    const link = await consumeLinkToken(trx, input.token, "reset-password");
    if (!link.account_id) throw new ProblemError(400, "link_invalid");
    const target = await findAccount(trx, link.account_id);
    if (!target) throw new ProblemError(400, "link_invalid");
    if (target.disabled_at) throw new ProblemError(403, "account_disabled");
    // The link came by mail, so it also confirms the address (staff invitations rely on that).
    const now = new Date().toISOString();
    await setPasswordHash(trx, link.account_id, passwordHash, now);
    await confirmEmailIfUnconfirmed(trx, link.account_id, now);
    await deleteSessionsOf(trx, link.account_id);
    return findAccount(trx, link.account_id);
  });
  if (!account) throw new ProblemError(400, "link_invalid");
}

/** The one-time link the server prints at first start (first-admin.ts) creates the first admin. */
export async function setUpFirstAdmin(
  db: Db,
  input: z.output<typeof adminSetupSchema>,
): Promise<AccountTable> {
  // Cheap refusals first, then the hash; the transaction checks both again.
  await findUsableLinkToken(db, input.token, "admin-setup");
  if (await hasAdmin(db)) throw new ProblemError(409, "conflict", "An admin exists already");
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (trx) => {
    await consumeLinkToken(trx, input.token, "admin-setup");
    if (await hasAdmin(trx)) throw new ProblemError(409, "conflict", "An admin exists already");
    const now = new Date().toISOString();
    try {
      return await insertAccount(trx, {
        email: input.email,
        password_hash: passwordHash,
        role: "admin",
        given_name: input.givenName,
        family_name: input.familyName,
        language: "de",
        email_verified_at: now,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ProblemError(409, "email_taken");
      throw error;
    }
  });
}

async function sendVerificationMail(deps: MailDeps, account: AccountTable) {
  const token = await createLinkToken(deps.db, "verify-email", account.id);
  const link = `${deps.appOrigin}/konto/bestaetigen?token=${token}`;
  await deps.mailer.send(verifyEmailMail(account.email, account.language, link));
}
