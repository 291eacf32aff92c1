// Switching on push never hangs: when the browser's push service or our server does not answer,
// subscribe() gives up after its deadline with PushTimeoutError and leaves no subscription behind.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultPreferences, PushTimeoutError, subscribe } from "./push-subscription";

const DEADLINE_MS = 40;
const KEY = "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM";

/** A subscription as the browser hands it over, with its unsubscribe() watched. */
function fakeSubscription() {
  return {
    endpoint: "https://push.example/send/abc",
    unsubscribe: vi.fn(() => Promise.resolve(true)),
    toJSON: () => ({
      endpoint: "https://push.example/send/abc",
      expirationTime: null,
      keys: { p256dh: "B".repeat(87), auth: "a".repeat(22) },
    }),
  };
}

type Answer = (url: string, init: RequestInit) => Promise<Response> | undefined;

/** The server: the VAPID key and a CSRF token at once; `answer` decides the rest (undefined: hang until aborted). */
function stubServer(answer: Answer = () => undefined) {
  const calls: string[] = [];
  const fetchStub = vi.fn((url: string, init: RequestInit = {}) => {
    calls.push(`${init.method ?? "GET"} ${url}`);
    if (url === "/api/push/vapid-public-key") return Promise.resolve(Response.json({ publicKey: KEY }));
    if (url === "/api/auth/session") return Promise.resolve(Response.json({ csrfToken: "token" }));
    return (
      answer(url, init) ??
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      })
    );
  });
  vi.stubGlobal("fetch", fetchStub);
  return calls;
}

function stubBrowser(pushSubscribe: () => Promise<unknown>) {
  vi.stubGlobal("Notification", { requestPermission: () => Promise.resolve("granted") });
  vi.stubGlobal("navigator", {
    serviceWorker: {
      ready: Promise.resolve({
        pushManager: { getSubscription: () => Promise.resolve(null), subscribe: pushSubscribe },
      }),
    },
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("switching on push with a deadline", () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => vi.unstubAllGlobals());

  it("gives up when the push service never answers", async () => {
    const calls = stubServer();
    stubBrowser(() => new Promise(() => undefined));

    const started = Date.now();
    await expect(subscribe(defaultPreferences("de"), DEADLINE_MS)).rejects.toBeInstanceOf(PushTimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(calls).not.toContain("POST /api/push/subscriptions");
  });

  it("removes a subscription the push service hands over after the deadline", async () => {
    stubServer();
    const late = fakeSubscription();
    stubBrowser(() => wait(DEADLINE_MS * 3).then(() => late));

    await expect(subscribe(defaultPreferences("de"), DEADLINE_MS)).rejects.toBeInstanceOf(PushTimeoutError);
    await wait(DEADLINE_MS * 4);
    expect(late.unsubscribe).toHaveBeenCalled();
  });

  it("gives up, and unsubscribes, when our server does not take the subscription in time", async () => {
    const calls = stubServer();
    const subscription = fakeSubscription();
    stubBrowser(() => Promise.resolve(subscription));

    await expect(subscribe(defaultPreferences("de"), DEADLINE_MS)).rejects.toBeInstanceOf(PushTimeoutError);
    expect(calls).toContain("POST /api/push/subscriptions");
    expect(subscription.unsubscribe).toHaveBeenCalled();
  });

  it("still reports a refusal of the server as what it is, not as a timeout", async () => {
    stubServer((url) =>
      url === "/api/push/subscriptions"
        ? Promise.resolve(Response.json({ code: "rate_limited", title: "Too many" }, { status: 429 }))
        : undefined,
    );
    const subscription = fakeSubscription();
    stubBrowser(() => Promise.resolve(subscription));

    const failure = await subscribe(defaultPreferences("de"), 5_000).catch((error: unknown) => error);
    expect(failure).not.toBeInstanceOf(PushTimeoutError);
    expect(failure).toMatchObject({ code: "rate_limited" });
    expect(subscription.unsubscribe).toHaveBeenCalled();
  });
});
