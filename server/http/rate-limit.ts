// Fixed-window rate limits kept in memory: enough for one server process. A deployment with
// several processes puts a shared limit in front (documented in the README).
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";

type Window = { count: number; resetAt: number };

export type RateLimitOptions = {
  /** Name of the limit; windows of different limits never mix. */
  name: string;
  windowMs: number;
  max: number;
  key?: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string;
  now?: () => number;
};

export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, Window>();
  const now = options.now ?? Date.now;
  let nextSweep = 0;
  return async (c, next) => {
    const time = now();
    if (time >= nextSweep) {
      for (const [k, w] of windows) if (w.resetAt <= time) windows.delete(k);
      nextSweep = time + options.windowMs;
    }
    const key = options.key ? options.key(c) : c.var.clientIp;
    let window = windows.get(key);
    if (!window || window.resetAt <= time) {
      window = { count: 0, resetAt: time + options.windowMs };
      windows.set(key, window);
    }
    window.count++;
    if (window.count > options.max) {
      const retryAfter = Math.max(1, Math.ceil((window.resetAt - time) / 1000));
      throw new ProblemError(429, "rate_limited", `Limit "${options.name}" reached`, undefined, {
        "Retry-After": String(retryAfter),
      });
    }
    await next();
  };
}
