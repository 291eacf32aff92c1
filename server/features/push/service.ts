// The rules of /api/push: which endpoints may subscribe, who may take over an endpoint, and that a
// subscription is changed only by the device holding its manage token.
import { timingSafeEqual } from "node:crypto";
import type { PushPreferences, PushRegistration, PushSubscribe } from "../../../src/lib/contract/warnings";
import type { Db } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { hashToken, newToken } from "../../http/session";
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

export type { SignedInDevice };

function tokenMatches(token: string, expectedHash: string): boolean {
  if (!token) return false;
  const given = Buffer.from(hashToken(token));
  const expected = Buffer.from(expectedHash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A new subscription (or the device's own again), with a fresh manage token. */
export async function subscribe(
  db: Db,
  services: PushServicePolicy,
  { subscription, preferences }: PushSubscribe,
  token: string,
  signedIn: SignedInDevice | null,
): Promise<PushRegistration> {
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
  const existing = await findSubscriptionByEndpoint(db, subscription.endpoint);
  if (existing && !tokenMatches(token, existing.manage_token_hash)) {
    throw new ProblemError(409, "push_subscription_exists");
  }
  const manageToken = newToken();
  // It follows whoever is signed in now, and signing out ends postbox notices on it.
  const id = await upsertSubscription(db, {
    endpoint: subscription.endpoint,
    p256dh: subscription.keys.p256dh,
    auth: subscription.keys.auth,
    manageTokenHash: hashToken(manageToken),
    signedIn,
    preferences,
    replace: existing !== undefined,
  }).catch((error: unknown) => {
    // Another request made it a moment ago: the same rule as above.
    throw error instanceof SubscriptionExists ? new ProblemError(409, "push_subscription_exists") : error;
  });
  return { id, manageToken, preferences };
}

/** The subscription, if the request carries its manage token; otherwise 404, as if no such id. */
export async function ownedSubscription(db: Db, id: string, token: string) {
  const row = token ? await findSubscription(db, id) : undefined;
  if (!row || !tokenMatches(token, row.manage_token_hash)) throw new ProblemError(404, "not_found");
  return row;
}

export async function changePreferences(
  db: Db,
  id: string,
  token: string,
  preferences: PushPreferences,
  signedIn: SignedInDevice | null,
) {
  const row = await ownedSubscription(db, id, token);
  await updatePreferences(db, row.id, preferences, signedIn);
  return { id: row.id, preferences };
}

export async function readPreferences(db: Db, id: string, token: string) {
  const row = await ownedSubscription(db, id, token);
  const preferences = parsePreferences(row.preferences);
  if (!preferences) throw new ProblemError(404, "not_found");
  return { id: row.id, preferences };
}

export async function unsubscribe(db: Db, id: string, token: string): Promise<void> {
  const row = await ownedSubscription(db, id, token);
  await deleteSubscription(db, row.id);
}
