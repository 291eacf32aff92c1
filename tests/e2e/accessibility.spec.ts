// Barrier-free from the first line (WCAG 2.1 AA / BITV): every route passes axe, works with the
// keyboard alone, and reflows at 320 CSS pixels (= 400 % zoom) without horizontal scrolling.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, waitForGuideData } from "./support/app";

const ROUTES = [
  "/",
  "/dienstleistungen",
  "/dienstleistungen?q=ausweis",
  "/dienstleistungen/personalausweis",
  "/lebenslagen/umzug",
  "/standorte/buergerbuero",
  "/warnungen",
  "/warnungen/benachrichtigungen",
  "/warnungen/gibt-es-nicht",
  "/karte",
  "/karte/liste",
  "/karte/liste?ebene=offices&q=rathaus",
  "/karte/vacant-lots/bl-wollepark-145-3",
  "/karte/broadband/glasfaser-brendel",
  "/karte/vacant-lots/gibt-es-nicht",
  "/wirtschaft",
  "/wirtschaft/digital",
  "/wirtschaft/foerderung",
  "/wirtschaft/beratung",
  "/einkaufen",
  "/einkaufen?q=baeckerei&offen=1",
  "/einkaufen/termine",
  "/einkaufen/baeckerei-mueller",
  "/einkaufen/baeckerei-mueller/beanspruchen",
  "/einkaufen/haendler",
  "/einkaufen/haendler/neu",
  "/einkaufen/haendler/baeckerei-mueller",
  "/konto",
  "/konto/registrieren",
  "/konto/passwort-vergessen",
  "/konto/passwort-neu?token=abcdefghijklmnopqrstuvwxyz",
  "/konto/datenschutz",
  "/konto/postfach",
  "/termine",
  "/termine?dienst=personalausweis",
  "/termine/meine",
  "/termine/verwalten",
  "/antraege",
  "/antraege/entwurf/gibt-es-nicht/pruefen",
  "/antraege/00000000-0000-4000-8000-000000000000",
  "/verwaltung",
  "/verwaltung/termine",
  "/verwaltung/antraege",
  "/verwaltung/karte",
  "/verwaltung/karte/vacant-lots",
  "/verwaltung/karte/vacant-lots/neu",
  "/verwaltung/karte/vacant-lots/bearbeiten/bl-wollepark-145-3",
  "/verwaltung/einkaufen",
  "/verwaltung/einrichten?token=abcdefghijklmnopqrstuvwxyz",
  "/mehr",
  "/gibt-es-nicht",
];

test.describe("every route", () => {
  for (const route of ROUTES) {
    test(`${route} passes axe and reflows at 320 px`, async ({ page }) => {
      await waitForGuideData(page);
      await page.goto(route);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText("Wird geladen …")).toHaveCount(0);
      await expectNoAxeViolations(page);

      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test("the English version passes axe too", async ({ page }) => {
    await waitForGuideData(page);
    await page.getByLabel("Sprache").selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/dienstleistungen/personalausweis");
    await expect(page.getByRole("heading", { name: "What to bring" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test("keyboard: skip link, navigation, and focus on the new page's heading", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  const servicesLink = page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Dienste" });
  await servicesLink.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Dienstleistungen von A bis Z" })).toBeFocused();
});

test("the language choice switches texts, sets <html lang> and survives a reload", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByLabel("Sprache").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to the Delmenhorst App" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to the Delmenhorst App" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
