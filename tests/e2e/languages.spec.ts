// User stories of issue 20's languages: a visitor whose browser prefers Arabic or Turkish is offered the
// app in that language (never switched by itself); the picker names every language in its own script
// with its translation status; Arabic pages run right to left without sideways scrolling at 320 px; a
// whole appointment booking in Arabic, its mail in Arabic; a service without an Arabic text shows the German
// one marked lang="de" with a note in Arabic; the staff console stays German.
// The Arabic tests need src/locales/**/ar.json, the Turkish one src/locales/**/tr.json (each language's
// files land on their own): without them the language is not offered and the tests say so.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { LANGUAGE_TEXTS } from "../../src/lib/contract/language-texts";
import { newPerson } from "./support/account";
import { expectNoAxeViolations, waitForGuideData } from "./support/app";
import { linkFromMail } from "./support/mail";
import { REFLOW_WIDTH } from "./support/reflow";

const LOCALES = join(import.meta.dirname, "../../src/locales");
const hasLanguage = (code: string) => existsSync(join(LOCALES, `${code}.json`));

type Tree = { [key: string]: string | Tree };
/** A text of the build's language files, so the test follows the translators' wording. */
function text(code: string, part: string | null, key: string): string {
  const file = part === null ? join(LOCALES, `${code}.json`) : join(LOCALES, part, `${code}.json`);
  const tree = JSON.parse(readFileSync(file, "utf8")) as Tree;
  const value = key
    .split(".")
    .reduce<string | Tree | undefined>((node, k) => (typeof node === "object" ? node[k] : undefined), tree);
  if (typeof value !== "string") throw new Error(`no text ${key} in ${file}`);
  return value;
}

/** Chooses the language on this device before the app starts (as the picker would have). */
async function useLanguage(page: Page, code: string): Promise<void> {
  await page.addInitScript((chosen) => localStorage.setItem("delmenhorst.language", chosen), code);
}

