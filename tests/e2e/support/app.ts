import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Resolves once a service worker controls the page (the app works offline from then on). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** WCAG 2.1 A and AA, as the city must meet (BITV 2.0). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits for the synced services guide to be on the device. */
export async function waitForGuideData(page: Page): Promise<void> {
  await page.goto("/dienstleistungen");
  await expect(page.getByRole("link", { name: /Personalausweis/ }).first()).toBeVisible({ timeout: 30_000 });
}

/** Chooses a language in the header's picker by its own name ("English", "العربية"). */
export async function chooseLanguage(page: Page, name: string): Promise<void> {
  await page.locator(".language-toggle").click();
  await page
    .locator("#language-list")
    .getByRole("button", { name: new RegExp(`^${name}`) })
    .click();
}
