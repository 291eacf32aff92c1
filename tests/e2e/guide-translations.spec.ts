// Content in languages (issue 20): an admin adds a service's Turkish translation in the console, with
// German beside it as the reference, and a resident reading the app in Turkish gets it on the service
// page. With the Turkish sample file the admin edits the Turkish title; without it, writes the whole
// translation. Adding a translation (empty fields, German beside them) is shown on Leichte Sprache.
// The offices' editor the same way: an admin edits an office's Turkish name, a Turkish reader sees it
// on the office page; the life situations' editor and the Leichte-Sprache hints are checked with axe.
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./support/account";
import { expectNoAxeViolations } from "./support/app";

const SERVICE = "fischereischein";
const field = (name: string) => `#guide-${SERVICE}-tr-${name}`;

test("an admin sets a service's Turkish title in the console and a Turkish reader sees it", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await signInAsAdmin(page);
  await page.goto("/verwaltung/inhalte");
  await expect(page.getByRole("heading", { level: 1, name: "Inhalte des Wegweisers" })).toBeVisible();
  const service = page.getByLabel(/^Dienstleistung/);
  await expect(service.locator(`option[value="${SERVICE}"]`)).toHaveCount(1, { timeout: 30_000 });
  await service.selectOption(SERVICE);

  const language = page.locator(`#guide-${SERVICE}-language`);
  // The picker names the ten languages in their own script and says which have a text.
  await expect(language.locator("option")).toHaveCount(10);
  await expect(language.locator('option[value="de"]')).toHaveText("Deutsch – Original, immer nötig");
  await expect(language.locator('option[value="de-x-ls"]')).toHaveText("Leichte Sprache – noch kein Text");
  // Adding a translation: empty fields with German beside them; empty ones are named in the summary.
  // Leichte Sprache has no sample text of its own (its summaries are a field of their own), so the
  // language is missing whatever sample files exist; the new translation is discarded again.
  await language.selectOption("de-x-ls");
  await expect(page.getByText("Für Leichte Sprache gibt es noch keinen Text.")).toBeVisible();
  await page.getByRole("button", { name: "Übersetzung hinzufügen: Leichte Sprache" }).click();
  const easyTitle = page.locator(`#guide-${SERVICE}-de-x-ls-title`);
  await expect(easyTitle).toBeFocused();
  await expect(easyTitle).toHaveAttribute("lang", "de-x-ls");
  await expect(language.locator('option[value="de-x-ls"]')).toHaveText(
    "Leichte Sprache – neu, noch nicht gespeichert",
  );
  await expect(page.getByRole("region", { name: "Deutscher Text als Vorlage" })).toContainText(
    "Fischereischein beantragen",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await page
    .getByRole("alert")
    .getByRole("link", { name: "Der Titel braucht mindestens 2 Zeichen." })
    .click();
  await expect(easyTitle).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Neue Übersetzung verwerfen: Leichte Sprache" }).click();
  await expect(language.locator('option[value="de-x-ls"]')).toHaveText("Leichte Sprache – noch kein Text");
  await expect(page.locator(".error-summary")).toHaveCount(0);

  await language.selectOption("tr");
  const title = `Balıkçılık belgesi başvurusu ${Date.now().toString(36)}`;
  const add = page.getByRole("button", { name: "Übersetzung hinzufügen: Türkçe" });
  if (await add.isVisible()) {
    // Without a Turkish sample file: the admin writes the whole translation.
    await add.click();
    await page
      .locator(field("summary"))
      .fill("Delmenhorst'ta balık tutmak için balıkçılık belgesi başvurusu yapın.");
    await page
      .locator(field("description"))
      .fill("Balıkçılık belgesi, balıkçılık sınavını geçtikten sonra vatandaşlık bürosunda verilir.");
    await page.locator(field("processingTime")).fill("hemen");
    await page.locator(field("documents")).fill("Kimlik kartı veya pasaport\nBalıkçılık sınavı belgesi");
    await page.locator(field("fees-0")).fill("Ücret");
  } else {
    // The sample's Turkish is there: the editor shows it, German beside it.
    await expect(language.locator('option[value="tr"]')).toHaveText("Türkçe – Text vorhanden");
    await expect(page.locator(field("title"))).not.toHaveValue("");
  }
  await expect(page.locator(field("title"))).toHaveAttribute("lang", "tr");
  await expect(page.getByRole("region", { name: "Deutscher Text als Vorlage" })).toBeVisible();
  await page.locator(field("title")).fill(title);
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible({ timeout: 20_000 });
  await expect(language.locator('option[value="tr"]')).toHaveText("Türkçe – Text vorhanden", {
    timeout: 20_000,
  });

  // A resident reading the app in Turkish gets the new title through the sync feed.
  const resident = await browser.newContext();
  const reader = await resident.newPage();
  await reader.addInitScript(() => localStorage.setItem("delmenhorst.language", "tr"));
  await reader.goto(`/dienstleistungen/${SERVICE}`);
  const heading = reader.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(title, { timeout: 30_000 });
  await expect(heading).not.toHaveAttribute("lang", "de");
  await expect(reader.locator("html")).toHaveAttribute("lang", "tr");
  await resident.close();
});

