// Sign-up, email confirmation, sign-in and -out, password reset, the first admin (HTTP; the rules are
// in service.ts). Passkeys: passkey-routes.ts.
import { createRoute } from "@hono/zod-openapi";
import {
  adminSetupSchema,
  confirmedAccountSchema,
  emailOnlySchema,
  newPasswordSchema,
  sessionInfoSchema,
  signInSchema,
  signUpSchema,
  tokenOnlySchema,
} from "../../../src/lib/contract/account";
import { csrfTokenFor } from "../../http/csrf";
import { jsonRequired, signedIn as signedInOnly } from "../../http/route-guards";
import { jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { createLimiter, rateLimit } from "../../http/rate-limit";
import { mailDeps } from "../../http/mail-deps";
import { createRouter } from "../../http/router";
import { endSession, requireAccount, toSignedIn } from "../../http/session";
import { deleteSessionsOf } from "../../platform/sessions/store";
import { passkeyRoutes } from "./passkey-routes";
import {
  checkPassword,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  setUpFirstAdmin,
  signUp,
  verifyEmail,
} from "./service";
import { signedIn, summaryOf } from "./signed-in";
import { createSignInGuard } from "./sign-in-guard";

const MINUTE = 60_000;

const sessionRoute = createRoute({
  method: "get",
  path: "/session",
  summary: "Who is signed in, and the CSRF token every state-changing request carries.",
  responses: { 200: jsonAnswer(sessionInfoSchema, "The session (account null when signed out)") },
});

// Functions: every app gets its own rate-limit windows (module state would be shared by the tests' apps).
const signUpRoute = () =>
  createRoute({
    method: "post",
    path: "/sign-up",
    summary: "Creates a citizen account, signs it in and mails a confirmation link.",
    middleware: [rateLimit({ name: "sign-up", windowMs: 60 * MINUTE, max: 10 }), jsonRequired()] as const,
    request: { body: jsonBody(signUpSchema) },
    responses: {
      201: jsonAnswer(sessionInfoSchema, "Signed in (new session cookie)"),
      ...problems({ 409: ["email_taken"], 429: ["rate_limited"] }),
    },
  });

const verifyEmailRoute = createRoute({
  method: "post",
  path: "/verify-email",
  summary: "Confirms the address with the mailed link token.",
  middleware: [jsonRequired()] as const,
  request: { body: jsonBody(tokenOnlySchema) },
  responses: {
    200: jsonAnswer(confirmedAccountSchema, "Confirmed"),
    ...problems({ 400: ["link_invalid"], 410: ["link_expired", "link_used"] }),
  },
});

const resendVerificationRoute = createRoute({
  method: "post",
  path: "/resend-verification",
  summary: "Mails the confirmation link again (three times an hour).",
  middleware: [signedInOnly()] as const,
  responses: {
    202: plainAnswer("Sent"),
    ...problems({ 401: ["unauthenticated"], 409: ["conflict"], 429: ["rate_limited"] }),
  },
});

// Per IP: every attempt counts. Per account and IP: wrong passwords count (sign-in-guard.ts), so
// neither one address nor one account can be hammered, and no stranger can lock out the owner.
const signInRoute = () =>
  createRoute({
    method: "post",
    path: "/sign-in",
    summary: "Signs in with email and password.",
    middleware: [rateLimit({ name: "sign-in", windowMs: 15 * MINUTE, max: 30 }), jsonRequired()] as const,
    request: { body: jsonBody(signInSchema) },
    responses: {
      200: jsonAnswer(sessionInfoSchema, "Signed in (new session cookie)"),
      ...problems({ 401: ["invalid_credentials"], 403: ["account_disabled"], 429: ["rate_limited"] }),
    },
  });

const signOutRoute = createRoute({
  method: "post",
  path: "/sign-out",
  summary: "Ends this session.",
  responses: { 200: jsonAnswer(sessionInfoSchema, "Signed out (account null)") },
});

const signOutEverywhereRoute = createRoute({
  method: "post",
  path: "/sign-out-everywhere",
  summary: "Ends every session of the account, on every device.",
  middleware: [signedInOnly()] as const,
  responses: {
    200: jsonAnswer(sessionInfoSchema, "Signed out (account null)"),
    ...problems({ 401: ["unauthenticated"] }),
  },
});

const passwordResetRoute = () =>
  createRoute({
    method: "post",
    path: "/password-reset",
    summary: "Mails a reset link; always 202, so it does not tell whether the address has an account.",
    middleware: [
      rateLimit({ name: "password-reset", windowMs: 60 * MINUTE, max: 10 }),
      jsonRequired(),
    ] as const,
    request: { body: jsonBody(emailOnlySchema) },
    responses: { 202: plainAnswer("Accepted"), ...problems({ 429: ["rate_limited"] }) },
  });

// Setting a password hashes it (argon2): forged links are refused before that, and limited too.
const passwordResetConfirmRoute = () =>
  createRoute({
    method: "post",
    path: "/password-reset/confirm",
    summary: "Sets a new password with the mailed link token; ends every session.",
    middleware: [
      rateLimit({ name: "password-reset-confirm", windowMs: 15 * MINUTE, max: 10 }),
      jsonRequired(),
    ] as const,
    request: { body: jsonBody(newPasswordSchema) },
    responses: {
      204: plainAnswer("Password set"),
      ...problems({
        400: ["link_invalid"],
        403: ["account_disabled"],
        410: ["link_expired", "link_used"],
        429: ["rate_limited"],
      }),
    },
  });

const adminSetupRoute = () =>
  createRoute({
    method: "post",
    path: "/admin-setup",
    summary: "Creates the first admin through the one-time link the server prints at first start.",
    middleware: [rateLimit({ name: "admin-setup", windowMs: 15 * MINUTE, max: 10 }), jsonRequired()] as const,
    request: { body: jsonBody(adminSetupSchema) },
    responses: {
      201: jsonAnswer(sessionInfoSchema, "Signed in as the new admin"),
      ...problems({
        400: ["link_invalid"],
        409: ["conflict", "email_taken"],
        410: ["link_expired", "link_used"],
        429: ["rate_limited"],
      }),
    },
  });

export function authRoutes() {
  const app = createRouter();
  const signInGuard = createSignInGuard();
  const resetPerAccount = createLimiter({ name: "password-reset-account", windowMs: 60 * MINUTE, max: 3 });
  const mailPerAccount = createLimiter({ name: "verification-mail", windowMs: 60 * MINUTE, max: 3 });

  app.openapi(sessionRoute, async (c) => {
    c.header("Cache-Control", "private, no-store");
    const account = c.var.account ? summaryOf(c.var.account) : null;
    return c.json({ account, csrfToken: await csrfTokenFor(c) }, 200);
  });

  app.openapi(signUpRoute(), async (c) => {
    const account = await signUp(mailDeps(c), c.req.valid("json"));
    return signedIn(c, account, true, 201);
  });

  app.openapi(verifyEmailRoute, async (c) => {
    const account = await verifyEmail(c.var.db, c.req.valid("json").token);
    return c.json({ account: summaryOf(toSignedIn(account)) }, 200);
  });

  app.openapi(resendVerificationRoute, async (c) => {
    const me = requireAccount(c);
    mailPerAccount.hit(me.id);
    await resendVerification(mailDeps(c), me.id);
    return c.body(null, 202);
  });

  app.openapi(signInRoute(), async (c) => {
    const input = c.req.valid("json");
    const account = await checkPassword(c.var.db, input, signInGuard.begin(input.email, c.var.clientIp));
    return signedIn(c, account, input.remember);
  });

  app.openapi(signOutRoute, async (c) => {
    await endSession(c);
    return c.json({ account: null, csrfToken: await csrfTokenFor(c) }, 200);
  });

  app.openapi(signOutEverywhereRoute, async (c) => {
    const me = requireAccount(c);
    await endSession(c);
    await deleteSessionsOf(c.var.db, me.id);
    return c.json({ account: null, csrfToken: await csrfTokenFor(c) }, 200);
  });

  app.openapi(passwordResetRoute(), async (c) => {
    const { email } = c.req.valid("json");
    resetPerAccount.hit(email);
    await requestPasswordReset(mailDeps(c), email);
    return c.body(null, 202);
  });

  app.openapi(passwordResetConfirmRoute(), async (c) => {
    await resetPassword(c.var.db, c.req.valid("json"));
    return c.body(null, 204);
  });

  app.openapi(adminSetupRoute(), async (c) => {
    const account = await setUpFirstAdmin(c.var.db, c.req.valid("json"));
    return signedIn(c, account, false, 201);
  });

  app.route("/passkeys", passkeyRoutes());
  return app;
}
