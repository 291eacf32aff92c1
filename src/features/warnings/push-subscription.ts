// Web Push for this device: the browser's subscription, the server's record of it (with the
// preferences), and the copy in Dexie that lets the page change or end it later.
import { getJson, sendJson } from "../../lib/api";
import {
  DELMENHORST_ARS,
  type PushPreferences,
  pushRegistrationSchema,
  pushSubscribeSchema,
  vapidPublicKeySchema,
  WARNING_PROVIDERS,
} from "../../lib/contract/warnings";
import type { UiLanguage } from "../../lib/contract/languages";
import { ApiError } from "../../lib/http";
import { forgetPushRegistration, storedPushRegistration, storePushRegistration } from "./data";

export type PushSupport =
  /** Push works here. */
  | "supported"
  /** iPhone/iPad: Safari offers push only to apps added to the home screen (iOS 16.4+). */
  | "needs-home-screen"
  | "unsupported";

function isAppleMobile(): boolean {
  // iPadOS presents itself as a Mac; touch points tell them apart.
  return (
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1)
  );
}

export function pushSupport(): PushSupport {
  // Safari's own flag: false in the browser tab, true once started from the home screen.
  const standalone: unknown = Reflect.get(navigator, "standalone");
  const hasPush = "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
  if (standalone === false || (isAppleMobile() && !hasPush)) return "needs-home-screen";
  return hasPush ? "supported" : "unsupported";
}

export function defaultPreferences(language: UiLanguage): PushPreferences {
  return {
    places: [DELMENHORST_ARS],
    minSeverity: "Moderate",
    sources: [...WARNING_PROVIDERS],
    language,
    quietHours: null,
    topics: { warnings: true, postbox: false, appointments: false, applications: false },
  };
}

/** The user refused notifications, or refused them before (then only the browser settings help). */
export class PermissionDeniedError extends Error {}

/** VAPID keys are base64url (RFC 8292); PushManager wants the raw bytes. */
function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(value.length / 4) * 4, "=");
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The browser's push service or our server did not answer in time: an unreachable push service
 * leaves `pushManager.subscribe` pending for minutes. Nothing is switched on; trying again is safe.
 */
export class PushTimeoutError extends Error {}

/** Generous for a slow mobile connection, short enough that nobody stares at "Wird eingeschaltet …". */
export const PUSH_TIMEOUT_MS = 20_000;

/** `step`, unless the deadline passes first. */
function beforeDeadline<T>(step: Promise<T>, deadline: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const giveUp = () => reject(new PushTimeoutError());
    if (deadline.aborted) return giveUp();
    deadline.addEventListener("abort", giveUp, { once: true });
    step.then(
      (value) => {
        deadline.removeEventListener("abort", giveUp);
        resolve(value);
      },
      (error: unknown) => {
        deadline.removeEventListener("abort", giveUp);
        reject(error);
      },
    );
  });
}

/**
 * Asks for permission (only ever after the user's tap), subscribes and registers with the server.
 * After the permission (which waits for the user, not the network) everything has `timeoutMs`.
 */
export async function subscribe(preferences: PushPreferences, timeoutMs = PUSH_TIMEOUT_MS): Promise<void> {
  const permission = await Notification.requestPermission();
  if (permission !== "granted") throw new PermissionDeniedError();

  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    await registerBefore(preferences, deadline);
  } catch (error) {
    // A request cut off by the deadline fails as a NetworkError: say what really happened.
    throw deadline.aborted ? new PushTimeoutError() : error;
  }
}

async function registerBefore(preferences: PushPreferences, deadline: AbortSignal): Promise<void> {
  const { publicKey } = await getJson("/api/push/vapid-public-key", vapidPublicKeySchema, {
    signal: deadline,
  });
  const worker = await beforeDeadline(navigator.serviceWorker.ready, deadline);
  // A subscription made with an older server key cannot be reused: start over.
  const previous = await beforeDeadline(worker.pushManager.getSubscription(), deadline);
  if (previous) await beforeDeadline(previous.unsubscribe(), deadline);
  const subscribing = worker.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: base64UrlToBytes(publicKey),
  });
  // One that arrives after the deadline has no record on the server, so nobody would send to it.
  subscribing.then(
    (late) => {
      if (deadline.aborted) void late.unsubscribe().catch(() => undefined);
    },
    () => undefined,
  );
  const subscription = await beforeDeadline(subscribing, deadline);
  try {
    const body = pushSubscribeSchema.parse({ subscription: subscription.toJSON(), preferences });
    // The deadline also bounds the CSRF token's request that send() may make first.
    const registration = await beforeDeadline(
      sendJson("POST", "/api/push/subscriptions", body, pushRegistrationSchema, { signal: deadline }),
      deadline,
    );
    await storePushRegistration({ ...registration, key: "current", endpoint: subscription.endpoint });
  } catch (error) {
    // Without the server's record nobody would ever send to it: do not leave it behind (past the
    // deadline without waiting: the push service that made us late may be slow to let go too).
    const removing = subscription.unsubscribe().catch(() => undefined);
    if (!deadline.aborted) await removing;
    throw error;
  }
}

/** The subscription this device holds on the server is gone (expired, removed): subscribe anew. */
export class SubscriptionGoneError extends Error {}

export async function savePreferences(preferences: PushPreferences): Promise<void> {
  const stored = await storedPushRegistration();
  if (!stored) throw new SubscriptionGoneError();
  try {
    await sendJson(
      "PUT",
      `/api/push/subscriptions/${encodeURIComponent(stored.id)}`,
      preferences,
      undefined,
      {
        headers: { "X-Push-Token": stored.manageToken },
      },
    );
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") {
      await forgetPushRegistration();
      throw new SubscriptionGoneError();
    }
    throw error;
  }
  await storePushRegistration({ ...stored, preferences });
}

/** Ends it on the server first: offline nothing changes, and the user can try again. */
export async function unsubscribe(): Promise<void> {
  const stored = await storedPushRegistration();
  if (stored) {
    try {
      await sendJson(
        "DELETE",
        `/api/push/subscriptions/${encodeURIComponent(stored.id)}`,
        undefined,
        undefined,
        {
          headers: { "X-Push-Token": stored.manageToken },
        },
      );
    } catch (error) {
      if (!(error instanceof ApiError && error.code === "not_found")) throw error;
    }
  }
  const worker = await navigator.serviceWorker?.getRegistration();
  await (await worker?.pushManager.getSubscription())?.unsubscribe();
  await forgetPushRegistration();
}
