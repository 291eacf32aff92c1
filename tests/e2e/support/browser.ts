import type { LaunchOptions } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath } from "../../../bench/browser";

// E2E_PORT_BASE moves all four, so that two checkouts can run their browser tests at the same time.
const base = Number(process.env.E2E_PORT_BASE ?? 4321);
export const E2E_PORT = base;
export const E2E_SMTP_PORT = base + 4;
/** The NINA stand-in the app's poller asks (tests/e2e/support/nina-stand-in.ts). */
export const E2E_NINA_PORT = base + 5;
/** The basemap stand-in behind the tile proxy (tests/e2e/support/tile-stand-in.ts). */
export const E2E_TILES_PORT = base + 6;
/**
 * A push service address the server accepts for subscriptions the tests make up: headless Chromium
 * cannot subscribe at the internet's push services. Nothing listens there; a message to it fails.
 */
export const E2E_PUSH_SERVICE = `127.0.0.1:${base + 7}`;

/** Debian's Chromium (no browser download is possible here), with the flags bench/ uses too. */
export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumPath, args: CHROMIUM_FLAGS };
}
