// Web Push for this device: the browser's subscription, the server's record of it (with the
// preferences), and the copy in Dexie that lets the page change or end it later.
import {
  DELMENHORST_ARS,
  type PushPreferences,
  pushRegistrationSchema,
  pushSubscribeSchema,
  WARNING_PROVIDERS,
} from "../../lib/contract/warnings";
import { z } from "../../lib/contract/zod";
import { ApiError, send } from "../../lib/http";
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

export function defaultPreferences(language: "de" | "en"): PushPreferences {
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

const JSON_HEADERS = { "Content-Type": "application/json", Accept: "application/json" };

/** Asks for permission (only ever after the user's tap), subscribes and registers with the server. */
export async function subscribe(preferences: PushPreferences): Promise<void> {
  const permission = await Notification.requestPermission();
  if (permission !== "granted") throw new PermissionDeniedError();

  const keyResponse = await send(fetch, "/api/push/vapid-public-key", {
    headers: { Accept: "application/json" },
  });
  const { publicKey } = z.object({ publicKey: z.string().min(1) }).parse(await keyResponse.json());
  const worker = await navigator.serviceWorker.ready;
  // A subscription made with an older server key cannot be reused: start over.
  await (await worker.pushManager.getSubscription())?.unsubscribe();
  const subscription = await worker.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: base64UrlToBytes(publicKey),
  });
  try {
    const body = pushSubscribeSchema.parse({ subscription: subscription.toJSON(), preferences });
    const response = await send(fetch, "/api/push/subscriptions", {
      method: "POST",
      headers: JSON_HEADERS,
      body: JSON.stringify(body),
    });
    const registration = pushRegistrationSchema.parse(await response.json());
    await storePushRegistration({ ...registration, key: "current", endpoint: subscription.endpoint });
  } catch (error) {
    // Without the server's record nobody would ever send to it: do not leave it behind.
    await subscription.unsubscribe().catch(() => undefined);
    throw error;
  }
}

/** The subscription this device holds on the server is gone (expired, removed): subscribe anew. */
export class SubscriptionGoneError extends Error {}

export async function savePreferences(preferences: PushPreferences): Promise<void> {
  const stored = await storedPushRegistration();
  if (!stored) throw new SubscriptionGoneError();
  try {
    await send(fetch, `/api/push/subscriptions/${encodeURIComponent(stored.id)}`, {
      method: "PUT",
      headers: { ...JSON_HEADERS, "X-Push-Token": stored.manageToken },
      body: JSON.stringify(preferences),
    });
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
      await send(fetch, `/api/push/subscriptions/${encodeURIComponent(stored.id)}`, {
        method: "DELETE",
        headers: { "X-Push-Token": stored.manageToken },
      });
    } catch (error) {
      if (!(error instanceof ApiError && error.code === "not_found")) throw error;
    }
  }
  const worker = await navigator.serviceWorker?.getRegistration();
  await (await worker?.pushManager.getSubscription())?.unsubscribe();
  await forgetPushRegistration();
}
