// /api/push: the VAPID key for subscribing, and the device's subscription with its preferences.
// Anonymous on purpose (warnings are for everyone); a device proves it owns its subscription with
// the manage token it got when subscribing. Signed in, the subscription also carries postbox notices.
import { createRoute } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import {
  pushPreferencesSchema,
  pushRegistrationSchema,
  pushSubscribeSchema,
  vapidPublicKeySchema,
} from "../../../src/lib/contract/warnings";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { pushTokenHeaders, pushTokenOf } from "../../http/push-token";
import { rateLimit } from "../../http/rate-limit";
import { guardedId, jsonRequired } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import type { PushServicePolicy } from "./push-services";
import * as service from "./service";

export type PushRoutesOptions = {
  /** The public half of the key the engine signs with. */
  vapidPublicKey: string;
  /** Which push services endpoints may point to (PUSH_SERVICE_HOSTS). */
  services: PushServicePolicy;
};

const idParams = z.object({ id: idParam });
const preferencesAnswer = z.object({ id: z.string(), preferences: pushPreferencesSchema });

/** Someone else's subscription is "not found" before its body is looked at, as without a token. */
const owned: MiddlewareHandler<AppEnv> = async (c, next) => {
  await service.ownedSubscription(c.var.db, guardedId(c), pushTokenOf(c));
  await next();
};

const keyRoute = createRoute({
  method: "get",
  path: "/vapid-public-key",
  summary: "The VAPID public key browsers subscribe with.",
  responses: { 200: jsonAnswer(vapidPublicKeySchema, "The key (base64url)") },
});

// Subscribing is cheap for a client and a row for us: 20 per hour and address. A function, so
// that every app gets its own rate-limit window.
const createSubscribeRoute = () =>
  createRoute({
    method: "post",
    path: "/subscriptions",
    summary: "Subscribe this device (again: then send the old manage token).",
    middleware: [rateLimit({ name: "push-subscribe", windowMs: 3600_000, max: 20 }), jsonRequired()] as const,
    request: { headers: pushTokenHeaders, body: jsonBody(pushSubscribeSchema) },
    responses: {
      201: jsonAnswer(pushRegistrationSchema, "Subscribed, with the manage token"),
      ...problems({
        409: ["push_subscription_exists"],
        422: ["push_service_not_allowed"],
        429: ["rate_limited"],
      }),
    },
  });

const changeRoute = createRoute({
  method: "put",
  path: "/subscriptions/{id}",
  summary: "Change the preferences of this device's subscription.",
  middleware: [owned, jsonRequired()] as const,
  request: { params: idParams, headers: pushTokenHeaders, body: jsonBody(pushPreferencesSchema) },
  responses: { 200: jsonAnswer(preferencesAnswer, "Changed"), ...problems({ 404: ["not_found"] }) },
});

const readRoute = createRoute({
  method: "get",
  path: "/subscriptions/{id}",
  summary: "The preferences of this device's subscription.",
  request: { params: idParams, headers: pushTokenHeaders },
  responses: { 200: jsonAnswer(preferencesAnswer, "The preferences"), ...problems({ 404: ["not_found"] }) },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/subscriptions/{id}",
  summary: "End this device's subscription.",
  request: { params: idParams, headers: pushTokenHeaders },
  responses: { 204: plainAnswer("Ended"), ...problems({ 404: ["not_found"] }) },
});

export function pushRoutes({ vapidPublicKey, services }: PushRoutesOptions) {
  const app = createRouter();

  app.openapi(keyRoute, (c) => c.json({ publicKey: vapidPublicKey }, 200));

  app.openapi(createSubscribeRoute(), async (c) => {
    const registration = await service.subscribe(
      c.var.db,
      services,
      c.req.valid("json"),
      pushTokenOf(c),
      signedInDevice(c),
    );
    return c.json(registration, 201);
  });

  app.openapi(changeRoute, async (c) => {
    const { id } = c.req.valid("param");
    const answer = await service.changePreferences(
      c.var.db,
      id,
      pushTokenOf(c),
      c.req.valid("json"),
      signedInDevice(c),
    );
    return c.json(answer, 200);
  });

  app.openapi(readRoute, async (c) => {
    return c.json(await service.readPreferences(c.var.db, c.req.valid("param").id, pushTokenOf(c)), 200);
  });

  app.openapi(deleteRoute, async (c) => {
    await service.unsubscribe(c.var.db, c.req.valid("param").id, pushTokenOf(c));
    return c.body(null, 204);
  });

  return app;
}

/** Postbox notices follow the session the device is signed in with (store.ts, accountDevices). */
function signedInDevice(c: Context<AppEnv>): service.SignedInDevice | null {
  const accountId = c.var.account?.id;
  const sessionHash = c.var.sessionHash;
  return accountId && sessionHash ? { accountId, sessionHash } : null;
}
