// The form kit (src/ui: fields, choices, error summary) as a keyboard or screen reader user meets it
// on the pages that use it: the summary takes focus, each error leads to its field, the field says
// what is wrong, and every kind of field passes axe (WCAG 2.1 AA).
import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, newPerson, signInAsAdmin, signUp } from "./support/account";
import { expectNoAxeViolations } from "./support/app";
import { staffPage } from "./support/staff";

const SUMMARY_TITLE = "Bitte prüfen Sie Ihre Angaben";

test("a form sent with errors moves to the summary, and each error leads to its field", async ({ page }) => {
  await page.goto("/konto/registrieren");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Konto erstellen" }).click();

  const summary = page.getByRole("alert").filter({ hasText: SUMMARY_TITLE });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("heading", { name: SUMMARY_TITLE })).toBeVisible();
  // The box around the announced list takes focus (GOV.UK), so Tab continues to its links.
  await expect(page.locator(".error-summary")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link").first()).toBeFocused();

  const givenName = page.getByLabel("Vorname");
  const firstError = summary.getByRole("link").first();
  const message = (await firstError.textContent()) ?? "";
  await firstError.click();
  await expect(givenName).toBeFocused();
  await expect(givenName).toHaveAttribute("aria-invalid", "true");
  await expect(givenName).toHaveAccessibleDescription(
    new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
  );
  await expect(page.getByLabel("Geburtsdatum")).toHaveAttribute("type", "date");
  await expectNoAxeViolations(page);
});

test("selects, text areas, radios, checkboxes, dates and files pass axe, also with errors", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUp(page, newPerson("Frida", "Formular"));

  // A file field: the document upload.
  await page.goto("/konto/dokumente");
  await expect(page.getByLabel("Datei auswählen")).toHaveAttribute("type", "file");
  await page.getByRole("button", { name: "Hochladen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: SUMMARY_TITLE })).toBeVisible();
  await expectNoAxeViolations(page);

  // Every other kind of field: a new shop's entry, with an offer (two dates, a text area).
  await page.goto("/einkaufen/haendler/neu");
  await expect(page.getByRole("heading", { level: 1, name: "Neues Geschäft eintragen" })).toBeVisible();
  await page.getByRole("button", { name: "Angebot oder Veranstaltung hinzufügen" }).click();
  await page.getByRole("button", { name: "Eintrag zur Prüfung senden" }).click();
  const summary = page.getByRole("alert").filter({ hasText: SUMMARY_TITLE });
  await expect(summary).toContainText("Bitte geben Sie den Namen an");
  await summary.getByRole("link", { name: /Bitte geben Sie den Namen an/ }).click();
  await expect(page.getByRole("textbox", { name: /^Name des Geschäfts/ })).toBeFocused();
  await expect(page.getByRole("group", { name: "Zahlungsarten" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the staff console's forms use the same summary: its links lead to text fields and selects", async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.goto("/verwaltung/mitarbeitende");
  await expect(page.getByRole("heading", { level: 1, name: "Mitarbeitende" })).toBeVisible();
  // Role "staff" without a department: the select's own rule, beside the schema's text fields.
  await page.getByRole("button", { name: "Konto anlegen und einladen" }).click();
  const summary = page.getByRole("alert").filter({ hasText: SUMMARY_TITLE });
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(summary).toContainText("Bitte geben Sie den Vornamen ein.");

  await summary.getByRole("link", { name: "Bitte geben Sie eine gültige E-Mail-Adresse ein." }).click();
  const email = page.getByLabel("E-Mail-Adresse");
  await expect(email).toBeFocused();
  await expect(email).toHaveAccessibleDescription(/Bitte geben Sie eine gültige E-Mail-Adresse ein/);

  await summary.getByRole("link", { name: /Bitte wählen Sie einen Fachbereich/ }).click();
  const department = page.getByLabel("Fachbereich");
  await expect(department).toBeFocused();
  await expect(department).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  // The server's answer, not a field's rule: said in the summary without a link.
  await email.fill(ADMIN_EMAIL);
  await page.getByLabel("Vorname").fill("Doppelt");
  await page.getByLabel("Familienname").fill("Angelegt");
  await department.selectOption("bauamt");
  await page.getByRole("button", { name: "Konto anlegen und einladen" }).click();
  await expect(summary).toContainText("Mit dieser E-Mail-Adresse gibt es bereits ein Konto.");
  await expect(summary.getByRole("link")).toHaveCount(0);
});

test("an application marks its optional fields and says its rules' messages at each field", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUp(page, newPerson("Olga", "Optional"));
  await page.goto("/antraege");
  await page.getByRole("link", { name: "Antrag starten Allgemeines Anliegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ihr Anliegen" })).toBeVisible();
  // Most fields are required: the optional one says so, the others carry no mark.
  await expect(page.getByLabel("Ort (freiwillig)", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Betreff", { exact: true })).toHaveAttribute("aria-required", "true");
  await expect(page.getByLabel("Ort (freiwillig)", { exact: true })).not.toHaveAttribute("aria-required");

  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  const summary = page.getByRole("alert").filter({ hasText: SUMMARY_TITLE });
  await expect(page.locator(".error-summary")).toBeFocused();
  const subject = page.getByLabel("Betreff", { exact: true });
  await expect(subject).toHaveAttribute("aria-invalid", "true");
  await expect(subject).toHaveAccessibleDescription(/Betreff/);
  // The radios' error leads to their group, whose legend asks the question.
  const topic = page.getByRole("group", { name: /Worum geht es/ });
  await summary.getByRole("link").first().click();
  await expect(topic).toBeFocused();
  await expect(page.getByRole("radio").first()).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  // The attachments: an optional slot says so in its heading; its file input points to the rules.
  await page.getByRole("radio").first().check();
  await subject.fill("Laterne defekt");
  await page.getByLabel("Ihre Nachricht").fill("Die Laterne vor Hausnummer 3 ist aus.");
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Fotos oder Dokumente (freiwillig)" }),
  ).toBeVisible();
  await expect(page.getByLabel("Datei für „Fotos oder Dokumente“ auswählen")).toHaveAccessibleDescription(
    /höchstens/i,
  );
  await expectNoAxeViolations(page);
});

test("where a scanner types into the field, the summary is announced and the focus stays", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await staffPage(browser, newPerson("Sina", "Scanner"), "buergerbuero");
  await page.goto("/verwaltung/termine");
  const reference = page.getByLabel("Buchungsnummer (Pflichtfeld)", { exact: true });
  await expect(reference).toBeFocused();
  await page.keyboard.type("kein-code");
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: SUMMARY_TITLE });
  await expect(summary).toBeVisible();
  await expect(reference).toBeFocused();
  await expect(reference).toHaveAttribute("aria-invalid", "true");
  await expect(summary.getByRole("link")).toHaveCount(1);
  await expectNoAxeViolations(page);
});
