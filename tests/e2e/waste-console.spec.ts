// User story of the waste calendar's console: a member of the Abfallwirtschaft creates a district,
// imports its ICS file, adds a street for it (a wrong street list is refused with its lines named),
// and a resident of that street sees the new days on /abfall. axe on the console page.
import { expect, test } from "@playwright/test";
import { newPerson } from "./support/account";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { expectReflow, REFLOW_WIDTH } from "./support/reflow";
import { staffPage } from "./support/staff";

/** The Berlin day `days` from now, as YYYY-MM-DD. */
const berlinDay = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(
    new Date(Date.now() + days * 86_400_000),
  );

const calendar = (date: string) =>
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Delmenhorst App e2e//DE",
    "BEGIN:VEVENT",
    "UID:e2e-rest@delmenhorst.test",
    "DTSTAMP:20260101T000000Z",
    `DTSTART;VALUE=DATE:${date.replaceAll("-", "")}`,
    "SUMMARY:Restmüll",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:e2e-papier@delmenhorst.test",
    "DTSTAMP:20260101T000000Z",
    `DTSTART;VALUE=DATE:${date.replaceAll("-", "")}`,
    "SUMMARY:Papier",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");

const PARITY_WORDS = { all: "alle", odd: "ungerade", even: "gerade" } as const;
type Street = {
  name: string;
  ranges: { from: number | null; to: number | null; parity: keyof typeof PARITY_WORDS; districtId: string }[];
};

test("the Abfallwirtschaft imports a district's calendar and its street, and residents see the days", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36);
  const id = `e2e-${tag}`;
  const name = `E2E-Bezirk ${tag}`;
  const streetName = `E2E-Weg ${tag}`;
  const clerk = await staffPage(browser, newPerson("Wanda", "Abfall"), "abfall");

  await clerk.goto("/verwaltung");
  await clerk.getByRole("link", { name: "Abfuhrkalender" }).first().click();
  await expect(clerk.getByRole("heading", { level: 1, name: "Abfuhrkalender" })).toBeVisible();
  await expect(clerk.getByRole("heading", { level: 3, name: /Beispielbezirk Süd/ })).toBeVisible();
  await expectNoAxeViolations(clerk);

  // A new district: a wrong identifier is named first.
  await clerk.getByLabel(/^Kennung/).fill("Nord 1");
  await clerk.getByLabel(/^Name/).fill(name);
  await clerk.getByRole("button", { name: "Bezirk anlegen" }).click();
  await expect(clerk.locator(".error-summary")).toContainText("Die Kennung darf nur Kleinbuchstaben");
  await clerk.getByLabel(/^Kennung/).fill(id);
  await clerk.getByRole("button", { name: "Bezirk anlegen" }).click();
  await expect(clerk.getByText(`${name} wurde gespeichert.`)).toBeVisible();
  const card = clerk.getByRole("listitem").filter({ has: clerk.getByRole("heading", { level: 3, name }) });
  await expect(card.getByText("Noch nie")).toBeVisible();

  // Its ICS file: both bins on one day, three days ahead.
  const day = berlinDay(3);
  await card.getByLabel(`iCalendar-Datei für ${name}`).setInputFiles({
    name: "abfuhr.ics",
    mimeType: "text/calendar",
    buffer: Buffer.from(calendar(day)),
  });
  await card.getByRole("button", { name: "Datei importieren" }).click();
  await expect(clerk.getByText(`${name}: 1 Abfuhrtag übernommen.`)).toBeVisible();
  await expect(card.getByText(/: Restmüll, Papier$/)).toBeVisible();
  await expectNoAxeViolations(clerk);
  // 320 px wide: nothing scrolls sideways (WCAG 1.4.10).
  const size = clerk.viewportSize();
  await clerk.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
  await expectReflow(clerk);
  if (size) await clerk.setViewportSize(size);

  // A street list with a wrong line is refused, naming the line; the table stays as it was.
  const streetsFile = clerk.getByLabel(/^CSV-Datei/);
  await streetsFile.setInputFiles({
    name: "strassen.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`Straße;von;bis;Seite;Bezirk\n${streetName};;;alle;westen\n`),
  });
  await clerk.getByRole("button", { name: "Straßenliste importieren" }).click();
  await expect(clerk.getByText("Zeile 2: Es gibt keinen Bezirk „westen“.")).toBeVisible();

  // The current table plus the new street (other tests keep their streets).
  const current = (await (await clerk.request.get("/api/staff/waste/streets")).json()) as {
    streets: Street[];
  };
  const lines = current.streets.flatMap((street) =>
    street.ranges.map(
      (r) => `${street.name};${r.from ?? ""};${r.to ?? ""};${PARITY_WORDS[r.parity]};${r.districtId}`,
    ),
  );
  await streetsFile.setInputFiles({
    name: "strassen.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      ["Straße;von;bis;Seite;Bezirk", ...lines, `${streetName};;;alle;${id}`, ""].join("\n"),
    ),
  });
  await clerk.getByRole("button", { name: "Straßenliste importieren" }).click();
  await expect(clerk.getByText(/^Straßenliste übernommen:/)).toBeVisible();
  await clerk.context().close();

  // A resident of the new street sees the two bins of the imported day.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/abfall");
  await waitForServiceWorker(page);
  const street = page.getByLabel(/^Straße/);
  await expect(street.locator("option", { hasText: streetName })).toHaveCount(1, { timeout: 30_000 });
  await street.selectOption({ label: streetName });
  await page.getByLabel(/^Hausnummer/).fill("1");
  await page.getByRole("button", { name: "Abfuhrtermine anzeigen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Nächste Abfuhr im ${name}` })).toBeVisible({
    timeout: 30_000,
  });
  const bins = page.locator(".waste-bins li");
  await expect(bins).toHaveCount(2);
  await expect(bins.filter({ hasText: "Restmülltonne" })).toBeVisible();
  await expect(bins.filter({ hasText: "Papiertonne" })).toBeVisible();
  await context.close();
});
