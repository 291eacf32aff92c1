// Fixed-window rate limits kept in memory: enough for one server process. A deployment with
// several processes puts a shared limit in front (documented in the README).
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
    /** Counts one event and throws when the key is over the limit. */
    hit(key: string) {
      const { window, time } = current(key);
      window.count++;
      if (window.count > options.max) throw refuse(window, time);
    },
    /** Throws when the key has used up its window, without counting (for "failures only" limits). */
    check(key: string) {
      const { window, time } = current(key);
      if (window.count >= options.max) throw refuse(window, time);
    },
    /** Counts one event without throwing. */
    record(key: string) {
      current(key).window.count++;
    },
  };
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const limiter = createLimiter(options);
  return async (c, next) => {
    limiter.hit(options.key ? options.key(c) : c.var.clientIp);
    await next();
  };
}
