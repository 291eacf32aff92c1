// User story of the waste collection calendar: a resident finds it from "Mehr", picks street and
// house number once, sees the next day of each bin of the (sample) district, can subscribe it as a
// webcal: feed, and reads the days again offline after a reload. axe on every state of the page.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";

test("a resident picks an address, sees the next collection days and reads them offline", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto("/mehr");
  await page.getByRole("link", { name: "Zum Abfuhrkalender" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Abfuhrkalender" })).toBeVisible();
  await waitForServiceWorker(page);
  const street = page.getByLabel(/^Straße/);
  // The streets come with the sync.
  await expect(street.locator("option", { hasText: "Lange Straße" })).toHaveCount(1, { timeout: 30_000 });
  await expectNoAxeViolations(page);

  // Without a street the form says what is missing.
  await page.getByRole("button", { name: "Abfuhrtermine anzeigen" }).click();
  await expect(page.getByRole("alert")).toHaveText("Wählen Sie Ihre Straße.");

  // Lange Straße is split: even numbers belong to the southern sample district.
  await street.selectOption({ label: "Lange Straße" });
  await page.getByLabel(/^Hausnummer/).fill("8a");
  await page.getByRole("button", { name: "Abfuhrtermine anzeigen" }).click();
  await expect(page.getByText("Ihre Adresse: Lange Straße 8a")).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "Nächste Abfuhr im Beispielbezirk Süd" }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText("Beispieldaten: Das sind nicht die echten Termine der Stadt.")).toBeVisible();
  const bins = page.locator(".waste-bins li");
  await expect(bins).toHaveCount(5);
  await expect(bins.filter({ hasText: "Restmülltonne" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Termine im Kalender abonnieren" })).toHaveAttribute(
    "href",
    /^webcal:\/\/[^/]+\/api\/waste\/districts\/beispiel-sued\/calendar\.ics\?lang=de$/,
  );
  await expectNoAxeViolations(page);

  // Offline, after a reload: the address and the days come from the device.
  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole("heading", { level: 2, name: "Nächste Abfuhr im Beispielbezirk Süd" }),
  ).toBeVisible();
  await expect(bins).toHaveCount(5);
  await expectNoAxeViolations(page);
  await context.setOffline(false);

  // Another address: odd numbers belong to the northern district.
  await page.getByRole("button", { name: "Adresse ändern" }).click();
  await page.getByLabel(/^Hausnummer/).fill("7");
  await page.getByRole("button", { name: "Abfuhrtermine anzeigen" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Nächste Abfuhr im Beispielbezirk Nord" }),
  ).toBeVisible();
});
