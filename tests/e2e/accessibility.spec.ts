// Barrier-free from the first line (WCAG 2.1 AA / BITV): every route passes axe, works with the
// keyboard alone, and reflows at 320 CSS pixels (= 400 % zoom) without horizontal scrolling.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { axeViolations, chooseLanguage, expectNoAxeViolations, waitForGuideData } from "./support/app";
import {
  expectReflow,
  measureHorizontalOverflow,
  PHONE_WIDTH,
  REFLOW_WIDTH,
  reflowProblems,
  setTextSize,
  skipLinkVisibleWithoutFocus,
} from "./support/reflow";

const LOCALES = join(import.meta.dirname, "../../src/locales");

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
  "/chat",
  "/abfall",
  "/rat",
  "/rat?ansicht=kalender",
  // The sample council meeting of the seed (its id is its OParl URL hashed).
  "/rat/sitzung/ZaGovSS6hDD_UOalrGIPkL",
  // Citizens' information events and the sample Bebauungsplan evening (with its stream's player).
  "/rat/veranstaltungen",
  "/rat/veranstaltungen/sample-bplan-wollepark",
  // "Meine Ratsthemen": what this device follows in the council.
  "/rat/themen",
  "/melden",
  "/meldungen",
  "/meldungen/folgen",
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
  "/verwaltung/maengel",
  "/verwaltung/chat",
  "/verwaltung/einrichten?token=abcdefghijklmnopqrstuvwxyz",
  "/mehr",
  "/einstellungen/darstellung",
  "/barrierefreiheit",
  "/verwaltung/barrierefreiheit",
  "/verwaltung/inhalte/aemter",
  "/verwaltung/inhalte/lebenslagen",
  "/gibt-es-nicht",
];

// One page walks a share of the routes and checks each route three ways after one load: axe on the
// phone, reflow at 320 px, and the browser's text at 200 % (a fresh context and guide sync per route
// cost about 15 s each, a load about 2 s; four shares keep both workers busy).
const SHARES = 4;

test.describe("every route", () => {
  test.describe.configure({ timeout: 240_000 });

  for (let share = 0; share < SHARES; share += 1) {
    const routes = ROUTES.filter((_, index) => index % SHARES === share);
    test(`routes ${share + 1}/${SHARES} pass axe, reflow at 320 px and work at 200 % text (${routes.join(" ")})`, async ({
      page,
    }) => {
      await waitForGuideData(page);
      const phone = page.viewportSize();
      if (!phone) throw new Error("the phone project sets a viewport");
      const problems: string[] = [];
      for (const route of routes) {
        await page.setViewportSize(phone);
        await openRoute(page, route);
        problems.push(...(await axeViolations(page)).map((problem) => `${route}: ${problem}`));

        await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
        problems.push(
          ...(await settledReflowProblems(page)).map((problem) => `${route} at 320 px: ${problem}`),
        );

        // Chromium measures the em of media queries with the text size the page was loaded with, so the
        // page opens again, as it would for someone whose browser is set to large text (a new load, not
        // a reload: that would restore the zoom the narrower viewport left).
        await setTextSize(page, "double");
        await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
        await openRoute(page, route);
        // The setting applies, and the app's rem sizes follow it.
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("32px");
        problems.push(
          ...(await settledReflowProblems(page)).map((problem) => `${route} at 200 % text: ${problem}`),
        );
        await setTextSize(page, "default");
      }
      expect(problems).toEqual([]);
    });
  }

  // Right to left and Leichte Sprache change every page's text and layout: each walks all routes too,
  // with axe and at 320 px (two shares each).
  for (const { code, label } of [
    { code: "ar", label: "Arabic" },
    { code: "de-x-ls", label: "Leichte Sprache" },
  ]) {
    for (let share = 0; share < 2; share += 1) {
      const routes = ROUTES.filter((_, index) => index % 2 === share);
      test(`routes ${share + 1}/2 in ${label} pass axe and reflow at 320 px`, async ({ page }) => {
        await page.addInitScript((language) => localStorage.setItem("delmenhorst.language", language), code);
        await waitForGuideData(page);
        const phone = page.viewportSize();
        if (!phone) throw new Error("the phone project sets a viewport");
        const problems: string[] = [];
        for (const route of routes) {
          await page.setViewportSize(phone);
          await openRoute(page, route, loadingText(code));
          await expect(page.locator("html")).toHaveAttribute("lang", code);
          problems.push(...(await axeViolations(page)).map((problem) => `${route}: ${problem}`));
          await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
          problems.push(
            ...(await settledReflowProblems(page)).map((problem) => `${route} at 320 px: ${problem}`),
          );
        }
        expect(problems).toEqual([]);
      });
    }
  }

  test("the English version passes axe too", async ({ page }) => {
    await waitForGuideData(page);
    await chooseLanguage(page, "English");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/dienstleistungen/personalausweis");
    await expect(page.getByRole("heading", { name: "What to bring" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

/** Opens a route and waits until its content, not the loading text, is on screen. */
async function openRoute(page: Page, route: string, loading = loadingText("de")): Promise<void> {
  await page.goto(route);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(loading)).toHaveCount(0);
}

/** "Wird geladen …" in a language, from its locale file. */
function loadingText(code: string): string {
  const texts = JSON.parse(readFileSync(join(LOCALES, `${code}.json`), "utf8")) as {
    common: { loading: string };
  };
  return texts.common.loading;
}

/**
 * Reflow problems once the page has answered a new viewport or text size: media query listeners
 * (public/display-settings.js) and resize observers run a few frames later. A real problem stays and
 * is reported after two seconds.
 */
async function settledReflowProblems(page: Page): Promise<string[]> {
  const until = Date.now() + 2_000;
  for (;;) {
    const problems = await reflowProblems(page);
    if (problems.length === 0 || Date.now() > until) return problems;
    await page.waitForTimeout(100);
  }
}

test.describe("the checks", () => {
  test("the checks report what they guard against: content wider than the screen, a visible skip link, an axe violation", async ({
    page,
  }) => {
    await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
    await openRoute(page, "/");
    await expectReflow(page);

    await page.evaluate(() => {
      const wide = document.createElement("div");
      wide.id = "too-wide";
      wide.style.width = "500px";
      const word = document.createElement("p");
      word.id = "too-long-word";
      word.style.overflowWrap = "normal";
      word.textContent = "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung";
      document.querySelector("main")?.append(wide, word);
    });
    const { offenders } = await measureHorizontalOverflow(page);
    // The fixed navigation stretches over the widened layout viewport and is named too.
    expect(offenders).toEqual(
      expect.arrayContaining([
        expect.stringContaining("div#too-wide"),
        expect.stringContaining("p#too-long-word"),
      ]),
    );
    await expect(expectReflow(page)).rejects.toThrow(/too-wide/);

    expect(await skipLinkVisibleWithoutFocus(page)).toBe(false);
    // A skip link left on screen, as the old fixed offset let it peek out at 200 % text.
    await page.evaluate(() => {
      const skip = document.querySelector<HTMLElement>(".skip-link");
      skip?.style.setProperty("top", "0.5rem");
      skip?.style.setProperty("transform", "none");
    });
    expect(await skipLinkVisibleWithoutFocus(page)).toBe(true);

    // The route walk's axe check names a violation (an image without a text alternative).
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.src = "/icons/icon-192.png";
      document.querySelector("main")?.append(image);
    });
    expect(await axeViolations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
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
  await chooseLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to the Delmenhorst App" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to the Delmenhorst App" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
