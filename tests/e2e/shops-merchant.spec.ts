// User story of a merchant in "Delmenhorst Shopping": a resident with an account says a shop of the
// directory is theirs (a second claim is refused with a clear message); the economic development
// agency (Wirtschaftsförderung) confirms them and lets their changes go out at once; the merchant
// sets Saturday's hours with the hours editor, sees the coming week, a broken raw rule is refused on
// its field, and the saved hours are public: a resident on another device sees them after the sync.
// The console's other views (entries, an OpenStreetMap import that changes nothing) pass axe too.
// The shop is one of the seeded samples (server/features/shops/seed/shops.json) no other story edits.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { newPerson, signUp } from "./support/account";
import { expectNoAxeViolations } from "./support/app";
import { staffPage } from "./support/staff";

const SHOP = { id: "eisenwaren-schroeder", name: "Eisenwaren Schröder", listedPhone: "04221 123418" };
const DESKTOP = { width: 1280, height: 900 };

/** An overpass export whose objects the import leaves out: nothing in the directory changes. */
const nothingToImport = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { "@id": "node/900000001", shop: "bakery" },
      geometry: { type: "Point", coordinates: [8.63, 53.05] },
    },
    {
      type: "Feature",
      properties: { "@id": "node/900000002", name: "Buchladen in Hamburg", shop: "books" },
      geometry: { type: "Point", coordinates: [9.99, 53.55] },
    },
  ],
};

async function claimShop(page: Page): Promise<void> {
  await page.getByLabel("Ihre Rolle im Geschäft").selectOption("owner");
  await page.getByLabel("Telefonnummer für Rückfragen").fill("0176 555 01 23");
  await page.getByLabel("Nachricht (freiwillig)").fill("Am besten vormittags im Laden.");
  await page.getByRole("button", { name: "Anfrage senden" }).click();
}

async function confirmAsEconomicDevelopment(browser: Browser, merchantEmail: string): Promise<Page> {
  const staff = await staffPage(browser, newPerson("Wiebke", "Wirtschaft"), "wirtschaft");
  await staff.setViewportSize(DESKTOP);
  await staff.goto("/verwaltung");
  await staff
    .getByRole("navigation", { name: "Verwaltungskonsole" })
    .getByRole("link", { name: "Einkaufen" })
    .click();
  await expect(staff.getByRole("heading", { level: 1, name: "Delmenhorst Shopping" })).toBeVisible();

  const claim = staff.getByRole("article", { name: SHOP.name });
  await expect(claim).toContainText(merchantEmail);
  await expect(claim).toContainText("Inhaberin oder Inhaber");
  // The entry's own number is there to call back, beside the one the merchant gave.
  await expect(claim).toContainText(SHOP.listedPhone);
  await expect(claim).toContainText("0176 555 01 23");
  await expectNoAxeViolations(staff);

  await claim.getByLabel("Direkt veröffentlichen").check();
  await claim.getByRole("button", { name: "Bestätigen" }).click();
  await expect(staff.getByText(`pflegt jetzt „${SHOP.name}“`)).toBeVisible();
  await expect(staff.getByRole("article", { name: SHOP.name })).toHaveCount(0);
  await expect(staff.getByRole("table", { name: "Zuletzt entschieden" })).toContainText(SHOP.name);
  return staff;
}

