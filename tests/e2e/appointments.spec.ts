// User story: a resident without an account books one visit at the Bürgerbüro for two services
// (identity cards for two people and a registration certificate) with the keyboard alone; confirms
// through the mailed link; adds it to the calendar; finds it offline with its QR code and checklist;
// and cancels it once back online.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import ICAL from "ical.js";
import { newPerson } from "./support/account";
import { chooseLanguage, expectNoAxeViolations, waitForGuideData, waitForServiceWorker } from "./support/app";
import { linkFromMail } from "./support/mail";

/** Presses Tab until the focused element matches `selector`, as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      name: element?.getAttribute("aria-label") ?? element?.textContent ?? "",
      value: element instanceof HTMLInputElement ? element.value : "",
      checked: element instanceof HTMLInputElement && element.checked,
    };
  });

test("a resident books two services without an account, confirms by mail, and cancels", async ({
  page,
  context,
}) => {
  // Two proofs of work and axe on every step: minutes on a loaded two-core machine.
  test.setTimeout(300_000);
  const person = newPerson("Mia", "Termin");
  await page.goto("/");
  await waitForServiceWorker(page);
  await waitForGuideData(page);

  // Keyboard only from here to the booking. From the service's page, with that service chosen at its office.
  await page.goto("/dienstleistungen/personalausweis");
  await tabTo(page, 'a[href="/termine?dienst=personalausweis"]');
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: "Wofür brauchen Sie einen Termin?" }),
  ).toBeVisible();
  await expect(page.getByRole("radio", { name: "Bürgerbüro" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Personalausweis beantragen", exact: true })).toBeChecked();
  await tabTo(page, "#persons-personalausweis");
  // A closed select takes the typed first letters of an option, as it does for every keyboard user.
  await page.keyboard.type("2");
  await expect(
    page.getByLabel("Für wie viele Personen? (Personalausweis beantragen)", { exact: true }),
  ).toHaveValue("2");
  await tabTo(page, "#service-meldebescheinigung");
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: "Meldebescheinigung", exact: true })).toBeChecked();
  await expect(page.getByText("Dauer insgesamt: etwa 45 Minuten")).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, "form button[type=submit]");
  await page.keyboard.press("Enter");

  // Day and time with the keyboard alone, starting where focus lands: the step's heading.
  const timeHeading = page.getByRole("heading", { level: 1, name: "Wann möchten Sie kommen?" });
  await expect(timeHeading).toBeFocused();
  await expect(page.locator(".month-grid .day-open").first()).toBeVisible({ timeout: 20_000 });
  await expectNoAxeViolations(page);
  await tabTo(page, "button[aria-pressed]:not(.day-open)");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Als Liste anzeigen" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByRole("radio").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Enter");
  await expect(page.locator(".month-grid")).toBeVisible();

  await tabTo(page, ".day-open");
  const day = await focused(page);
  expect(day.name).toMatch(/^[^,]+, \d+\. \S+ \d{4}: \d+ freie Zeiten?$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 3, name: /^Freie Zeiten am/ })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  const slot = await focused(page);
  expect(slot.checked).toBe(true);
  expect(slot.name).toMatch(/^[^,]+, \d+\. \S+ \d{4}, \d\d:\d\d Uhr$/);
  expect(slot.name.startsWith(day.name.split(":")[0] ?? "-")).toBe(true);
  const start = slot.value;
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Ihre Angaben" })).toBeFocused();
  await tabTo(page, "#contact-name");
  await page.keyboard.type(`${person.givenName} ${person.familyName}`);
  await tabTo(page, "#contact-email");
  await page.keyboard.type(person.email);
  await expect(page.getByRole("heading", { name: "Was Sie mitbringen müssen" })).toBeVisible();
  await expect(page.getByText("Sicherheitsprüfung abgeschlossen.")).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  await tabTo(page, "form button[type=submit]");
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Prüfen Sie Ihre Angaben" })).toBeVisible();
  await expect(page.getByText("Personalausweis beantragen (2 Personen)")).toBeVisible();
  await expect(page.getByText(/Meldebescheinigung.* \(1 Person\)/)).toBeVisible();
  await expect(page.getByText(slot.name)).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, "main button.button:not([type=submit])");
  await expect(page.getByRole("button", { name: "Termin verbindlich buchen" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(
    page.getByRole("heading", { level: 1, name: "Bitte bestätigen Sie Ihren Termin per E-Mail" }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/innerhalb von 15 Minuten/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The mail's link confirms; the secret leaves the address bar at once.
  await page.goto(await linkFromMail(person.email, /Bitte bestätigen Sie Ihren Termin/));
  await expect(page.getByText("Ihr Termin ist bestätigt.").first()).toBeVisible();
  expect(new URL(page.url()).hash).toBe("");
  const reference = (await page.locator(".reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^T-[2-9A-HJ-KM-NP-Z]{4}-[2-9A-HJ-KM-NP-Z]{4}$/);
  await expect(page.getByRole("img", { name: `QR-Code mit Ihrer Terminnummer ${reference}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // "Zum Kalender hinzufügen": read back with a real iCalendar parser.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Zum Kalender hinzufügen" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`termin-${reference}.ics`);
  const calendar = new ICAL.Component(ICAL.parse(await readFile(await file.path(), "utf8")));
  const dtstart = calendar.getFirstSubcomponent("vevent")?.getFirstPropertyValue("dtstart");
  if (!(dtstart instanceof ICAL.Time)) throw new Error("no DTSTART in the calendar file");
  expect(dtstart.toJSDate().toISOString()).toBe(new Date(start).toISOString());

  // Offline: the appointment, its QR code and the checklist come from the device.
  await context.setOffline(true);
  await page.goto("/termine/meine");
  await expect(page.getByRole("heading", { level: 1, name: "Meine Termine" })).toBeVisible();
  const entry = page.getByRole("listitem").filter({ hasText: reference });
  await expect(entry).toBeVisible();
  await expectNoAxeViolations(page);
  await entry.getByRole("link").click();
  await expect(page.getByRole("img", { name: `QR-Code mit Ihrer Terminnummer ${reference}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Was Sie mitbringen müssen" })).toBeVisible();
  // The items come from the guide on the device, a moment after the heading: wait for them.
  await expect.poll(() => page.locator(".checklist li").count()).toBeGreaterThan(1);
  await expectNoAxeViolations(page);

  // Online again: cancel, after the "really?" question.
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await page.getByRole("button", { name: "Termin absagen" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Ja, Termin absagen" }).click();
  await expect(page.getByText("Ihr Termin ist abgesagt.")).toBeVisible();
  await expect(page.getByText("Dieser Termin ist abgesagt.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/termine/meine");
  const past = page.getByRole("listitem").filter({ hasText: reference });
  await expect(page.getByRole("heading", { name: "Frühere und abgesagte Termine" })).toBeVisible();
  await expect(past).toContainText("abgesagt");

  // Forgotten on this device when the resident wants it gone.
  await past.getByRole("link").click();
  await page.getByRole("button", { name: "Von diesem Gerät entfernen" }).click();
  await page.getByRole("button", { name: "Ja, vom Gerät entfernen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meine Termine" })).toBeVisible();
  await expect(page.getByText(reference)).toHaveCount(0);
});

test("the booking's first step in English, the slot picker at 320 px, and a broken link", async ({
  page,
}) => {
  await waitForGuideData(page);
  await chooseLanguage(page, "English");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/termine?dienst=reisepass");
  await expect(
    page.getByRole("heading", { level: 1, name: "What do you need an appointment for?" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".month-grid .day-open").first()).toBeVisible({ timeout: 20_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  await page.goto("/termine/verwalten#kaputt");
  await expect(page.getByText("This link does not work")).toBeVisible();
  await expectNoAxeViolations(page);
});
