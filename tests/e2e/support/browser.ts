import type { LaunchOptions } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath } from "../../../bench/browser";

export const E2E_PORT = 4321;
export const E2E_SMTP_PORT = 4325;
/** The NINA stand-in the app's poller asks (tests/e2e/support/nina-stand-in.ts). */
export const E2E_NINA_PORT = 4326;
/** The basemap stand-in behind the tile proxy (tests/e2e/support/tile-stand-in.ts). */
export const E2E_TILES_PORT = 4327;

/** Debian's Chromium (no browser download is possible here), with the flags bench/ uses too. */
export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumPath, args: CHROMIUM_FLAGS };
}
