// The Bürgerbüro's day: a clerk sees the day's appointments, checks a resident in by scanning the
// booking number, and blocks a period for staff training, which cancels the appointment in it and
// tells the resident by mail. The blocked period is the last slot of the booking horizon, where no
// other test books.
import { expect, test } from "@playwright/test";
import {
  addDays,
  berlinDate,
  instantToBerlinLocal,
} from "../../src/features/appointments/console/berlin-day";
import { newPerson, signUp } from "./support/account";
import { book, slots } from "./support/appointments";
import { expectNoAxeViolations } from "./support/app";
import { linkFromMail } from "./support/mail";
import { staffPage } from "./support/staff";

const timeOf = (instant: string) =>
  new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", timeStyle: "short" }).format(
    new Date(instant),
  );

test("a clerk checks a resident in by the booking number and blocks a period, cancelling the appointment in it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const resident = newPerson("Rita", "Termin");
  const clerk = newPerson("Clara", "Schalter");
  const name = `${resident.givenName} ${resident.familyName}`;

  // The resident books two visits: an identity card as soon as possible, a passport as late as possible.
  const residentContext = await browser.newContext();
  const phone = await residentContext.newPage();
  await signUp(phone, resident);
  const firstStart = (await slots(phone, "personalausweis:1")).days[0]?.slots[0];
  expect(firstStart, "a free slot for an identity card").toBeDefined();
  const first = await book(phone, "personalausweis", firstStart!);
  const secondStart = (await slots(phone, "reisepass:1")).days.at(-1)?.slots.at(-1);
  expect(secondStart, "a free slot for a passport").toBeDefined();
  const second = await book(phone, "reisepass", secondStart!);
  await residentContext.close();
  const firstDay = berlinDate(first.start);
  const secondDay = berlinDate(second.start);

  // A clerk of the Bürgerbüro opens the day view: the scanner field has the focus.
  const page = await staffPage(browser, clerk, "buergerbuero");
  await page.goto("/verwaltung");
  await page
    .getByRole("navigation", { name: "Verwaltungskonsole" })
    .getByRole("link", { name: "Termine" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Termine" })).toBeVisible();
  const reference = page.getByLabel("Buchungsnummer (Pflichtfeld)", { exact: true });
  await expect(reference).toBeFocused();
  const today = berlinDate(Date.now());
  await expect(page.getByLabel("Tag", { exact: true })).toHaveValue(today);
  // Only the calendar the clerk's department runs.
  await expect(page.getByLabel("Standort", { exact: true }).locator("option")).toHaveText([
    "Bürgerbüro im Rathaus",
  ]);

  await page.getByLabel("Tag", { exact: true }).fill(firstDay);
  const firstRow = page.getByRole("row").filter({ hasText: first.reference });
  await expect(firstRow).toContainText(name);
  await expect(firstRow).toContainText(timeOf(first.start));
  await expect(firstRow).toContainText("Personalausweis beantragen");
  await expect(firstRow).toContainText("Bestätigt");
  await expectNoAxeViolations(page);

  // The scanner types the QR code's text (here in lower case) and Enter into the field.
  await reference.focus();
  await page.keyboard.type(first.reference.toLowerCase());
  await page.keyboard.press("Enter");
  if (firstDay === today) {
    await expect(
      page.getByText(`${name} ist eingecheckt: Termin um ${timeOf(first.start)} Uhr`).first(),
    ).toBeVisible();
    await expect(firstRow).toContainText("Eingecheckt um");
  } else {
    // The earliest bookable day is not today (evening, weekend): the server checks in only on the day.
    await expect(page.getByRole("alert").filter({ hasText: "nicht für heute gebucht" })).toBeVisible();
    await expect(firstRow).toContainText("Bestätigt");
  }
  await expect(reference).toBeFocused();

  // The passport's day, with the next-day button first: the list is in time order.
  await page.getByRole("button", { name: "Nächster Tag" }).click();
  await expect(page.getByLabel("Tag", { exact: true })).toHaveValue(addDays(firstDay, 1));
  await page.getByLabel("Tag", { exact: true }).fill(secondDay);
  const secondRow = page.getByRole("row").filter({ hasText: second.reference });
  await expect(secondRow).toContainText("Reisepass beantragen");
  const times = await page.getByRole("rowheader").allTextContents();
  expect(times, "rows in time order").toEqual([...times].sort());

  // Staff training during the passport appointment: blocked, with cancellation after a second look.
  await page.getByLabel("Beginn (Pflichtfeld)", { exact: true }).fill(instantToBerlinLocal(second.start));
  await page.getByLabel("Ende (Pflichtfeld)", { exact: true }).fill(instantToBerlinLocal(second.end));
  await page.getByLabel("Grund (Pflichtfeld)", { exact: true }).fill("Schulung des Teams");
  await page.getByLabel("Termine in diesem Zeitraum absagen und Betroffene benachrichtigen").check();
  await page.getByRole("button", { name: "Zeitraum sperren" }).click();
  await expect(page.getByRole("group", { name: "Termine wirklich absagen?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sperren und Termine absagen" }).click();
  await expect(
    page.getByText("1 Termin wurde abgesagt; die betroffene Person wird benachrichtigt."),
  ).toBeVisible();
  await expect(secondRow).toContainText("Abgesagt");
  const closures = page.getByRole("region", { name: "Gesperrte Zeiträume" });
  await expect(closures).toContainText("Grund: Schulung des Teams");
  await linkFromMail(resident.email, new RegExp(`abgesagt \\(${second.reference}\\)`));
  await expectNoAxeViolations(page);

  // Lifting the block opens the time again; the cancelled appointment stays cancelled.
  await closures.getByRole("button", { name: "Sperre aufheben" }).click();
  await expect(page.getByText(/ist aufgehoben/)).toBeVisible();
  await expect(closures).toContainText("An diesem Tag ist kein Zeitraum gesperrt.");
  await expect(secondRow).toContainText("Abgesagt");
  await page.context().close();
});