/**
 * Sideways overflow in either direction: in a right-to-left page content escapes to the left, which a
 * check of right edges alone cannot see. Lists the outermost offenders.
 */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        const overflow = getComputedStyle(node).overflowX;
        if (overflow !== "visible") return true;
      }
      return false;
    };
    const out = Array.from(document.body.querySelectorAll("*")).filter((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(el).visibility === "hidden") return false;
      return (box.left < -1 || box.right > width + 1) && !clipped(el);
    });
    const outer = out.filter((el) => !out.includes(el.parentElement as Element));
    const scroll =
      document.documentElement.scrollWidth > width
        ? [`scrollWidth ${document.documentElement.scrollWidth} > ${width}`]
        : [];
    return [
      ...scroll,
      ...outer.map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} (${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)})`,
      ),
    ];
  });
}

/** The width of a PNG (its IHDR chunk), to compare a full-page screenshot with the screen. */
const pngWidth = (png: Buffer) => png.readUInt32BE(16);

test.describe("a browser preferring Arabic", () => {
  test.use({ locale: "ar-SY" });
  test.skip(!hasLanguage("ar"), "needs src/locales/**/ar.json");

  test("is offered Arabic in Arabic, takes it with one tap, and is not asked again", async ({ page }) => {
    const offer = LANGUAGE_TEXTS.ar.offer;
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    const banner = page.locator(".language-offer");
    await expect(banner).toHaveAttribute("lang", "ar");
    await expect(banner).toHaveAttribute("dir", "rtl");
    await expect(banner.getByText(offer.question)).toBeVisible();
    await expectNoAxeViolations(page);
    await banner.getByRole("button", { name: offer.accept }).click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(banner).toHaveCount(0);
    await expect(
      page.getByRole("heading", { level: 1, name: text("ar", null, "start.title") }),
    ).toBeVisible();
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".language-offer")).toHaveCount(0);
  });
});

test.describe("a browser preferring Turkish", () => {
  test.use({ locale: "tr-TR" });
  test.skip(!hasLanguage("tr"), "needs src/locales/**/tr.json");

  test("is offered Turkish, says no thanks, and keeps German without being asked again", async ({ page }) => {
    const offer = LANGUAGE_TEXTS.tr.offer;
    await page.goto("/");
    const banner = page.locator(".language-offer");
    await expect(banner).toHaveAttribute("lang", "tr");
    await banner.getByRole("button", { name: offer.decline }).click();
    await expect(banner).toHaveCount(0);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".language-offer")).toHaveCount(0);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  });
});

test.describe("Arabic", () => {
  test.skip(!hasLanguage("ar"), "needs src/locales/**/ar.json");

  test("is chosen in the picker with the keyboard, which shows each language's status in that language", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
    await page.goto("/");
    // No offer to a German browser (the suite's locale).
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".language-offer")).toHaveCount(0);
    const toggle = page.locator(".language-toggle");
    await expect(toggle).toHaveAccessibleName("Sprache: Deutsch");
    await toggle.focus();
    await page.keyboard.press("ArrowDown");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    const list = page.locator("#language-list");
    await expect(list.locator("button[aria-current=true]")).toBeFocused();
    const arabic = list.locator('button[lang="ar"]');
    await expect(arabic).toHaveAttribute("dir", "rtl");
    await expect(arabic).toContainText("العربية");
    await expect(arabic).toContainText(LANGUAGE_TEXTS.ar.status.machine);
    await expect(list.locator('button[lang="de"]')).toContainText(LANGUAGE_TEXTS.de.status.reviewed);
    // The open list fits the 320 px screen, and still does with the text at 200 %.
    expect(await sidewaysOverflow(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    const fits = () =>
      list.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const cut = [...el.querySelectorAll("button")].filter((b) => b.scrollWidth > b.clientWidth + 1);
        return box.left >= 0 && box.right <= document.documentElement.clientWidth && cut.length === 0;
      });
    expect(await fits()).toBe(true);
    await page.evaluate(() => (document.documentElement.style.fontSize = ""));
    await page.keyboard.press("Escape");
    await expect(list).toHaveCount(0);
    await expect(toggle).toBeFocused();

    await page.keyboard.press("Enter");
    for (let i = 0; i < 10 && !(await arabic.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(toggle).toBeFocused();
    await expect(toggle).toContainText("العربية");

    // The staff console stays German, marked as such inside the Arabic page.
    await page.goto("/verwaltung");
    const console = page.locator('[lang="de"][dir="ltr"]');
    await expect(console.getByRole("heading", { level: 1 })).toHaveText(
      text("de", "staff", "staff.access.signInTitle"),
    );
    await expectNoAxeViolations(page);
  });

  test("start, a service and the booking run right to left at 320 px without sideways scrolling", async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await useLanguage(page, "ar");
    await waitForGuideData(page);
    await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
    for (const [name, path] of [
      ["start", "/"],
      ["service", "/dienstleistungen/personalausweis"],
      ["booking", "/termine?dienst=personalausweis"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator(".loading")).toHaveCount(0);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      if (name === "service") {
        // The sample guide has its Arabic text (the German-with-note case: Untranslated.test.tsx and
        // warnings-languages.spec.ts): shown as the page's own language, without the note.
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(/[\u0600-\u06ff]/);
        await expect(page.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang", "de");
        await expect(page.locator(".lead")).not.toHaveAttribute("lang", "de");
        await expect(page.getByText(text("ar", null, "common.untranslated"))).toHaveCount(0);
      }
      expect(await sidewaysOverflow(page), path).toEqual([]);
      // The full page as a picture is exactly as wide as the screen: any overflow would widen it.
      const png = await page.screenshot({ fullPage: true, scale: "css" });
      await testInfo.attach(`${name}-ar-320.png`, { body: png, contentType: "image/png" });
      expect(pngWidth(png), `${path} screenshot width`).toBe(REFLOW_WIDTH);
      await expectNoAxeViolations(page);
    }
  });

  test("a whole appointment booking in Arabic, confirmed by mail", async ({ page }) => {
    test.setTimeout(180_000);
    const person = newPerson("Amal", "Termin");
    const ar = (key: string) => text("ar", "appointments", key);
    await useLanguage(page, "ar");
    await waitForGuideData(page);

    await page.goto("/termine?dienst=personalausweis");
    await expect(
      page.getByRole("heading", { level: 1, name: ar("appointments.services.title") }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("#service-personalausweis")).toBeChecked();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: ar("appointments.wizard.continue") }).click();

    await expect(page.getByRole("heading", { level: 1, name: ar("appointments.time.title") })).toBeVisible();
    await expect(page.locator(".month-grid .day-open").first()).toBeVisible({ timeout: 20_000 });
    await expectNoAxeViolations(page);
    await page.locator(".month-grid .day-open").first().click();
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: ar("appointments.wizard.continue") }).click();

    await expect(
      page.getByRole("heading", { level: 1, name: ar("appointments.details.title") }),
    ).toBeVisible();
    await page.locator("#contact-name").fill(`${person.givenName} ${person.familyName}`);
    await page.locator("#contact-email").fill(person.email);
    await expect(page.getByText(ar("appointments.proofOfWork.done"))).toBeVisible({ timeout: 30_000 });
    await expectNoAxeViolations(page);
    await page.locator("form button[type=submit]").click();

    await expect(
      page.getByRole("heading", { level: 1, name: ar("appointments.review.title") }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: ar("appointments.review.submit") }).click();
    await expect(page.getByRole("heading", { level: 1, name: ar("appointments.sent.title") })).toBeVisible({
      timeout: 20_000,
    });
    await expectNoAxeViolations(page);

    // The mail comes in Arabic too (server/texts/ar.ts); its link opens the appointment in Arabic.
    await page.goto(await linkFromMail(person.email, /^يرجى تأكيد موعدكم \(/));
    await expect(page.getByText(ar("appointments.view.statusText.confirmed")).first()).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    expect(await sidewaysOverflow(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });
});
