// The Chromium both Playwright and Lighthouse drive, with the same flags for both.
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * No sandbox (containers, root), no GPU (headless servers), and none of the browser's own
 * background traffic (updates, sync, first-run pages), which would otherwise show up in the
 * measurements or keep the network from going idle.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export function assertChromiumExists(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}; set CHROMIUM_PATH to its executable`);
  }
}
