// This device's push subscription as the features that follow something use it (defect reports'
// areas, council topics): the reference the server checks (id and manage token), and a subscription
// made on demand (permission asked only after the resident's tap) with only the asking topic on.
import type { UiLanguage } from "../../lib/contract/languages";
import type { PushSubscriptionRef } from "../../lib/contract/reports";
import type { PushTopic } from "../../lib/contract/warnings-constants";
import type { StoredPushRegistration } from "../../lib/db";
import { storedPushRegistration } from "./data";
import { defaultPreferences, subscribe } from "./push-subscription";

const refOf = (registration: StoredPushRegistration): PushSubscriptionRef => ({
  subscriptionId: registration.id,
  manageToken: registration.manageToken,
});

/** This device's push subscription, if it has one (nothing is asked of the resident). */
export async function currentSubscription(): Promise<PushSubscriptionRef | undefined> {
  const stored = await storedPushRegistration();
  return stored ? refOf(stored) : undefined;
}

/**
 * This device's subscription; without one it asks for permission and subscribes, warnings and the
 * account's topics off and `topic` (if any) on: the device hears only of what it follows.
 */
export async function subscriptionForFollowing(
  language: UiLanguage,
  topic?: PushTopic,
): Promise<PushSubscriptionRef> {
  const stored = await storedPushRegistration();
  if (stored) return refOf(stored);
  await subscribe({
    ...defaultPreferences(language),
    topics: {
      warnings: false,
      postbox: false,
      appointments: false,
      applications: false,
      ...(topic ? { [topic]: true } : {}),
    },
  });
  const made = await storedPushRegistration();
  if (!made) throw new Error("push subscription not stored");
  return refOf(made);
}
