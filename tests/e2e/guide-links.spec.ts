// User story: the services guide leads on to what it describes. A resident who reads that the dog
// can be registered online starts that form from the service's page; from an office's page they
// book an appointment there or find the office on the city map.
import { expect, test } from "@playwright/test";
import { newPerson, signUp } from "./support/account";
import { expectNoAxeViolations, waitForGuideData, waitForServiceWorker } from "./support/app";

const DATA_SYNCED = 30_000;

test("from the dog tax's page to the first step of the online registration", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, newPerson("Hanna", "Hundehalterin"));
  await waitForServiceWorker(page);
  await waitForGuideData(page);

  await page.goto("/dienstleistungen/hundesteuer");
  await expect(page.getByRole("heading", { level: 1, name: "Hund anmelden (Hundesteuer)" })).toBeVisible();
  // The Steueramt is named as the responsible office: the form goes to its department.
  await expect(page.getByRole("main").getByRole("link", { name: /Steueramt/ })).toBeVisible();
  const apply = page.getByRole("link", { name: "Jetzt online beantragen" });
  await expect(apply).toHaveAttribute("href", "/antraege/neu/hundeanmeldung");
  // No appointment for the dog tax, so no booking link either.
  await expect(page.getByRole("link", { name: "Termin online buchen" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await apply.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/antraege\/entwurf\/[^/]+\/dog$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ihr Hund" })).toBeVisible();
  await expect(page.getByLabel("Name des Hundes")).toBeVisible();
});

test("a service done on a portal elsewhere links there", async ({ page }) => {
  await page.goto("/");
  await waitForGuideData(page);
  await page.goto("/dienstleistungen/fuehrungszeugnis");
  await expect(page.getByRole("link", { name: "Online erledigen (externe Seite)" })).toHaveAttribute(
    "href",
    "https://www.fuehrungszeugnis.bund.de",
  );
  await expect(page.getByRole("link", { name: "Jetzt online beantragen" })).toHaveCount(0);
});

test("from an office's page to its booking and to its place on the map", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await waitForGuideData(page);

  await page.goto("/standorte/buergerbuero");
  await expect(page.getByRole("heading", { level: 1, name: "Bürgerbüro im Rathaus" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("main").getByRole("link", { name: "Termin buchen", exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Wofür brauchen Sie einen Termin?" }),
  ).toBeVisible();
  await expect(page.getByRole("radio", { name: "Bürgerbüro" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Personalausweis beantragen", exact: true })).toBeVisible();

  await page.goto("/standorte/buergerbuero");
  await page.getByRole("main").getByRole("link", { name: "Auf der Karte zeigen" }).click();
  await expect(page).toHaveURL(/\/karte\?ebenen=offices&objekt=offices\/buergerbuero$/);
  const popup = page.locator(".maplibregl-popup");
  await expect(popup.getByRole("heading", { name: "Bürgerbüro im Rathaus" })).toBeVisible({
    timeout: DATA_SYNCED,
  });
  await expect(popup.getByRole("link", { name: "Zum Standort" })).toHaveAttribute(
    "href",
    "/standorte/buergerbuero",
  );

  // An office without online booking offers the map only.
  await page.goto("/standorte/steueramt");
  await expect(page.getByRole("heading", { level: 1, name: "Steueramt / Stadtkasse" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Auf der Karte zeigen" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Termin buchen", exact: true })).toHaveCount(
    0,
  );
});
