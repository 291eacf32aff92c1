// Honest translations (issue 20): a resident reading the app in English proposes a better wording
// from the page the text is on; an admin finds the proposal, looks the text up beside German, marks
// it and then the whole language reviewed; the resident's app then says the city reviewed English.
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./support/account";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";

test("a proposal from the footer reaches the admins, who mark the language reviewed for everyone", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("language-set")) {
      localStorage.setItem("delmenhorst.language", "en");
      sessionStorage.setItem("language-set", "1");
    }
  });
  await page.goto("/termine");
  await waitForServiceWorker(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "Improve the translation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Improve the translation" })).toBeVisible();
  await expect(page.getByText("English: machine-translated, not yet reviewed by the city.")).toBeVisible();
  await expect(page.getByLabel(/^Page/)).toHaveValue("/termine");
  await page.getByRole("button", { name: "Send proposal" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await page
    .getByRole("alert")
    .getByRole("link", { name: /Say which text you mean/ })
    .click();
  await expect(page.getByLabel(/^Which text\?/)).toBeFocused();
  const proposal = `Book a visit (${Date.now().toString(36)})`;
  await page.getByLabel(/^Which text\?/).fill("Appointments");
  await page.getByLabel(/^Your proposal/).fill(proposal);
  await page.getByRole("button", { name: "Send proposal" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Thank you, your proposal has arrived" }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expectNoAxeViolations(page);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAsAdmin(admin);
  await admin.goto("/verwaltung");
  await admin
    .getByRole("navigation", { name: "Verwaltungskonsole" })
    .getByRole("link", { name: "Übersetzungen" })
    .click();
  await expect(admin.getByRole("heading", { level: 1, name: "Übersetzungen" })).toBeVisible();
  const card = admin.getByRole("listitem").filter({ hasText: proposal });
  await expect(card).toContainText("/termine");
  await card.getByRole("button", { name: "Text in der Prüfung suchen" }).click();
  await expect(admin.getByLabel(/^Texte suchen/)).toHaveValue("Appointments");
  // Many texts say "Appointments": the key narrows it down to the one on the page.
  await admin.getByLabel(/^Texte suchen/).fill("more.appointments.title");
  const row = admin
    .getByRole("listitem")
    .filter({ has: admin.locator("code", { hasText: /^more\.appointments\.title$/ }) });
  await expect(row).toContainText("Termine");
  await row.getByLabel("Geprüft").check();
  await expect(admin.getByText("1 Text einzeln geprüft.")).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole("button", { name: "Ganze Sprache als geprüft markieren" }).click();
  await expect(admin.getByText(/Die ganze Sprache ist geprüft/)).toBeVisible();
  await card.getByRole("button", { name: "Als erledigt markieren" }).click();
  await expect(admin.getByText(/ist erledigt/)).toBeVisible();
  await adminContext.close();

  // The resident's app learns it on its next start.
  await page.goto("/");
  await page.waitForFunction(() => localStorage.getItem("delmenhorst.reviewed-languages")?.includes("en"));
  await page.goto("/uebersetzung-verbessern");
  await expect(page.getByText("English: reviewed by the city.")).toBeVisible();
});
