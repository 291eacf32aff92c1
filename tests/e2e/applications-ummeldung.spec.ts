// User story: a resident moving within Delmenhorst registers the new address online. Until the
// citizens' office has checked the identity, the app explains how to get there instead of offering
// the form; afterwards the form takes everyone moving (a repeated group) and the landlord's
// confirmation as a photo, and the receipt is in the postbox.
import { expect, type Page, test } from "@playwright/test";
import { newPerson, signUp } from "./support/account";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { staffPage } from "./support/staff";

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108020000009077530de", "hex");

const next = async (page: Page, heading: string) => {
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
};

/** Today in Berlin as YYYY-MM-DD, the form's date limits count from it. */
const berlinToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

test("an Ummeldung needs a checked identity, then takes every person moving and the landlord's confirmation", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const citizen = newPerson("Jonas", "Umzug");
  await signUp(page, citizen);
  await waitForServiceWorker(page);

  await page.goto("/antraege");
  const card = page.getByRole("listitem").filter({ hasText: "Anmeldung / Ummeldung der Wohnung" });
  await expect(card.getByText("Erst nach der Identitätsprüfung möglich")).toBeVisible();
  await expect(card.getByRole("link", { name: /Antrag starten/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Termin im Bürgerbüro buchen" })).toBeVisible();
  await expectNoAxeViolations(page);

  // At the citizens' office: the clerk compares the ID card and confirms the identity.
  const clerk = await staffPage(browser, newPerson("Clara", "Buergerbuero"), "buergerbuero");
  await clerk.goto("/verwaltung/buerger");
  await clerk.getByLabel("Grund des Zugriffs").fill("Identitätsprüfung am Schalter");
  await clerk.getByLabel("Name oder E-Mail-Adresse").fill(citizen.familyName);
  await clerk.getByRole("button", { name: "Suchen" }).click();
  await clerk.getByRole("link", { name: `${citizen.givenName} ${citizen.familyName}` }).click();
  await clerk.getByLabel("Vorgelegtes Dokument").selectOption("personalausweis");
  await clerk.getByRole("button", { name: "Identität bestätigen" }).focus();
  await clerk.keyboard.press("Enter");
  await expect(clerk.getByText("Die Identität ist bestätigt.", { exact: false })).toBeVisible();
  await clerk.context().close();

  await page.goto("/antraege");
  await page.getByRole("link", { name: "Antrag starten Anmeldung / Ummeldung der Wohnung" }).click({
    timeout: 30_000,
  });
  await expect(page.getByRole("heading", { level: 1, name: "Ihr Umzug" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Innerhalb von Delmenhorst (Ummeldung)" }).check();
  await page.getByLabel("Einzugsdatum").fill(berlinToday());
  await next(page, "Neue Wohnung");

  await page.getByLabel("Straße und Hausnummer").fill("Bahnhofstraße 7");
  await page.getByLabel("Postleitzahl").fill("28195");
  await page.getByRole("radio", { name: "Hauptwohnung" }).check();
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByRole("alert").getByText(/Postleitzahl von Delmenhorst/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Postleitzahl").fill("27753");
  await next(page, "Bisherige Wohnung");
  // From the account's master data.
  await expect(page.getByLabel("Straße und Hausnummer")).toHaveValue("Rathausplatz 1");
  await next(page, "Wer zieht um?");

  // Nobody entered yet: the list asks for at least one person.
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expectNoAxeViolations(page);
  for (const [index, person] of [
    ["1", { given: citizen.givenName, family: citizen.familyName, born: "1984-05-17" }],
    ["2", { given: "Mila", family: citizen.familyName, born: "2019-03-02" }],
  ] as const) {
    await page.getByRole("button", { name: "Weitere Person hinzufügen" }).click();
    const group = page.getByRole("group", { name: `Person ${index}` });
    await group.getByLabel("Vorname").fill(person.given);
    await group.getByLabel("Familienname").fill(person.family);
    await group.getByLabel("Geburtsdatum").fill(person.born);
  }
  await expectNoAxeViolations(page);
  await next(page, "Wohnungsgeber");
  await page.getByLabel("Name des Wohnungsgebers").fill("GSG Oldenburg Bau- und Wohngesellschaft");
  await next(page, "Erklärung");
  await page.getByRole("checkbox", { name: /Ich versichere/ }).check();
  await next(page, "Unterlagen");
  await page.getByLabel("Datei für „Wohnungsgeberbestätigung“ auswählen").setInputFiles({
    name: "wohnungsgeberbestaetigung.png",
    mimeType: "image/png",
    buffer: PNG,
  });
  await expect(page.getByRole("button", { name: "Entfernen wohnungsgeberbestaetigung.png" })).toBeVisible();
  await next(page, "Angaben prüfen und absenden");
  await expect(page.getByText(/Mila/)).toBeVisible();
  // At 320 CSS pixels (400 % zoom) the review reflows: labels above values, nothing wider than the screen.
  await page.setViewportSize({ width: 320, height: 640 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await expect(page.getByText(/Mila/)).toBeVisible();

  await page.getByRole("button", { name: "Absenden" }).click();
  await expect(page.getByText(/A-[2-9A-Z]{4}-[2-9A-Z]{4}/).first()).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Eingangsbestätigung im Postfach öffnen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Eingangsbestätigung/ })).toBeVisible({
    timeout: 30_000,
  });
});
