// Council topics this device follows (server/features/council/alert-routes.ts, /api/council/follows),
// tied to its push subscription and proven by the manage token, as the defect reports' areas are.
// Following subscribes the device if it is not yet (topic "council" on, the others off). These
// writes need a connection: the subscription itself does, so they do not wait in the outbox.
import { getJson, sendJson } from "../../lib/api";
import {
  COUNCIL_FOLLOWS_PATH,
  type CouncilFollow,
  councilFollowListSchema,
  type CouncilFollowRequest,
  councilFollowSchema,
  type CouncilFollowTarget,
} from "../../lib/contract/council-alerts";
import type { UiLanguage } from "../../lib/contract/languages";
import { PUSH_TOKEN_HEADER, type PushSubscriptionRef } from "../../lib/contract/reports";
import { ApiError, NetworkError } from "../../lib/http";
import { forgetPushRegistration } from "../warnings/data";
import { currentSubscription, subscriptionForFollowing } from "../warnings/device-subscription";
import { PermissionDeniedError, PushTimeoutError } from "../warnings/push-subscription";

const tokenHeader = (manageToken: string) => ({ headers: { [PUSH_TOKEN_HEADER]: manageToken } });
const listPath = (push: PushSubscriptionRef) =>
  `${COUNCIL_FOLLOWS_PATH}/${encodeURIComponent(push.subscriptionId)}`;

/** What this device follows; nothing when it has no subscription (or the server forgot it). */
export async function readCouncilFollows(): Promise<CouncilFollow[]> {
  const push = await currentSubscription();
  if (!push) return [];
  try {
    return (await getJson(listPath(push), councilFollowListSchema, tokenHeader(push.manageToken))).follows;
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") return [];
    throw error;
  }
}

/** Follows the target with this device; a subscription the server no longer knows is made anew once. */
export async function followCouncil(
  target: CouncilFollowTarget,
  language: UiLanguage,
  weeklyMail: boolean,
): Promise<CouncilFollow> {
  const body = (push: PushSubscriptionRef): CouncilFollowRequest => ({ push, target, language, weeklyMail });
  const push = await subscriptionForFollowing(language, "council");
  try {
    return await sendJson("POST", COUNCIL_FOLLOWS_PATH, body(push), councilFollowSchema);
  } catch (error) {
    if (!(error instanceof ApiError && error.code === "not_found")) throw error;
    await forgetPushRegistration();
    const fresh = await subscriptionForFollowing(language, "council");
    return sendJson("POST", COUNCIL_FOLLOWS_PATH, body(fresh), councilFollowSchema);
  }
}

export async function unfollowCouncil(id: string): Promise<void> {
  const push = await currentSubscription();
  if (!push) return;
  try {
    await sendJson(
      "DELETE",
      `${listPath(push)}/${encodeURIComponent(id)}`,
      undefined,
      undefined,
      tokenHeader(push.manageToken),
    );
  } catch (error) {
    // Already gone on the server: nothing left to remove.
    if (!(error instanceof ApiError && error.code === "not_found")) throw error;
  }
}

/** A failed follow, list or unfollow in the resident's words (a translation key). */
export function alertFailureKey(error: unknown): string {
  if (error instanceof PermissionDeniedError) return "council.alerts.denied";
  if (error instanceof PushTimeoutError) return "council.alerts.timeout";
  if (error instanceof NetworkError) return "council.alerts.offline";
  if (error instanceof ApiError && error.code === "conflict") return "council.alerts.tooMany";
  if (error instanceof ApiError) return `errors.${error.code}`;
  console.error("following a council topic", error);
  return "council.alerts.failed";
}
