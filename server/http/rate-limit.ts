// Fixed-window rate limits kept in memory: enough for one server process. A deployment with
// several processes puts a shared limit in front (documented in the README).
import { isIPv6 } from "node:net";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";

type Window = { count: number; resetAt: number };

export type LimiterOptions = {
  /** Name of the limit; windows of different limits never mix. */
  name: string;
  windowMs: number;
  max: number;
  now?: () => number;
};

export type RateLimitOptions = LimiterOptions & { key?: (c: Context<AppEnv>) => string };

/** Counts events per key; throws 429 with Retry-After once a key has used up its window. */
export function createLimiter(options: LimiterOptions) {
  const windows = new Map<string, Window>();
  const now = options.now ?? Date.now;
  let nextSweep = 0;

  const current = (key: string) => {
    const time = now();
    if (time >= nextSweep) {
      for (const [k, w] of windows) if (w.resetAt <= time) windows.delete(k);
      nextSweep = time + options.windowMs;
    }
    let window = windows.get(key);
    if (!window || window.resetAt <= time) {
      window = { count: 0, resetAt: time + options.windowMs };
      windows.set(key, window);
    }
    return { window, time };
  };
  const refuse = (window: Window, time: number) => {
    const retryAfter = Math.max(1, Math.ceil((window.resetAt - time) / 1000));
    return new ProblemError(429, "rate_limited", `Limit "${options.name}" reached`, undefined, {
      "Retry-After": String(retryAfter),
    });
  };

  return {
    /** Counts one event and throws when the key is over the limit (`max` overrides it for this call). */
    hit(key: string, max = options.max) {
      const { window, time } = current(key);
      window.count++;
      if (window.count > max) throw refuse(window, time);
    },
    /** Throws when the key has used up its window, without counting (for "failures only" limits). */
    check(key: string) {
      const { window, time } = current(key);
      if (window.count >= options.max) throw refuse(window, time);
    },
    /** Counts `by` events without throwing; -1 gives back an attempt that was counted but not made. */
    record(key: string, by = 1) {
      current(key).window.count += by;
    },
    /** Events of the key in its current window. */
    count(key: string): number {
      return current(key).window.count;
    },
    /** Forgets the key's events, e.g. failures once the right password came. */
    reset(key: string) {
      windows.delete(key);
    },
  };
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const limiter = createLimiter(options);
  return async (c, next) => {
    limiter.hit(options.key ? options.key(c) : addressKey(c.var.clientIp));
    await next();
  };
}

/**
 * The key a client address is limited by. An IPv6 subscriber gets a whole /64 (RFC 6177) and can pick
 * any address in it, so all of them count as one; IPv4 (also IPv4-mapped) and the rest stay as they are.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  const bare = address.split("%")[0] ?? address;
  if (!isIPv6(bare)) return address;
  const [head = "", tail] = bare.split("::");
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  const left = groups(head);
  // A written-out IPv4 tail (::ffff:0:1.2.3.4) stands for two groups; only the first four matter here.
  const right = tail === undefined ? [] : groups(tail);
  const rightLength = right.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const all =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - rightLength).fill("0"), ...right];
  const prefix = all.slice(0, 4).map((g) => Number.parseInt(g, 16).toString(16));
  return `${prefix.join(":")}::/64`;
}
