// Behind reverse proxies (TRUST_PROXY=n): what the client's address and protocol were. Each proxy
// appends to X-Forwarded-For, so only the last n entries were written by proxies we trust; everything
// before them came from the client and may be made up.
import type { Context } from "hono";
import type { AppEnv } from "./env";

/** The entry `hops` places from the right of a comma-separated X-Forwarded-* value; undefined if none. */
export function forwardedEntry(header: string | undefined, hops: number): string | undefined {
  if (!header || hops < 1) return undefined;
  const entries = header.split(",").map((entry) => entry.trim());
  return entries.length >= hops ? entries[entries.length - hops] || undefined : undefined;
}

/**
 * The client's address: the one our outermost trusted proxy saw. When the header has fewer entries
 * than there are proxies, something in front did not append, so only the socket can be believed.
 */
export function clientAddress(header: string | undefined, hops: number, socketAddress: string | undefined) {
  return forwardedEntry(header, hops) ?? socketAddress ?? "unknown";
}

/**
 * X-Forwarded-Proto or -Host as our outermost trusted proxy stated it. Proxies often overwrite these
 * instead of appending: with fewer entries than hops, one of ours overwrote it and the first is its.
 */
export function forwardedValue(c: Context<AppEnv>, name: "x-forwarded-proto" | "x-forwarded-host") {
  const hops = c.var.config.trustProxy;
  const header = c.req.header(name);
  if (hops < 1 || !header) return undefined;
  return forwardedEntry(header, hops) ?? (header.split(",")[0]?.trim() || undefined);
}
