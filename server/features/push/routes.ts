// /api/push: the VAPID key for subscribing, and the device's subscription with its preferences.
// Anonymous on purpose (warnings are for everyone); a device proves it owns its subscription with
// the manage token it got when subscribing. Signed in, the subscription also carries postbox notices.
import { timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import {
  pushPreferencesSchema,
  pushSubscribeSchema,
  type PushRegistration,
} from "../../../src/lib/contract/warnings";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { hashToken, newToken } from "../../http/session";
import { readJson } from "../../http/validate";
import { PushServiceRefused, type PushServicePolicy } from "./push-services";
import {
  deleteSubscription,
  findSubscription,
  findSubscriptionByEndpoint,
  parsePreferences,
  type SignedInDevice,
  SubscriptionExists,
  updatePreferences,
  upsertSubscription,
} from "./store";

export type PushRoutesOptions = {
  /** The public half of the key the engine signs with. */
  vapidPublicKey: string;
  /** Which push services endpoints may point to (PUSH_SERVICE_HOSTS). */
  services: PushServicePolicy;
};

const TOKEN_HEADER = "x-push-token";

export function pushRoutes({ vapidPublicKey, services }: PushRoutesOptions) {
  const app = createRouter();

  app.get("/vapid-public-key", (c) => c.json({ publicKey: vapidPublicKey }));

  // Subscribing is cheap for a client and a row for us: 20 per hour and address.
  app.post(
    "/subscriptions",
    rateLimit({ name: "push-subscribe", windowMs: 3600_000, max: 20 }),
    async (c) => {
      const { subscription, preferences } = await readJson(c.req, pushSubscribeSchema);
      try {
        await services.check(subscription.endpoint);
      } catch (error) {
        if (!(error instanceof PushServiceRefused)) throw error;
        throw new ProblemError(422, "push_service_not_allowed", undefined, [
          { path: "subscription.endpoint", message: error.reason },
        ]);
      }
      // The same endpoint again updates the row only for the device that holds its token: knowing
      // someone's endpoint must not be enough to take over their warnings.
      const existing = await findSubscriptionByEndpoint(c.var.db, subscription.endpoint);
      if (existing && !tokenMatches(c, existing.manage_token_hash)) {
        throw new ProblemError(409, "push_subscription_exists");
      }
      const manageToken = newToken();
      // It follows whoever is signed in now, and signing out ends postbox notices on it.
      const id = await upsertSubscription(c.var.db, {
        endpoint: subscription.endpoint,
        p256dh: subscription.keys.p256dh,
        auth: subscription.keys.auth,
        manageTokenHash: hashToken(manageToken),
        signedIn: signedInDevice(c),
        preferences,
        replace: existing !== undefined,
      }).catch((error: unknown) => {
        // Another request made it a moment ago: the same rule as above.
        throw error instanceof SubscriptionExists ? new ProblemError(409, "push_subscription_exists") : error;
      });
      const registration: PushRegistration = { id, manageToken, preferences };
      return c.json(registration, 201);
    },
  );

  app.put("/subscriptions/:id", async (c) => {
    const row = await ownedSubscription(c);
    const preferences = await readJson(c.req, pushPreferencesSchema);
    await updatePreferences(c.var.db, row.id, preferences, signedInDevice(c));
    return c.json({ id: row.id, preferences });
  });

  app.get("/subscriptions/:id", async (c) => {
    const row = await ownedSubscription(c);
    const preferences = parsePreferences(row.preferences);
    if (!preferences) throw new ProblemError(404, "not_found");
    return c.json({ id: row.id, preferences });
  });

  app.delete("/subscriptions/:id", async (c) => {
    const row = await ownedSubscription(c);
    await deleteSubscription(c.var.db, row.id);
    return c.body(null, 204);
  });

  return app;
}

/** Postbox notices follow the session the device is signed in with (store.ts, accountDevices). */
function signedInDevice(c: Context<AppEnv>): SignedInDevice | null {
  const accountId = c.var.account?.id;
  const sessionHash = c.var.sessionHash;
  return accountId && sessionHash ? { accountId, sessionHash } : null;
}

function tokenMatches(c: Context<AppEnv>, expectedHash: string): boolean {
  const token = c.req.header(TOKEN_HEADER) ?? "";
  if (!token) return false;
  const given = Buffer.from(hashToken(token));
  const expected = Buffer.from(expectedHash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The subscription, if the request carries its manage token; otherwise 404, as if no such id. */
async function ownedSubscription(c: Context<AppEnv>) {
  const token = c.req.header(TOKEN_HEADER) ?? "";
  const row = token ? await findSubscription(c.var.db, c.req.param("id") ?? "") : undefined;
  if (!row || !tokenMatches(c, row.manage_token_hash)) throw new ProblemError(404, "not_found");
  return row;
}
