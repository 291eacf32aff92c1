// Passkeys over HTTP: list, add (options, then the authenticator's answer), remove, and sign in with
// one. The WebAuthn checks are in passkeys.ts.
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  passkeyAuthenticationSchema,
  passkeyAuthenticationStartSchema,
  passkeyRegistrationSchema,
  passkeyRegistrationStartSchema,
  passkeySchema,
  sessionInfoSchema,
} from "../../../src/lib/contract/account";
import type { AppEnv } from "../../http/env";
import { jsonRequired, signedIn as signedInOnly } from "../../http/route-guards";
import { jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { requireAccount, requestOrigin } from "../../http/session";
import {
  finishAuthentication,
  finishRegistration,
  passkeysOf,
  type RelyingParty,
  removePasskey,
  startAuthentication,
  startRegistration,
} from "./passkeys";
import { signedIn } from "./signed-in";

/** The relying party is the app's origin: PUBLIC_ORIGIN, or the server's own in development. */
function relyingParty(c: Context<AppEnv>): RelyingParty {
  const origin = c.var.config.publicOrigin ?? requestOrigin(c);
  return { origin, rpID: new URL(origin).hostname };
}

type Limit = ReturnType<typeof rateLimit>;

const listRoute = createRoute({
  method: "get",
  path: "/",
  summary: "The signed-in account's passkeys.",
  middleware: [signedInOnly()] as const,
  responses: {
    200: jsonAnswer(z.array(passkeySchema), "Passkeys"),
    ...problems({ 401: ["unauthenticated"] }),
  },
});

const registrationOptionsRoute = (perIp: Limit) =>
  createRoute({
    method: "post",
    path: "/registration-options",
    summary: "Starts adding a passkey: the options for navigator.credentials.create().",
    middleware: [perIp, signedInOnly()] as const,
    responses: {
      200: jsonAnswer(passkeyRegistrationStartSchema, "Challenge and options"),
      ...problems({ 401: ["unauthenticated"], 429: ["rate_limited"] }),
    },
  });

const registrationRoute = (perIp: Limit) =>
  createRoute({
    method: "post",
    path: "/registration",
    summary: "Adds the passkey the authenticator created.",
    middleware: [perIp, signedInOnly(), jsonRequired()] as const,
    request: { body: jsonBody(passkeyRegistrationSchema) },
    responses: {
      201: jsonAnswer(passkeySchema, "Added"),
      ...problems({
        400: ["challenge_expired", "passkey_failed"],
        401: ["unauthenticated"],
        409: ["conflict"],
        429: ["rate_limited"],
      }),
    },
  });

const removeRoute = createRoute({
  method: "delete",
  path: "/{id}",
  summary: "Removes one of the account's passkeys.",
  middleware: [signedInOnly()] as const,
  // Credential ids are base64url and may be long (WebAuthn allows 1023 bytes).
  request: { params: z.object({ id: z.string().min(1).max(1400) }) },
  responses: {
    204: plainAnswer("Removed"),
    ...problems({ 401: ["unauthenticated"], 404: ["not_found"] }),
  },
});

const authenticationOptionsRoute = (perIp: Limit) =>
  createRoute({
    method: "post",
    path: "/authentication-options",
    summary: "Starts signing in with a passkey: the options for navigator.credentials.get().",
    middleware: [perIp] as const,
    responses: {
      200: jsonAnswer(passkeyAuthenticationStartSchema, "Challenge and options"),
      ...problems({ 429: ["rate_limited"] }),
    },
  });

const authenticationRoute = (perIp: Limit) =>
  createRoute({
    method: "post",
    path: "/authentication",
    summary: "Signs in with the passkey's signed answer.",
    middleware: [perIp, jsonRequired()] as const,
    request: { body: jsonBody(passkeyAuthenticationSchema) },
    responses: {
      200: jsonAnswer(sessionInfoSchema, "Signed in (new session cookie)"),
      ...problems({
        400: ["challenge_expired"],
        401: ["passkey_failed"],
        403: ["account_disabled"],
        429: ["rate_limited"],
      }),
    },
  });

export function passkeyRoutes() {
  const app = createRouter();
  const perIp = rateLimit({ name: "passkey", windowMs: 15 * 60_000, max: 60 });

  app.openapi(listRoute, async (c) => {
    const me = requireAccount(c);
    const passkeys = await passkeysOf(c.var.db, me.id);
    c.header("Cache-Control", "private, no-store");
    return c.json(passkeys, 200);
  });

  app.openapi(registrationOptionsRoute(perIp), async (c) => {
    const me = requireAccount(c);
    return c.json(await startRegistration(c.var.db, me, relyingParty(c)), 200);
  });

  app.openapi(registrationRoute(perIp), async (c) => {
    const me = requireAccount(c);
    const passkey = await finishRegistration(c.var.db, me, relyingParty(c), c.req.valid("json"));
    return c.json(passkey, 201);
  });

  app.openapi(removeRoute, async (c) => {
    const me = requireAccount(c);
    await removePasskey(c.var.db, me.id, c.req.valid("param").id);
    return c.body(null, 204);
  });

  app.openapi(authenticationOptionsRoute(perIp), async (c) => {
    return c.json(await startAuthentication(c.var.db, relyingParty(c)), 200);
  });

  app.openapi(authenticationRoute(perIp), async (c) => {
    const input = c.req.valid("json");
    const account = await finishAuthentication(c.var.db, relyingParty(c), input);
    return signedIn(c, account, input.remember);
  });

  return app;
}
