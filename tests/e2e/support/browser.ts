import type { LaunchOptions } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath } from "../../../bench/browser";

export const E2E_PORT = 4321;
export const E2E_SMTP_PORT = 4325;

/** Debian's Chromium (no browser download is possible here), with the flags bench/ uses too. */
export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumPath, args: CHROMIUM_FLAGS };
}
