// The app can be installed to the home screen, and the server's strict CSP lets it run.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { waitForServiceWorker } from "./support/app";
import { chromiumLaunchOptions } from "./support/browser";

test("Chromium reports no installability errors", async ({ baseURL }) => {
  // Installing is impossible in incognito, which is what Playwright's contexts are: use a profile.
  const profile = mkdtempSync(join(tmpdir(), "delmenhorst-profile-"));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions(), baseURL });
  try {
    const page = await context.newPage();
    await page.goto("/");
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);

    const manifest = await (await page.request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ name: "Delmenhorst App", lang: "de", display: "standalone" });
    const purposes = manifest.icons.map((i: { purpose?: string }) => i.purpose ?? "any");
    expect(purposes).toContain("maskable");
    const files = [...manifest.icons, ...manifest.screenshots].map((f: { src: string }) => f.src);
    for (const src of files) expect((await page.request.get(src)).ok(), src).toBe(true);
  } finally {
    await context.close();
  }
});

test("the app runs under the strict Content-Security-Policy without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/dienstleistungen");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-inline");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/standorte/buergerbuero");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
