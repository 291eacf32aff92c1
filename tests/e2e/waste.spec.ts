// User story of the waste collection calendar: a resident finds it from "Mehr", picks street and
// house number once, sees the next day of each bin of the (sample) district, can subscribe it as a
// webcal: feed, and reads the days again offline after a reload; then turns on the reminder the evening
// before and gets it by push. axe on every state of the page.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { fakePushSubscriptions, pushToServiceWorker, shownNotifications } from "./support/push";

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

async function pickSouthernAddress(page: Page) {
  await page.goto("/abfall");
  await waitForServiceWorker(page);
  const street = page.getByLabel(/^Straße/);
  await expect(street.locator("option", { hasText: "Lange Straße" })).toHaveCount(1, { timeout: 30_000 });
  await street.selectOption({ label: "Lange Straße" });
  await page.getByLabel(/^Hausnummer/).fill("8a");
  await page.getByRole("button", { name: "Abfuhrtermine anzeigen" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Nächste Abfuhr im Beispielbezirk Süd" }),
  ).toBeVisible({ timeout: 30_000 });
}

test("a resident turns on the reminder the evening before and gets it by push", async ({ page, context }) => {
  test.setTimeout(120_000);
  await fakePushSubscriptions(context);
  await pickSouthernAddress(page);
  const reminder = page.getByRole("region", { name: "Erinnerung am Vorabend" });
  await expect(reminder).toBeVisible();
  // Every bin of the district is ticked at first, at 18:00.
  const bins = reminder.getByRole("group", { name: /^An welche Tonnen/ });
  await expect(bins.getByRole("checkbox")).toHaveCount(5);
  await expect(reminder.getByLabel("Uhrzeit am Vorabend")).toHaveValue("18:00");

  // Nothing ticked: the form says what is missing and switches nothing on.
  for (const box of await bins.getByRole("checkbox").all()) await box.uncheck();
  await reminder.getByRole("button", { name: "Erinnerung einschalten" }).click();
  await expect(reminder.getByText("Wählen Sie mindestens eine Tonne.")).toBeVisible();

  await bins.getByLabel("Restmülltonne").check();
  await bins.getByLabel("Papiertonne").check();
  await reminder.getByLabel("Uhrzeit am Vorabend").selectOption("19:30");
  await reminder.getByRole("button", { name: "Erinnerung einschalten" }).click();
  await expect(reminder.getByRole("status")).toHaveText(
    "Die Erinnerung ist eingeschaltet: am Vorabend um 19:30 Uhr.",
  );
  await expectNoAxeViolations(page);

  // The server keeps it for this device's subscription: after a reload the page reads it back.
  await page.reload();
  await expect(reminder.getByRole("button", { name: "Erinnerung ändern" })).toBeVisible({ timeout: 15_000 });
  await expect(reminder.getByLabel("Uhrzeit am Vorabend")).toHaveValue("19:30");
  await expect(bins.getByLabel("Restmülltonne")).toBeChecked();
  await expect(bins.getByLabel("Biotonne")).not.toBeChecked();

  // The evening before, the server's message (this is its German one) shows and opens /abfall.
  await pushToServiceWorker(page, {
    topic: "waste",
    title: "Morgen ist Abfuhr",
    body: "Morgen wird abgeholt: Restmülltonne und Papiertonne. Bitte stellen Sie alles rechtzeitig bereit.",
    url: "/abfall",
  });
  await expect
    .poll(() => shownNotifications(page))
    .toContainEqual({
      tag: "waste:/abfall",
      title: "Morgen ist Abfuhr",
      body: "Morgen wird abgeholt: Restmülltonne und Papiertonne. Bitte stellen Sie alles rechtzeitig bereit.",
      url: "/abfall",
    });

  await reminder.getByRole("button", { name: "Erinnerung ausschalten" }).click();
  await expect(reminder.getByRole("status")).toHaveText("Die Erinnerung ist ausgeschaltet.");
  await page.reload();
  await expect(reminder.getByRole("button", { name: "Erinnerung einschalten" })).toBeVisible({
    timeout: 15_000,
  });
  await expectNoAxeViolations(page);
});
