// Web Push: a warning that arrives is stored on the device first (readable offline at once), then
// shown. The payload carries its texts in the subscriber's language (the server chose them); the few
// words the worker adds itself are in ./warning-notice.ts, since the worker loads no i18next.
import { type PushPayload, pushPayloadSchema, type Warning } from "../src/lib/contract/warnings";
import { appDb } from "../src/lib/db";
import { DATA_CHANGED_MESSAGE } from "../src/lib/sync-messages";
import { fallbackWords, warningNotice } from "./warning-notice";

const ICON = "/icons/icon-192.png";

function warningNotification(warning: Warning): { title: string; options: NotificationOptions } {
  const { title, body, lang, dir } = warningNotice(warning);
  return {
    title,
    options: {
      body,
      lang,
      dir,
      // One notification per warning: an update or all-clear replaces the one shown before.
      tag: warning.id,
      icon: ICON,
      data: { url: `/warnungen/${encodeURIComponent(warning.id)}` },
      requireInteraction: warning.severity === "Extreme",
    },
  };
}

async function tellPages(scope: ServiceWorkerGlobalScope): Promise<void> {
  for (const client of await scope.clients.matchAll({ type: "window" })) {
    client.postMessage({ type: DATA_CHANGED_MESSAGE });
  }
}

async function handlePush(scope: ServiceWorkerGlobalScope, data: PushMessageData | null): Promise<void> {
  let payload: PushPayload;
  try {
    payload = pushPayloadSchema.parse(data?.json());
  } catch (error) {
    // userVisibleOnly: every push must show something, or the browser may end the subscription.
    console.warn("push: unreadable payload", error);
    const words = fallbackWords(scope.navigator.languages);
    await scope.registration.showNotification(words.fallbackTitle, {
      body: words.fallbackBody,
      icon: ICON,
      data: { url: "/warnungen" },
    });
    return;
  }
  if (payload.topic === "warnings") {
    await appDb()
      .warnings.put(payload.warning)
      .catch((error: unknown) => console.error("push: warning not stored", error));
    const { title, options } = warningNotification(payload.warning);
    await scope.registration.showNotification(title, options);
    await tellPages(scope);
    return;
  }
  await scope.registration.showNotification(payload.title, {
    body: payload.body,
    icon: ICON,
    tag: `${payload.topic}:${payload.url}`,
    data: { url: payload.url },
  });
}

/** Only the app's own pages are opened from a notification. */
function targetUrl(scope: ServiceWorkerGlobalScope, data: unknown): string {
  const raw =
    typeof data === "object" && data !== null && "url" in data && typeof data.url === "string"
      ? data.url
      : "/";
  try {
    const url = new URL(raw, scope.location.origin);
    return url.origin === scope.location.origin ? url.href : scope.location.origin;
  } catch {
    return scope.location.origin;
  }
}

async function openFromNotification(scope: ServiceWorkerGlobalScope, url: string): Promise<void> {
  const windows = await scope.clients.matchAll({ type: "window", includeUncontrolled: true });
  // A window that shows the page already (the chat, say) is only brought to the front: navigating
  // would load it again and lose what the resident was typing.
  const showing = windows.find((w) => w.url === url);
  if (showing) {
    await showing.focus();
    return;
  }
  const open = windows.find((w) => new URL(w.url).origin === scope.location.origin);
  if (open) {
    try {
      const focused = await open.focus();
      await focused.navigate(url);
      return;
    } catch (error) {
      // navigate() refuses windows this worker does not control: open a new one instead.
      console.warn("push: could not reuse the open window", error);
    }
  }
  await scope.clients.openWindow(url);
}

export function registerPush(scope: ServiceWorkerGlobalScope): void {
  scope.addEventListener("push", (event) => {
    event.waitUntil(handlePush(scope, event.data));
  });
  scope.addEventListener("notificationclick", (event) => {
    event.notification.close();
    event.waitUntil(openFromNotification(scope, targetUrl(scope, event.notification.data)));
  });
}
