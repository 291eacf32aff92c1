// User story of the start page's "Für Sie" (issue 22): a resident who picked an address sees the
// warning in force and tomorrow's bins above the tiles, offline too; signed in, the next appointment
// with its QR joins them, and sign-out leaves only the public parts.
import { expect, type Page, test } from "@playwright/test";
import { addDays, berlinDate, berlinInstant, parseDate, weekdayOf } from "../../src/lib/contract/berlin-time";
import { newPerson, signIn, signUp } from "./support/account";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { book, slots } from "./support/appointments";
import { E2E_NINA_ALERT } from "./support/nina-stand-in";

/**
 * The coming Monday, 18:00 in Delmenhorst: the sample district Süd puts out its residual or bio bin
 * every Tuesday, and its sample year starts on this week's Monday (server/features/waste/seed.ts).
 */
function comingMondayEvening(): Date {
  const today = berlinDate(Date.now());
  const monday = addDays(today, 8 - weekdayOf(today));
  return new Date(berlinInstant({ ...parseDate(monday), hour: 18, minute: 0 }));
}

const overview = (page: Page) => page.getByRole("region", { name: "Für Sie" });

test("the start page shows the warning in force and tomorrow's bins, offline too", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.clock.setFixedTime(comingMondayEvening());
  // A first visit: nothing of the resident's on the device yet, no overview.
  await page.goto("/");
  await waitForServiceWorker(page);
  await pickAddress(page, "Lange Straße", "8");
  await expect(page.getByRole("heading", { level: 2, name: /Beispielbezirk Süd/ })).toBeVisible({
    timeout: 30_000,
  });

  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Start" })
    .click();
  const forYou = overview(page);
  await expect(forYou).toBeVisible({ timeout: 30_000 });
  const items = forYou.getByRole("listitem");
  // In the order: the warning first, then the bins.
  await expect(items.nth(0)).toContainText(E2E_NINA_ALERT.headline);
  await expect(items.nth(0)).toContainText("Gefahr");
  await expect(items.nth(1)).toContainText("Morgen wird abgeholt");
  await expect(items.nth(1)).toContainText(/Dienstag.*(Restmülltonne|Biotonne)/);
  await expect(forYou.getByRole("link", { name: E2E_NINA_ALERT.headline })).toHaveAttribute(
    "href",
    `/warnungen/${encodeURIComponent(E2E_NINA_ALERT.id)}`,
  );
  // Above the tiles.
  const overviewBox = await forYou.boundingBox();
  const tilesBox = await page.getByRole("heading", { level: 2, name: "Schnell zum Ziel" }).boundingBox();
  expect(overviewBox && tilesBox && overviewBox.y < tilesBox.y).toBe(true);
  await expectNoAxeViolations(page);

  // Offline, after a reload: the same, from the device.
  await context.setOffline(true);
  await page.reload();
  await expect(overview(page).getByRole("listitem")).toHaveCount(2);
  await expect(overview(page)).toContainText("Morgen wird abgeholt");
  await context.setOffline(false);
});

test("signed in, the next appointment with its QR joins the overview; sign-out leaves the public parts", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const person = newPerson("Otto", "Überblick");
  await signUp(page, person);
  await waitForServiceWorker(page);
  // Signed in, the address picked here is kept on the account too (checked on another device below).
  await pickAddress(page, "Oldenburger Straße", "3");

  // A few days ahead, late in the day: away from the slots other stories book.
  const start = (await slots(page, "personalausweis:1")).days[2]?.slots.at(-1);
  expect(start, "a free slot").toBeDefined();
  const appointment = await book(page, "personalausweis", start!);

  await page.goto("/");
  const forYou = overview(page);
  const next = forYou.getByRole("listitem").filter({ hasText: "Ihr nächster Termin" });
  await expect(next).toBeVisible({ timeout: 30_000 });
  await expect(next).toContainText("Bürgerbüro");
  await expect(next.getByRole("img", { name: new RegExp(appointment.reference) })).toBeVisible();
  await expect(next.getByRole("link")).toHaveAttribute("href", `/termine/meine/${appointment.id}`);
  await expect(forYou.getByRole("listitem").first()).toContainText(E2E_NINA_ALERT.headline);
  await expectNoAxeViolations(page);

  // Sign-out wipes the account's copies: the warning stays, the appointment goes.
  await page.goto("/konto");
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  await expect(page.getByText("Alle persönlichen Daten wurden von diesem Gerät gelöscht.")).toBeVisible();
  await page.goto("/");
  await expect(overview(page).getByRole("listitem").first()).toContainText(E2E_NINA_ALERT.headline);
  await expect(overview(page).getByText("Ihr nächster Termin")).toHaveCount(0);

  // Another device: once signed in, the waste calendar knows the address from the account.
  const tablet = await browser.newPage();
  await signIn(tablet, person.email);
  await tablet.goto("/abfall");
  await expect(tablet.getByText("Ihre Adresse: Oldenburger Straße 3")).toBeVisible({ timeout: 30_000 });
  await tablet.close();
});

async function pickAddress(page: Page, street: string, houseNumber: string): Promise<void> {
  await page.goto("/abfall");
  const streets = page.getByLabel(/^Straße/);
  await expect(streets.locator("option", { hasText: street })).toHaveCount(1, { timeout: 30_000 });
  await streets.selectOption({ label: street });
  await page.getByLabel(/^Hausnummer/).fill(houseNumber);
  await page.getByRole("button", { name: "Abfuhrtermine anzeigen" }).click();
  await expect(page.getByText(`Ihre Adresse: ${street} ${houseNumber}`)).toBeVisible();
}
