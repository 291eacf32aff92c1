// Followed areas on the server (server/features/reports/routes.ts, /api/reports/follows), tied to
// this device's push subscription and proven by its manage token, as the waste reminders are. A
// device without a subscription gets one here with every other topic off (the push settings page
// manages it). These writes need a connection: the subscription itself does (the push service is
// asked), so they do not wait in the outbox.
import { getJson, sendJson } from "../../lib/api";
import type { UiLanguage } from "../../lib/contract/languages";
import {
  type Follow,
  type FollowArea,
  followListSchema,
  followSchema,
  PUSH_TOKEN_HEADER,
  type PushSubscriptionRef,
} from "../../lib/contract/reports";
import type { PushPreferences } from "../../lib/contract/warnings";
import type { StoredPushRegistration } from "../../lib/db";
import { ApiError, NetworkError } from "../../lib/http";
import { forgetPushRegistration, storedPushRegistration } from "../warnings/data";
import {
  defaultPreferences,
  PermissionDeniedError,
  PushTimeoutError,
  subscribe,
} from "../warnings/push-subscription";

const BASE = "/api/reports/follows";
const tokenHeader = (manageToken: string) => ({ headers: { [PUSH_TOKEN_HEADER]: manageToken } });

/** A device subscribed here hears only of its areas: warnings and every other topic off. */
const followsOnly = (language: UiLanguage): PushPreferences => ({
  ...defaultPreferences(language),
  topics: { warnings: false, postbox: false, appointments: false, applications: false },
});

const refOf = (registration: StoredPushRegistration): PushSubscriptionRef => ({
  subscriptionId: registration.id,
  manageToken: registration.manageToken,
});

/** This device's push subscription, if it has one (nothing is asked of the resident). */
export async function currentSubscription(): Promise<PushSubscriptionRef | undefined> {
  const stored = await storedPushRegistration();
  return stored ? refOf(stored) : undefined;
}

/** This device's subscription; asks for permission and subscribes (only after a tap) when it has none. */
async function subscriptionForFollowing(language: UiLanguage): Promise<PushSubscriptionRef> {
  const stored = await storedPushRegistration();
  if (stored) return refOf(stored);
  await subscribe(followsOnly(language));
  const made = await storedPushRegistration();
  if (!made) throw new Error("push subscription not stored");
  return refOf(made);
}

export const listFollows = async (push: PushSubscriptionRef): Promise<Follow[]> =>
  (
    await getJson(
      `${BASE}/${encodeURIComponent(push.subscriptionId)}`,
      followListSchema,
      tokenHeader(push.manageToken),
    )
  ).follows;

/**
 * Follows the area with this device. A subscription the server no longer knows (expired, removed)
 * is made anew once, as the waste reminders do.
 */
export async function followArea(
  body: (push: PushSubscriptionRef) => FollowArea,
  language: UiLanguage,
): Promise<{ follow: Follow; push: PushSubscriptionRef }> {
  let push = await subscriptionForFollowing(language);
  try {
    return { follow: await sendJson("POST", BASE, body(push), followSchema), push };
  } catch (error) {
    if (!(error instanceof ApiError && error.code === "not_found")) throw error;
    await forgetPushRegistration();
    push = await subscriptionForFollowing(language);
    return { follow: await sendJson("POST", BASE, body(push), followSchema), push };
  }
}

export const unfollow = (push: PushSubscriptionRef, id: string): Promise<void> =>
  sendJson(
    "DELETE",
    `${BASE}/${encodeURIComponent(push.subscriptionId)}/${encodeURIComponent(id)}`,
    undefined,
    undefined,
    tokenHeader(push.manageToken),
  );

/** A failed follow, list or unfollow in the resident's words (a translation key). */
export function followFailureKey(error: unknown): string {
  if (error instanceof PermissionDeniedError) return "reports.follow.denied";
  if (error instanceof PushTimeoutError) return "reports.follow.timeout";
  if (error instanceof NetworkError) return "reports.follow.offline";
  if (error instanceof ApiError && error.code === "conflict") return "reports.follow.tooMany";
  if (error instanceof ApiError) return `errors.${error.code}`;
  console.error("following an area", error);
  return "reports.follow.failed";
}
