// End-to-end tests against the production build in Debian's Chromium (CHROMIUM_PATH overrides).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { DEFAULT_PUSH_SERVICE_HOSTS } from "../server/features/push/push-services";
import {
  chromiumLaunchOptions,
  E2E_NINA_PORT,
  E2E_PORT,
  E2E_PUSH_SERVICE,
  E2E_SMTP_PORT,
  E2E_TILES_PORT,
} from "./e2e/support/browser";

// Set once in the runner; the workers inherit it and find the server's data (first-admin link) there.
const dataDir = (process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "delmenhorst-e2e-")));

export default defineConfig({
  testDir: "./e2e",
  // A local SMTP server: the tests read the mails the app sends (tests/e2e/support/mail.ts).
  globalSetup: "./e2e/support/global-setup.ts",
  // Per port base, as the mails (support/mail.ts): a run beside another must not wipe its results.
  outputDir: `./.tmp/test-results-${E2E_PORT}`,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    launchOptions: chromiumLaunchOptions(),
    trace: "retain-on-failure",
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    // Smooth scrolling moves an element after Playwright scrolled to it, so clicks land beside it.
    reducedMotion: "reduce",
  },
  projects: [{ name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromiumLaunchOptions() } }],
  webServer: [
    {
      // NINA stand-in first: the app polls it from its first second.
      command: "node --import tsx tests/e2e/support/nina-stand-in.ts",
      cwd: "..",
      url: `http://127.0.0.1:${E2E_NINA_PORT}/dashboard/034010000000.json`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "node --import tsx tests/e2e/support/tile-stand-in.ts",
      cwd: "..",
      url: `http://127.0.0.1:${E2E_TILES_PORT}/styles/basemap.json`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "node --import tsx server/index.ts",
      cwd: "..",
      url: `http://localhost:${E2E_PORT}/readyz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(E2E_PORT),
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        // A helper checkout may build elsewhere (vite build --outDir) and run beside another run.
        STATIC_DIR: process.env.E2E_STATIC_DIR ?? "dist",
        PUBLIC_ORIGIN: `http://localhost:${E2E_PORT}`,
        SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
        MAIL_FROM: "Delmenhorst App <noreply@localhost>",
        NINA_BASE_URL: `http://127.0.0.1:${E2E_NINA_PORT}`,
        MAP_STYLE_URL: `http://127.0.0.1:${E2E_TILES_PORT}/styles/basemap.json`,
        // As behind the city's reverse proxy: the client's address is the last X-Forwarded-For entry,
        // so each resident who signs up comes from an address of their own (support/account.ts).
        TRUST_PROXY: "1",
        // The real push services, and the made-up one of tests/e2e/support/push.ts.
        PUSH_SERVICE_HOSTS: [...DEFAULT_PUSH_SERVICE_HOSTS, E2E_PUSH_SERVICE].join(","),
      },
    },
  ],
});
