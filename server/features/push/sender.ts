// Delivers encrypted messages to push services (RFC 8030 §5): one keep-alive connection pool per
// push service origin, VAPID authorization, and retries for 429 and 5xx as the service asks. Only
// allowed push services at public addresses are connected to (push-services.ts), and a service that
// does not connect or answer within seconds gets a "timeout" instead of holding a lane for minutes.
import { setTimeout as sleep } from "node:timers/promises";
import { Pool } from "undici";
import type { PushMessage } from "./payload";
import { PushServiceRefused, type PushServicePolicy } from "./push-services";
import type { VapidSigner } from "./vapid";

export type SendOutcome = "sent" | "removed" | "failed" | "timeout";
export type SendResult = { outcome: SendOutcome; attempts: number; status: number | null };

export type PushSenderOptions = {
  /** TCP and TLS connect, in milliseconds (default 5 s). */
  connectTimeoutMs?: number;
  /** From the request written to the answer's headers, and between body chunks (default 10 s). */
  responseTimeoutMs?: number;
  /** Connections per push service origin (HTTP/1.1, one request at a time on each). */
  connections?: number;
  /** Extra CA certificate(s) in PEM: the tests' self-signed push endpoint. */
  ca?: string | string[];
  /** Retries after the first attempt for 429, 5xx and network errors. */
  retries?: number;
  /** Backoff base without Retry-After: base · 2^n plus jitter. */
  baseDelayMs?: number;
  /** A service asking for a longer pause than this gets a "failed" instead of a blocked job. */
  maxDelayMs?: number;
};

export type PushSender = {
  send(endpoint: string, body: Buffer, message: Omit<PushMessage, "plaintext">): Promise<SendResult>;
  close(): Promise<void>;
  /** Ends every connection now: what is in flight fails (a stop that cannot wait for a hung service). */
  destroy(): Promise<void>;
};

export function createPushSender(
  vapid: VapidSigner,
  services: PushServicePolicy,
  options: PushSenderOptions = {},
): PushSender {
  const pools = new Map<string, Pool>();
  const retries = options.retries ?? 3;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const responseTimeoutMs = options.responseTimeoutMs ?? 10_000;

  const poolFor = (origin: string) => {
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: options.connections ?? 16,
        pipelining: 1,
        keepAliveTimeout: 60_000,
        headersTimeout: responseTimeoutMs,
        bodyTimeout: responseTimeoutMs,
        connect: {
          timeout: options.connectTimeoutMs ?? 5_000,
          // Resolved again at every connect: a name that turned private since subscribing is refused.
          lookup: services.lookup,
          ...(options.ca ? { ca: options.ca } : {}),
        },
      });
      pools.set(origin, pool);
    }
    return pool;
  };

  return {
    async send(endpoint, body, message) {
      // Stored before the allow-list existed, or the list was narrowed: never delivered, so dropped.
      if (!services.allows(endpoint)) return { outcome: "removed", attempts: 0, status: null };
      const url = new URL(endpoint);
      const pool = poolFor(url.origin);
      let status: number | null = null;
      for (let attempt = 1; ; attempt++) {
        let retryAfterMs: number | null = null;
        try {
          const response = await post(pool, url.pathname + url.search, body, {
            authorization: vapid.authorization(url.origin),
            "content-encoding": "aes128gcm",
            "content-type": "application/octet-stream",
            ttl: String(message.ttl),
            urgency: message.urgency,
            topic: message.topic,
          });
          status = response.status;
          // RFC 8030 §5: 201 Created is success; some services answer 200 or 202.
          if (status === 201 || status === 200 || status === 202)
            return { outcome: "sent", attempts: attempt, status };
          // RFC 8030 §7.3: the subscription has expired or was never valid.
          if (status === 404 || status === 410) return { outcome: "removed", attempts: attempt, status };
          if (status !== 429 && status < 500) return { outcome: "failed", attempts: attempt, status };
          retryAfterMs = parseRetryAfter(response.retryAfter);
        } catch (error) {
          // A service that lets us wait once will likely do so again: no retry, which would hold
          // the lane four times as long. Refused or reset connections are worth a retry like a 503.
          if (isTimeout(error)) return { outcome: "timeout", attempts: attempt, status: null };
          // The name resolves to an address inside the network now: never to be delivered to.
          if (error instanceof PushServiceRefused && error.reason !== "unresolvable")
            return { outcome: "removed", attempts: attempt, status: null };
        }
        if (attempt > retries) return { outcome: "failed", attempts: attempt, status };
        const backoff = baseDelayMs * 2 ** (attempt - 1);
        const delay = Math.max(retryAfterMs ?? 0, backoff) + Math.random() * baseDelayMs;
        if (delay > maxDelayMs) return { outcome: "failed", attempts: attempt, status };
        await sleep(delay);
      }
    },
    async close() {
      await Promise.all([...pools.values()].map((pool) => pool.close()));
      pools.clear();
    },
    async destroy() {
      await Promise.all([...pools.values()].map((pool) => pool.destroy()));
      pools.clear();
    },
  };
}

const TIMEOUT_CODES = new Set([
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "ETIMEDOUT",
]);

function isTimeout(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string" &&
    TIMEOUT_CODES.has(error.code)
  );
}

type PostResult = { status: number; retryAfter: string | undefined };

/**
 * One POST through the pool's low-level dispatch: the answer's status and Retry-After are all a
 * push service says, so its body is dropped unread instead of becoming a stream per message.
 */
function post(pool: Pool, path: string, body: Buffer, headers: Record<string, string>): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    let result: PostResult = { status: 0, retryAfter: undefined };
    pool.dispatch(
      { method: "POST", path, headers, body },
      {
        onConnect() {},
        onHeaders(status, rawHeaders) {
          let retryAfter: string | undefined;
          for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
            if (rawHeaders[i]?.toString("latin1").toLowerCase() === "retry-after") {
              retryAfter = rawHeaders[i + 1]?.toString("latin1");
            }
          }
          result = { status, retryAfter };
          return true;
        },
        onData: () => true,
        onComplete: () => resolve(result),
        onError: reject,
      },
    );
  });
}

/** Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000;
  const date = Date.parse(text);
  return Number.isFinite(date) ? Math.max(0, date - now) : null;
}
