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
import { ApiError, NetworkError } from "../../lib/http";
import { forgetPushRegistration } from "../warnings/data";
import { currentSubscription, subscriptionForFollowing } from "../warnings/device-subscription";
import { PermissionDeniedError, PushTimeoutError } from "../warnings/push-subscription";

const BASE = "/api/reports/follows";
const tokenHeader = (manageToken: string) => ({ headers: { [PUSH_TOKEN_HEADER]: manageToken } });

export { currentSubscription };

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