test("an admin edits an office's Turkish text and a Turkish reader sees it on the office page", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const OFFICE = "standesamt";
  const officeField = (name: string) => `#office-${OFFICE}-tr-${name}`;
  await signInAsAdmin(page);
  await page.goto("/verwaltung/inhalte");
  await page
    .getByRole("navigation", { name: "Teile des Wegweisers" })
    .getByRole("link", { name: "Ämter" })
    .click();
  await expect(page).toHaveURL(/\/verwaltung\/inhalte\/aemter$/);
  await expect(page.getByRole("link", { name: "Ämter" })).toHaveAttribute("aria-current", "page");
  const office = page.getByLabel(/^Amt/);
  await expect(office.locator(`option[value="${OFFICE}"]`)).toHaveCount(1, { timeout: 30_000 });
  await office.selectOption(OFFICE);
  const language = page.locator(`#office-${OFFICE}-language`);
  await expect(language.locator("option")).toHaveCount(10);
  await language.selectOption("tr");

  const name = `Nikah dairesi ${Date.now().toString(36)}`;
  const add = page.getByRole("button", { name: "Übersetzung hinzufügen: Türkçe" });
  if (await add.isVisible()) {
    // Without the Turkish sample file: the admin writes the whole translation.
    await add.click();
    await expect(page.locator(officeField("name"))).toBeFocused();
    await page
      .locator(officeField("description"))
      .fill("Nikah dairesi doğum, evlilik ve ölüm kayıtlarını tutar ve belgelerini düzenler.");
  } else {
    await expect(language.locator('option[value="tr"]')).toHaveText("Türkçe – Text vorhanden");
  }
  await expect(page.locator(officeField("name"))).toHaveAttribute("lang", "tr");
  await expect(page.getByRole("region", { name: "Deutscher Text als Vorlage" })).toContainText("Standesamt");
  // A name of one letter is refused and named in the summary, linked to its field.
  await page.locator(officeField("name")).fill("N");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await page.getByRole("alert").getByRole("link", { name: "Der Name braucht mindestens 2 Zeichen." }).click();
  await expect(page.locator(officeField("name"))).toBeFocused();
  await expectNoAxeViolations(page);
  await page.locator(officeField("name")).fill(name);
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible({ timeout: 20_000 });

  // The life situations' editor: the services of a life situation, in order, axe-clean.
  await page.getByRole("link", { name: "Lebenslagen" }).click();
  const situation = page.getByLabel(/^Lebenslage/);
  await expect(situation.locator('option[value="umzug"]')).toHaveCount(1, { timeout: 30_000 });
  await situation.selectOption("umzug");
  await expect(page.getByRole("group", { name: /Dienstleistungen dieser Lebenslage/ })).toBeVisible();
  await expect(page.locator("#situation-umzug-services input:checked").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The services' editor checks the summary in Leichte Sprache as it is typed (hints, not errors).
  await page.getByRole("link", { name: "Dienstleistungen" }).click();
  const service = page.getByLabel(/^Dienstleistung/);
  await expect(service.locator(`option[value="${SERVICE}"]`)).toHaveCount(1, { timeout: 30_000 });
  await service.selectOption(SERVICE);
  const easy = page.locator(`#guide-${SERVICE}-easy`);
  await easy.fill("Sie brauchen z. B. einen Ausweis.");
  await expect(page.getByText("Abkürzung: „z. B.“. Schreiben Sie das Wort aus.")).toBeVisible();
  await easy.fill("Sie brauchen einen Ausweis.");
  await expect(page.getByText(/Die prüfbaren Regeln der Leichten Sprache sind eingehalten/)).toBeVisible();
  await expectNoAxeViolations(page);

  // A resident reading the app in Turkish gets the new name through the sync feed.
  const resident = await browser.newContext();
  const reader = await resident.newPage();
  await reader.addInitScript(() => localStorage.setItem("delmenhorst.language", "tr"));
  await reader.goto(`/standorte/${OFFICE}`);
  const heading = reader.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(name, { timeout: 30_000 });
  await expect(heading).not.toHaveAttribute("lang", "de");
  await resident.close();
});
