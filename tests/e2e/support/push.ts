// Web Push in the browser tests: headless Chromium reaches no push service, so a subscription is made
// up in the page (the server accepts its address, E2E_PUSH_SERVICE), and messages are handed to the
// service worker through DevTools (ServiceWorker.deliverPushMessage) as a push service would.
import type { BrowserContext, Page } from "@playwright/test";
import { E2E_PUSH_SERVICE } from "./browser";

/** A subscription of a test push service that decrypts what it gets (server/testing/push-endpoint.ts). */
export type TestSubscription = { endpoint: string; keys: { p256dh: string; auth: string } };

/**
 * From now on, `pushManager.subscribe` in the context's pages answers with a made-up subscription, or
 * with `subscription` (its endpoint and keys) when a test push service should receive the messages.
 */
export async function fakePushSubscriptions(
  context: BrowserContext,
  subscription?: TestSubscription,
): Promise<void> {
  await context.grantPermissions(["notifications"]);
  const made: TestSubscription = subscription ?? {
    endpoint: `https://${E2E_PUSH_SERVICE}/send/e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
    // A key of the right shape: nothing is ever encrypted for it in these tests.
    keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
  };
  await context.addInitScript(({ endpoint, keys }: TestSubscription) => {
    const json = { endpoint, expirationTime: null, keys };
    const made = {
      endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true, applicationServerKey: null },
      getKey: () => null,
      toJSON: () => json,
      unsubscribe: () => Promise.resolve(true),
    };
    PushManager.prototype.subscribe = () => Promise.resolve(made as unknown as PushSubscription);
  }, made);
}

/** Hands a push message to the page's service worker, as its push service would. */
export async function pushToServiceWorker(page: Page, payload: unknown): Promise<void> {
  const origin = new URL(page.url()).origin;
  const cdp = await page.context().newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const match = registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(origin));
      if (match) resolve(match.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.deliverPushMessage", {
    origin,
    registrationId: await registrationId,
    data: JSON.stringify(payload),
  });
}

/** The notifications the service worker shows now. */
export const shownNotifications = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({
      tag: n.tag,
      title: n.title,
      body: n.body,
      url: (n.data as { url?: string } | null)?.url,
    }));
  });
