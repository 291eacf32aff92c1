// User stories of business support by the economic development agency (dwfg): a shop owner finds
// that "Digital Jetzt" has ended and which providers take card payments; writes a consultation
// request on a train without signal, which arrives with its reference once back online; and the
// agency sees the request in its console and marks it done. Every page passes axe.
import { expect, type Page, test } from "@playwright/test";
import { newPerson } from "./support/account";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { staffPage } from "./support/staff";

const DIGITAL_JETZT = "Digital Jetzt – Investitionsförderung für KMU";

/** The programme's card on the funding finder, once the sync has brought the programmes. */
const programmeCard = (page: Page, name: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name, exact: true }) });

test("the funding finder shows Digital Jetzt as closed with its date, and the providers filter by service", async ({
  page,
}) => {
  await page.goto("/mehr");
  await page.getByRole("link", { name: "Zur Wirtschaftsförderung" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wirtschaftsförderung" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /Förderprogramme/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Förderprogramme" })).toBeVisible();
  const digitalJetzt = programmeCard(page, DIGITAL_JETZT);
  await expect(digitalJetzt).toBeVisible({ timeout: 30_000 });
  // In words, not only by colour, with the day the agency last checked it.
  await expect(digitalJetzt.getByText("Status: Beendet")).toBeVisible();
  await expect(digitalJetzt).toContainText("Stand: 27. November 2026");
  await expect(digitalJetzt).toContainText("3 bis 499 Beschäftigten");
  await expect(digitalJetzt.getByRole("link", { name: "Zur Seite des Programms" })).toHaveAttribute(
    "href",
    "https://www.bmwk.de/Redaktion/DE/Dossier/digital-jetzt.html",
  );
  await expectNoAxeViolations(page);

  await page.getByLabel("Status").selectOption({ label: "Offen" });
  await expect(page).toHaveURL(/status=open/);
  await expect(digitalJetzt).toHaveCount(0);
  await expect(programmeCard(page, "Digitalbonus.Niedersachsen")).toBeVisible();
  await page.getByLabel("Status").selectOption({ label: "Beendet" });
  await page.getByLabel("Fördergeber").selectOption({ label: "Bund" });
  await expect(page.getByText("1 Programm", { exact: true })).toBeVisible();
  await expect(digitalJetzt).toBeVisible();

  await page.goto("/wirtschaft/digital");
  await expect(page.getByRole("heading", { level: 1, name: "Digitale Dienstleister" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Beispiel: Kassenkontor Nord" })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByLabel("Leistung", { exact: true }).selectOption({ label: "Kartenzahlung und Kasse" });
  await expect(page.getByText("1 Anbieter", { exact: true })).toBeVisible();
  const payments = page.getByRole("heading", { level: 2 });
  await expect(payments).toHaveText(["Beispiel: Kassenkontor Nord"]);
  await expect(page.getByText("Beispieleintrag").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a request written offline is sent once back online, and the agency marks it done", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.goto("/wirtschaft/beratung");
  await waitForServiceWorker(page);
  await expect(page.getByRole("heading", { level: 1, name: "Beratung anfragen" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing is queued until the form is right: the summary names each field.
  await page.getByRole("button", { name: "Anfrage senden" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Bitte wählen Sie ein Thema." });
  await expect(summary).toContainText("Ohne Ihre Einwilligung können wir die Anfrage nicht bearbeiten.");
  await expectNoAxeViolations(page);

  await context.setOffline(true);
  await page.evaluate(() => window.dispatchEvent(new Event("offline")));
  const company = `Feinkost Musterfrau ${Date.now().toString(36)}`;
  await page.getByLabel(/^Ihr Name/).fill("Erika Musterfrau");
  await page.getByLabel(/^Unternehmen/).fill(company);
  await page.getByLabel(/^E-Mail-Adresse/).fill("erika.musterfrau@example.org");
  await page.getByLabel(/^Thema/).selectOption({ label: "Online gehen (Website, Shop, Kartenzahlung)" });
  await page
    .getByLabel(/^Ihr Anliegen/)
    .fill("Wir möchten Kartenzahlung und einen kleinen Online-Shop einführen.");
  await page.getByLabel(/Ich bin einverstanden/).check();
  await page.getByRole("button", { name: "Anfrage senden" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Ihre Beratungsanfrage" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "sobald Sie online sind" })).toBeVisible();
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  const arrived = page.getByRole("status").filter({ hasText: "Ihre Anfrage ist angekommen" });
  await expect(arrived).toContainText(/Vorgangsnummer: DW-[2-9A-Z]{4}-[2-9A-Z]{4}/, { timeout: 30_000 });
  const reference = (await arrived.locator(".business-reference").textContent()) ?? "";
  expect(reference).toMatch(/^DW-/);
  await expectNoAxeViolations(page);

  // The agency's console.
  const agency = await staffPage(browser, newPerson("Wiebke", "Wirtschaft"), "wirtschaft");
  await agency.goto("/verwaltung");
  await agency
    .getByRole("navigation", { name: "Verwaltungskonsole" })
    .getByRole("link", { name: "Wirtschaftsförderung" })
    .click();
  await expect(agency.getByRole("heading", { level: 1, name: "Wirtschaftsförderung" })).toBeVisible();
  const request = agency.getByRole("listitem").filter({ hasText: reference });
  await expect(request).toContainText(company);
  await expect(request).toContainText("erika.musterfrau@example.org");
  await expectNoAxeViolations(agency);
  await request.getByRole("button", { name: "Als erledigt markieren" }).click();
  await expect(agency.getByText(`Die Anfrage ${reference} ist als erledigt markiert.`)).toBeVisible();
  await expect(agency.getByRole("listitem").filter({ hasText: reference })).toContainText("erledigt");
  await expect(request.getByRole("button", { name: "Als erledigt markieren" })).toHaveCount(0);

  // Nobody can re-open Digital Jetzt: the form refuses "open" after the programme's end.
  await agency.getByRole("link", { name: "Förderprogramme", exact: true }).click();
  await expect(agency.getByRole("heading", { level: 1, name: "Förderprogramme" })).toBeVisible();
  await expectNoAxeViolations(agency);
  await agency
    .getByRole("row", { name: new RegExp(DIGITAL_JETZT) })
    .getByRole("link", { name: "Bearbeiten" })
    .click();
  await expect(agency.getByRole("heading", { level: 1, name: "Förderprogramm bearbeiten" })).toBeVisible();
  await expectNoAxeViolations(agency);
  await agency.getByLabel("Status (Pflichtfeld)", { exact: true }).selectOption({ label: "Offen" });
  await agency.getByRole("button", { name: "Speichern" }).click();
  await expect(
    agency.getByRole("alert").filter({ hasText: "kann nicht „Offen“ sein" }).first(),
  ).toBeVisible();

  // A new provider reaches residents with the next sync.
  await agency.goto("/verwaltung/wirtschaft/anbieter/neu");
  await expect(
    agency.getByRole("heading", { level: 1, name: "Neuer digitaler Dienstleister" }),
  ).toBeVisible();
  await expectNoAxeViolations(agency);
  const name = `Beispiel: Shopwerk ${Date.now().toString(36)}`;
  await agency.getByLabel("Name (Pflichtfeld)", { exact: true }).fill(name);
  await agency.getByLabel("Online-Shop").check();
  await agency.getByLabel(/^Beschreibung/).fill("Richtet Online-Shops für Läden in der Innenstadt ein.");
  await agency.getByLabel("Beispieleintrag").check();
  await agency.getByRole("button", { name: "Speichern" }).click();
  await expect(agency.getByText(`„${name}“ ist gespeichert.`, { exact: false })).toBeVisible();
  await expect(agency.getByRole("row", { name: new RegExp(name) })).toBeVisible();
  await expectNoAxeViolations(agency);

  await page.goto("/wirtschaft/digital?leistung=web-shop");
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible({ timeout: 30_000 });
  await agency.context().close();
});
