// Security headers for every response. The CSP allows no inline script and no foreign origin.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { forwardedValue } from "./proxy";

function contentSecurityPolicy(https: boolean, streamOrigins: readonly string[]): string {
  // The council's stream player: hls.js fetches the playlists and segments (connect-src) and plays
  // them through Media Source Extensions (a blob: address; its empty caption track is a data: address);
  // Safari plays the stream's address itself.
  const streams = streamOrigins.map((origin) => ` ${origin}`).join("");
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${streams}`,
    `media-src 'self' blob: data:${streams}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const https =
      c.var.config.publicOrigin?.startsWith("https:") || forwardedValue(c, "x-forwarded-proto") === "https";
    const h = c.res.headers;
    h.set(
      "Content-Security-Policy",
      contentSecurityPolicy(Boolean(https), c.var.config.councilStreamOrigins ?? []),
    );
    h.set("Referrer-Policy", "same-origin");
    h.set(
      "Permissions-Policy",
      "camera=(self), geolocation=(self), microphone=(), payment=(), usb=(), browsing-topics=()",
    );
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    if (https) h.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  };
}
