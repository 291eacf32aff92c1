// Sign-up, email confirmation, sign-in and -out, password reset, the first admin. Passkeys: passkeys.ts.
import type { Context } from "hono";
import {
  adminSetupSchema,
  emailOnlySchema,
  newPasswordSchema,
  signInSchema,
  signUpSchema,
  tokenOnlySchema,
} from "../../../src/lib/contract/account";
import { type Db, inTransaction, isUniqueViolation } from "../../db/database";
import type { AccountTable } from "../../db/schema";
import { csrfTokenFor } from "../../http/csrf";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { createLimiter, rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { endAllSessions, endSession, requireAccount, toSignedIn } from "../../http/session";
import { readJson } from "../../http/validate";
import { resetPasswordMail, verifyEmailMail } from "../../mail/templates";
import { findAccount, findAccountByEmail, insertAccount, publishProfile } from "../account/store";
import { passkeyRoutes } from "./passkeys";
import { signedIn } from "./signed-in";
import { hashPassword, verifyPassword } from "./passwords";
import { createSignInGuard } from "./sign-in-guard";
import { consumeLinkToken, createLinkToken, findUsableLinkToken } from "./tokens";

const MINUTE = 60_000;

export function authRoutes() {
  const app = createRouter();
  // Per IP: every attempt counts. Per account and IP: wrong passwords count (sign-in-guard.ts), so
  // neither one address nor one account can be hammered, and no stranger can lock out the owner.
  const signInPerIp = rateLimit({ name: "sign-in", windowMs: 15 * MINUTE, max: 30 });
  const signInGuard = createSignInGuard();
  const signUpPerIp = rateLimit({ name: "sign-up", windowMs: 60 * MINUTE, max: 10 });
  const resetPerIp = rateLimit({ name: "password-reset", windowMs: 60 * MINUTE, max: 10 });
  // Setting a password hashes it (argon2): forged links are refused before that, and limited too.
  const resetConfirmPerIp = rateLimit({ name: "password-reset-confirm", windowMs: 15 * MINUTE, max: 10 });
  const adminSetupPerIp = rateLimit({ name: "admin-setup", windowMs: 15 * MINUTE, max: 10 });
  const resetPerAccount = createLimiter({ name: "password-reset-account", windowMs: 60 * MINUTE, max: 3 });
  const mailPerAccount = createLimiter({ name: "verification-mail", windowMs: 60 * MINUTE, max: 3 });

  app.get("/session", async (c) => {
    c.header("Cache-Control", "private, no-store");
    return c.json({ account: c.var.account, csrfToken: await csrfTokenFor(c) });
  });

  app.post("/sign-up", signUpPerIp, async (c) => {
    const input = await readJson(c.req, signUpSchema);
    const passwordHash = await hashPassword(input.password);
    let account: AccountTable;
    try {
      account = await inTransaction(c.var.db, (db) =>
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
    await sendVerificationMail(c, account).catch((error: unknown) =>
      c.var.logger.warn({ err: error }, "verification mail not sent"),
    );
    return signedIn(c, account, true, 201);
  });

  app.post("/verify-email", async (c) => {
    const { token } = await readJson(c.req, tokenOnlySchema);
    const account = await inTransaction(c.var.db, async (db) => {
      const link = await consumeLinkToken(db, token, "verify-email");
      if (!link.account_id) throw new ProblemError(400, "link_invalid");
      await db
        .updateTable("accounts")
        .set({ email_verified_at: new Date().toISOString(), updated_at: new Date().toISOString() })
        .where("id", "=", link.account_id)
        .where("email_verified_at", "is", null)
        .execute();
      await publishProfile(db, link.account_id);
      return findAccount(db, link.account_id);
    });
    if (!account) throw new ProblemError(400, "link_invalid");
    return c.json({ account: toSignedIn(account) }, 200);
  });

  app.post("/resend-verification", async (c) => {
    const me = requireAccount(c);
    mailPerAccount.hit(me.id);
    const account = await findAccount(c.var.db, me.id);
    if (!account || account.email_verified_at) throw new ProblemError(409, "conflict", "Already confirmed");
    await sendVerificationMail(c, account);
    return c.body(null, 202);
  });

  app.post("/sign-in", signInPerIp, async (c) => {
    const input = await readJson(c.req, signInSchema);
    const attempt = signInGuard.begin(input.email, c.var.clientIp);
    let account: AccountTable | undefined;
    let ok: boolean;
    try {
      account = await findAccountByEmail(c.var.db, input.email);
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
    return signedIn(c, account, input.remember);
  });

  app.post("/sign-out", async (c) => {
    await endSession(c);
    return c.json({ account: null, csrfToken: await csrfTokenFor(c) }, 200);
  });

  app.post("/sign-out-everywhere", async (c) => {
    const me = requireAccount(c);
    await endSession(c);
    await endAllSessions(c.var.db, me.id);
    return c.json({ account: null, csrfToken: await csrfTokenFor(c) }, 200);
  });

  // Always 202: whether an address has an account is not told here.
  app.post("/password-reset", resetPerIp, async (c) => {
    const { email } = await readJson(c.req, emailOnlySchema);
    resetPerAccount.hit(email);
    const account = await findAccountByEmail(c.var.db, email);
    if (account && !account.disabled_at) {
      const token = await createLinkToken(c.var.db, "reset-password", account.id);
      const link = `${c.var.config.appOrigin}/konto/passwort-neu?token=${token}`;
      // A failing mail server must not change the answer: 202 either way, or it would tell who has an account.
      await c.var.mailer
        .send(resetPasswordMail(account.email, account.language, link))
        .catch((error: unknown) => c.var.logger.error({ err: error }, "password reset mail not sent"));
    }
    return c.body(null, 202);
  });

  app.post("/password-reset/confirm", resetConfirmPerIp, async (c) => {
    const input = await readJson(c.req, newPasswordSchema);
    // A forged, spent or expired link costs a database read, not a password hash.
    await findUsableLinkToken(c.var.db, input.token, "reset-password");
    const passwordHash = await hashPassword(input.password);
    const account = await inTransaction(c.var.db, async (db) => {
      const link = await consumeLinkToken(db, input.token, "reset-password");
      if (!link.account_id) throw new ProblemError(400, "link_invalid");
      const target = await findAccount(db, link.account_id);
      if (!target) throw new ProblemError(400, "link_invalid");
      if (target.disabled_at) throw new ProblemError(403, "account_disabled");
      // The link came by mail, so it also confirms the address (staff invitations rely on that).
      const now = new Date().toISOString();
      await db
        .updateTable("accounts")
        .set({ password_hash: passwordHash, updated_at: now })
        .where("id", "=", link.account_id)
        .execute();
      await db
        .updateTable("accounts")
        .set({ email_verified_at: now })
        .where("id", "=", link.account_id)
        .where("email_verified_at", "is", null)
        .execute();
      await endAllSessions(db, link.account_id);
      return findAccount(db, link.account_id);
    });
    if (!account) throw new ProblemError(400, "link_invalid");
    return c.body(null, 204);
  });

  // The one-time link the server prints at first start (server/features/auth/first-admin.ts).
  app.post("/admin-setup", adminSetupPerIp, async (c) => {
    const input = await readJson(c.req, adminSetupSchema);
    // Cheap refusals first, then the hash; the transaction checks both again.
    await findUsableLinkToken(c.var.db, input.token, "admin-setup");
    if (await hasAdmin(c.var.db)) throw new ProblemError(409, "conflict", "An admin exists already");
    const passwordHash = await hashPassword(input.password);
    const account = await inTransaction(c.var.db, async (db) => {
      await consumeLinkToken(db, input.token, "admin-setup");
      if (await hasAdmin(db)) throw new ProblemError(409, "conflict", "An admin exists already");
      const now = new Date().toISOString();
      try {
        return await insertAccount(db, {
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
    return signedIn(c, account, false, 201);
  });

  app.route("/passkeys", passkeyRoutes());
  return app;
}

async function sendVerificationMail(c: Context<AppEnv>, account: AccountTable) {
  const token = await createLinkToken(c.var.db, "verify-email", account.id);
  const link = `${c.var.config.appOrigin}/konto/bestaetigen?token=${token}`;
  await c.var.mailer.send(verifyEmailMail(account.email, account.language, link));
}

export async function hasAdmin(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom("accounts")
    .select("id")
    .where("role", "=", "admin")
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  return Boolean(row);
}