test("a merchant claims a shop, is confirmed, sets the hours with the editor and residents see them", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const merchant = newPerson("Marta", "Schröder");
  await signUp(page, merchant);

  // The entry page asks "Ist das Ihr Geschäft?".
  await page.goto(`/einkaufen/${SHOP.id}`);
  await expect(page.getByRole("heading", { level: 1, name: SHOP.name })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: /Ist das Ihr Geschäft\?/ }).click();
  await expect(page).toHaveURL(`/einkaufen/${SHOP.id}/beanspruchen`);
  await expect(page.getByRole("heading", { level: 1, name: "Ist das Ihr Geschäft?" })).toBeVisible();
  await expect(page.getByText(SHOP.name)).toBeVisible();

  // Without a role and a phone number nothing is sent.
  await page.getByRole("button", { name: "Anfrage senden" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" });
  await expect(summary).toContainText("Bitte wählen Sie Ihre Rolle im Geschäft.");
  await expectNoAxeViolations(page);

  await claimShop(page);
  await expect(page.getByRole("heading", { name: "Wir prüfen Ihre Angabe" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A second claim for the same shop is refused with a message that says why.
  await page.reload();
  await claimShop(page);
  await expect(page.getByText(/liegt schon eine Anfrage von Ihnen vor/)).toBeVisible();

  await page.goto("/einkaufen/haendler");
  await expect(page.getByRole("heading", { level: 1, name: "Händlerbereich" })).toBeVisible();
  const request = page.getByRole("listitem").filter({ hasText: SHOP.name });
  await expect(request).toContainText("Wird geprüft");
  await expectNoAxeViolations(page);

  // A new shop's form asks for every field; sent empty, it says what is missing.
  await page.getByRole("link", { name: "Neues Geschäft eintragen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Neues Geschäft eintragen" })).toBeVisible();
  await expect(page.getByLabel("Breite (Latitude)")).toHaveValue("53.0507");
  await page.getByRole("button", { name: "Eintrag zur Prüfung senden" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" })).toContainText(
    "Bitte geben Sie den Namen an",
  );
  await expect(page.getByRole("table", { name: "Vorschau: die nächsten 7 Tage" })).toBeVisible();
  await expectNoAxeViolations(page);

  const staff = await confirmAsEconomicDevelopment(browser, merchant.email);

  // The console's other views: the entry with its merchant, and an import that leaves all out.
  await staff.getByRole("link", { name: "Einträge", exact: true }).click();
  await staff.getByLabel("Einträge durchsuchen").fill("schroder");
  const row = staff.getByRole("row", { name: new RegExp(SHOP.name) });
  await expect(row).toContainText(merchant.familyName);
  await expect(row).toContainText("Änderungen werden direkt veröffentlicht");
  await expectNoAxeViolations(staff);
  await staff.getByRole("link", { name: /^Änderungen/ }).click();
  await expect(staff.getByText("Keine Änderungen offen")).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole("link", { name: "Import", exact: true }).click();
  await staff.getByLabel("GeoJSON-Datei aus OpenStreetMap").setInputFiles({
    name: "overpass.geojson",
    mimeType: "application/geo+json",
    buffer: Buffer.from(JSON.stringify(nothingToImport)),
  });
  await staff.getByRole("button", { name: "Datei importieren" }).click();
  const result = staff.getByRole("status").filter({ hasText: "Der Import ist abgeschlossen." });
  await expect(result).toContainText("0 Einträge neu angelegt");
  await expect(result).toContainText("node/900000001: kein Name");
  await expect(result).toContainText("node/900000002: liegt außerhalb von Delmenhorst");
  await expectNoAxeViolations(staff);

  // Confirmed: the merchant edits the entry.
  await page.goto("/einkaufen/haendler");
  await expect(page.getByRole("listitem").filter({ hasText: "Bestätigt" })).toContainText(SHOP.name);
  await page.getByRole("link", { name: SHOP.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Eintrag bearbeiten" })).toBeVisible();
  await expect(page.getByText("Ihre Änderungen werden direkt veröffentlicht.")).toBeVisible();
  const saturday = page.getByRole("group", { name: "Samstag" });
  await expect(saturday.getByLabel("Bis", { exact: true })).toHaveValue("13:00");
  const preview = page.getByRole("table", { name: "Vorschau: die nächsten 7 Tage" });
  await expect(preview).toBeVisible();
  await expectNoAxeViolations(page);

  // A raw rule the opening_hours library refuses is refused on its field, with the library's words.
  await page.getByLabel("Als Regel im OpenStreetMap-Format (für Fortgeschrittene)").check();
  const raw = page.getByLabel("Regel (opening_hours)");
  await expect(raw).toHaveValue("Mo-Fr 08:00-18:00; Sa 08:00-13:00; PH off");
  await raw.fill("Mo-Fr 25:00-18:00");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(raw).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#entry-openingHours-raw-error")).toContainText(
    "Die Öffnungszeiten sind keine gültige Regel.",
  );
  await expect(page.locator("#entry-openingHours-raw-error")).toContainText("Zeitspanne beginnt außerhalb");
  await expect(page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Back to the weekly plan: the rows read the rule again; Saturday closes at noon now.
  await raw.fill("Mo-Fr 08:00-18:00; Sa 08:00-13:00; PH off");
  await page.getByLabel("Wochenplan").check();
  await saturday.getByLabel("Bis", { exact: true }).fill("12:00");
  await expect(page.locator(".merchant-rule code")).toHaveText("Mo-Fr 08:00-18:00; Sa 08:00-12:00; PH off");
  await expect(preview.getByRole("row", { name: /^Sa/ })).toContainText("08:00–12:00");
  // Without a connection nothing is sent, the page says so, and the form keeps the change.
  await page.context().setOffline(true);
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByText(/Keine Verbindung\. Ihre Angaben wurden nicht gesendet/)).toBeVisible();
  await page.context().setOffline(false);
  await expect(saturday.getByLabel("Bis", { exact: true })).toHaveValue("12:00");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByText("Ihre Änderungen sind veröffentlicht.")).toBeVisible();
  const history = page.getByRole("region", { name: "Verlauf" });
  await expect(history.getByRole("listitem").first()).toContainText("Geändert: Öffnungszeiten");
  await expectNoAxeViolations(page);

  // Staff see the merchant's change in the entry's history.
  await staff.goto("/verwaltung/einkaufen?ansicht=eintraege");
  await staff.getByLabel("Einträge durchsuchen").fill("schroder");
  await staff.getByRole("link", { name: `Verlauf für „${SHOP.name}“` }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Verlauf des Eintrags" })).toBeVisible();
  await expect(staff.locator(".merchant-history > li").first()).toContainText("Öffnungszeiten");
  await expectNoAxeViolations(staff);
  await staff.context().close();

  // A resident on another device, not signed in, gets the new hours with the sync.
  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  await resident.goto(`/einkaufen/${SHOP.id}`);
  await expect(resident.getByRole("heading", { level: 1, name: SHOP.name })).toBeVisible({ timeout: 30_000 });
  await expect(async () => {
    await resident.reload();
    await expect(resident.getByRole("row", { name: /^Samstag/ })).toContainText("08:00 – 12:00", {
      timeout: 5_000,
    });
  }).toPass({ timeout: 60_000 });
  await residentContext.close();
});
