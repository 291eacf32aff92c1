// A new release reaches installed apps only when the user agrees, never while they type; and a
// broken service worker can always be removed with the kill switch.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { waitForServiceWorker } from "./support/app";
import { newDataDir, repoRoot, startServer } from "./support/server";

test.describe.configure({ mode: "serial" });

const NEXT_VERSION = "e2e-next";
const nextBuild = join(repoRoot, "tests", ".tmp", "dist-next");

test.beforeAll(() => {
  // A second build of the same source with another version: a real new release.
  execFileSync(process.execPath, [join(repoRoot, "node_modules", "vite", "bin", "vite.js"), "build"], {
    cwd: repoRoot,
    env: { ...process.env, APP_VERSION: NEXT_VERSION, BUILD_OUT_DIR: nextBuild },
    stdio: "ignore",
  });
});

test("a new version waits for the user's tap and never reloads while they type", async ({ page }) => {
  test.setTimeout(120_000);
  const port = 4411;
  const dataDir = newDataDir();
  let server = await startServer(port, { DATA_DIR: dataDir, STATIC_DIR: "dist" });
  try {
    await page.goto(`${server.url}/`);
    await waitForServiceWorker(page);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

    await server.stop();
    server = await startServer(port, { DATA_DIR: dataDir, STATIC_DIR: nextBuild });
    await page.getByLabel("Was möchten Sie erledigen?").fill("Hundesteuer");
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByText("Neue Version verfügbar");
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    await expect(page.getByLabel("Was möchten Sie erledigen?")).toHaveValue("Hundesteuer");

    await page.getByRole("button", { name: "Neu laden" }).click();
    await page.waitForLoadState("load");
    await page.goto(`${server.url}/mehr`);
    await expect(page.getByText(`Version ${NEXT_VERSION}`)).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);
  } finally {
    await server.stop();
  }
});

test("the kill switch removes the service worker and every cache", async ({ page }) => {
  test.setTimeout(120_000);
  const port = 4412;
  const dataDir = newDataDir();
  let server = await startServer(port, { DATA_DIR: dataDir, STATIC_DIR: "dist" });
  try {
    await page.goto(`${server.url}/`);
    await waitForServiceWorker(page);
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);

    await server.stop();
    server = await startServer(port, { DATA_DIR: dataDir, STATIC_DIR: "dist", SW_KILL_SWITCH: "1" });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    await expect
      .poll(
        // The worker reloads the page as it removes itself: a read cut off by that reload reads again.
        async () =>
          page
            .evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)
            .catch(() => -1),
        {
          timeout: 30_000,
        },
      )
      .toBe(0);
    await page.waitForLoadState("load");
    // Polled and by name: once (CI, 7 December) one cache was still listed right after the reload and
    // gone on the retry; a cache that stays now fails with its name.
    await expect
      .poll(
        async () => page.evaluate(async () => caches.keys()).catch(() => ["(read cut off by a reload)"]),
        {
          timeout: 10_000,
        },
      )
      .toEqual([]);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  } finally {
    await server.stop();
  }
});
