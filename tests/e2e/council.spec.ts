// User story of the council pages (issue 21): a resident goes from "Mehr" to /rat, filters the meetings
// to one committee, opens a coming meeting and reads its agenda, opens a paper from an agenda item, a
// meeting that consulted it (its non-public item only by number), the committee and a member. Offline,
// after a reload, the agenda is still there and the title search finds a paper no meeting links to.
// The overview names the current legislative term.
// axe on every page; the meeting page reflows at 320 px.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { REFLOW_WIDTH, reflowProblems } from "./support/reflow";

const COUNCIL_MEETING = "12. Sitzung des Rates der Stadt Delmenhorst";
const SCHOOL_MEETING = "3. Sitzung des Ausschusses für Schule, Bildung und Sport";
const PLANNING_MEETING = "4. Sitzung des Ausschusses für Planen, Bauen und Verkehr";
const PAPER = "Bebauungsplan Nr. 42 „Am Wollepark“ – Aufstellungsbeschluss";

const heading = (page: Page, name: string) => page.getByRole("heading", { level: 1, name });
const agendaNumbers = (page: Page) => page.locator(".council-agenda-number");

test("a resident follows a meeting's agenda to its paper, committee and members, and reads it offline", async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  // The sample's meetings lie around this day: two coming, one past.
  await page.clock.setFixedTime(new Date("2026-12-10T10:00:00+01:00"));
  await page.goto("/mehr");
  await page.getByRole("link", { name: "Zu Rat und Ausschüssen" }).click();
  await expect(heading(page, "Rat und Ausschüsse")).toBeVisible();
  await waitForServiceWorker(page);
  // The meetings come with the sync; they are sample content and say so.
  await expect(page.getByRole("link", { name: COUNCIL_MEETING })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Beispielinhalt: Diese Sitzungen/)).toBeVisible();
  await expect(page.getByText(/^Stand /)).toBeVisible();
  // The legislative term whose dates contain today (the sample's, from the OParl Body).
  await expect(page.locator(".council-term")).toHaveText(
    "Aktuelle Wahlperiode: Wahlperiode 2026–2031 (seit 1. November 2026)",
  );
  const upcoming = page.locator("h2:has-text('Kommende Sitzungen') + .council-day");
  await expect(upcoming.getByRole("heading", { level: 3 })).toHaveText("Donnerstag, 14. Januar 2027");
  await expect(page.getByRole("heading", { level: 3, name: "Dienstag, 24. November 2026" })).toBeVisible();
  await expectNoAxeViolations(page);

  // One committee's meetings only, and back to all.
  const filter = page.getByLabel("Sitzungen welches Gremiums?");
  await filter.selectOption({ label: "Schulausschuss" });
  await expect(page).toHaveURL(/\?gremium=/);
  await expect(page.getByRole("link", { name: SCHOOL_MEETING })).toBeVisible();
  await expect(page.getByRole("link", { name: COUNCIL_MEETING })).toHaveCount(0);
  await expect(page.getByRole("link", { name: PLANNING_MEETING })).toHaveCount(0);
  await filter.selectOption({ label: "Alle Gremien" });

  // A coming meeting: when, where, and its agenda in the natural order of the item numbers.
  await page.getByRole("link", { name: COUNCIL_MEETING }).click();
  await expect(heading(page, COUNCIL_MEETING)).toBeVisible();
  await expect(page.getByText("Rathaus, Ratssaal, Rathausplatz 1")).toBeVisible();
  // The meeting's time (the sample stream's player below names its start too).
  await expect(page.getByRole("definition").filter({ hasText: /28\. Januar 2027/ })).toBeVisible();
  await expect(agendaNumbers(page)).toHaveText(["1.", "2.", "3.", "4.1", "10."]);
  await expect(page.getByRole("heading", { level: 3, name: "Haushaltssatzung 2027" })).toBeVisible();
  await expectNoAxeViolations(page);
  const meetingUrl = page.url();

  // From an agenda item to its paper and its consultations.
  await page.getByRole("link", { name: "Vorlage BV 2026/0142" }).click();
  await expect(heading(page, PAPER)).toBeVisible();
  await expect(page.getByText("Beschlussvorlage", { exact: true })).toBeVisible();
  const consultations = page.locator(".council-consultations > li");
  await expect(consultations).toHaveCount(2);
  await expect(consultations.first()).toContainText("Ergebnis: einstimmig empfohlen");
  await expect(consultations.nth(1)).toContainText("Entscheidet über die Vorlage");
  await expectNoAxeViolations(page);

  // The committee's meeting that prepared it: the closed session shows only its item's number.
  await consultations.first().getByRole("link", { name: PLANNING_MEETING }).click();
  await expect(heading(page, PLANNING_MEETING)).toBeVisible();
  await expect(agendaNumbers(page)).toHaveText(["1.", "2.", "3.", "4.", "5."]);
  await expect(page.locator(".council-agenda-closed")).toHaveText(
    /5\.\s*Nicht öffentlicher Tagesordnungspunkt/,
  );
  await expect(page.getByText("Grundstücksangelegenheit")).toHaveCount(0);
  await expect(page.getByText("Ergebnis: vertagt")).toBeVisible();
  await expectNoAxeViolations(page);

  // Its committee, with the members and whether they vote.
  await page.getByRole("link", { name: "Planungsausschuss" }).click();
  await expect(heading(page, "Ausschuss für Planen, Bauen und Verkehr")).toBeVisible();
  const members = page.locator(".council-members > li");
  await expect(members).toHaveCount(3);
  await expect(members.filter({ hasText: "Deniz Yilmaz" })).toContainText("beratend, ohne Stimmrecht");
  await expect(members.filter({ hasText: "Anna Beispiel" })).toContainText("Vorsitzende");
  await expectNoAxeViolations(page);
  // Its meetings in the resident's own calendar: a webcal: link to the committee's feed.
  const feed = await page
    .getByRole("link", { name: "Sitzungen dieses Gremiums im Kalender abonnieren" })
    .getAttribute("href");
  expect(feed).toMatch(/^webcal:\/\/[^/]+\/api\/council\/meetings\.ics\?gremium=[\w-]+&lang=de$/);
  const calendar = await (await page.request.get(feed!.replace(/^webcal:/, "http:"))).text();
  // Unfolded (RFC 5545 § 3.1): long lines continue after a line break and a space.
  expect(calendar.replace(/\r\n[ \t]/g, "")).toContain(
    "X-WR-CALNAME:Sitzungen: Ausschuss für Planen, Bauen und Verkehr",
  );

  // A member and where else she sits.
  await page.getByRole("link", { name: "Anna Beispiel" }).click();
  await expect(heading(page, "Anna Beispiel")).toBeVisible();
  await expect(page.locator(".council-members > li")).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Rat", exact: true })).toBeVisible();
  await expect(page.getByText("seit 1. November 2021").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Offline after a reload: the agenda comes from the device.
  await page.goto(meetingUrl);
  await expect(heading(page, COUNCIL_MEETING)).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(heading(page, COUNCIL_MEETING)).toBeVisible();
  await expect(agendaNumbers(page)).toHaveText(["1.", "2.", "3.", "4.1", "10."]);
  await expect(page.getByRole("heading", { level: 3, name: "Haushaltssatzung 2027" })).toBeVisible();

  // The title search, offline too: a paper no meeting links to, found by a word of its title.
  await page.getByRole("link", { name: "Zurück zu Rat und Ausschüssen" }).click();
  await page.getByLabel("Sitzungen und Vorlagen durchsuchen").fill("spielplatze");
  await expect(page.getByText("1 Treffer")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Anfrage: Zustand der Spielplätze" }).click();
  await expect(heading(page, "Anfrage: Zustand der Spielplätze")).toBeVisible();
  await expect(page.getByText("Diese Vorlage ist noch keiner Sitzung zugeordnet.")).toBeVisible();
  await context.setOffline(false);
});

test("a meeting's page reflows at 320 px", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-10T10:00:00+01:00"));
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
  await page.goto("/rat");
  await page.getByRole("link", { name: PLANNING_MEETING }).click({ timeout: 30_000 });
  await expect(heading(page, PLANNING_MEETING)).toBeVisible();
  await expect(agendaNumbers(page)).toHaveCount(5);
  expect(await reflowProblems(page)).toEqual([]);
});

test("the meetings' month calendar: a grid to walk by keyboard, each day's meetings linked", async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date("2026-12-10T10:00:00+01:00"));
  await page.goto("/rat");
  await expect(page.getByRole("link", { name: COUNCIL_MEETING })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Kalender" }).click();
  await expect(page).toHaveURL(/ansicht=kalender/);
  await expect(page.getByRole("button", { name: "Kalender" })).toHaveAttribute("aria-pressed", "true");

  // This month opens on today, which holds no meeting.
  const december = page.getByRole("grid", { name: "Dezember 2026" });
  await expect(december.getByRole("columnheader")).toHaveCount(7);
  const today = december.locator('td[aria-current="date"]');
  await expect(today).toHaveText("10");
  await expect(today).toHaveAttribute("aria-selected", "true");
  await expect(page.getByText("An diesem Tag ist keine Sitzung eingetragen.")).toBeVisible();
  await expectNoAxeViolations(page);

  // By keyboard: a day on, a month on (the address follows), three days on to the first meeting.
  await today.focus();
  await page.keyboard.press("ArrowRight");
  await expect(december.locator('td[data-date="2026-12-11"]')).toBeFocused();
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/monat=2027-01/);
  const january = page.getByRole("grid", { name: "Januar 2027" });
  await expect(january.locator('td[data-date="2027-01-11"]')).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  const day = january.locator('td[data-date="2027-01-14"]');
  await expect(day).toBeFocused();
  await expect(day).toHaveAttribute("aria-selected", "true");
  await expect(day).toHaveAccessibleName(/14.*1 Sitzung/);
  // The chosen day's meetings below the grid; Enter goes to them.
  await expect(page.getByRole("heading", { level: 3, name: "Donnerstag, 14. Januar 2027" })).toBeVisible();
  await page.keyboard.press("Enter");
  const meetingLink = page.locator(".council-calendar-day a").first();
  await expect(meetingLink).toBeFocused();
  await expectNoAxeViolations(page);

  // The buttons go back a month; the list comes back with its toggle.
  await page.getByRole("button", { name: "Vorheriger Monat" }).click();
  await expect(page.getByRole("grid", { name: "Dezember 2026" })).toBeVisible();
  await page.getByRole("button", { name: "Liste" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Kommende Sitzungen" })).toBeVisible();
  await expect(page.getByRole("grid")).toHaveCount(0);
});

test("the calendar runs right to left in Arabic at 320 px", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-10T10:00:00+01:00"));
  await page.addInitScript(() => localStorage.setItem("delmenhorst.language", "ar"));
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
  await page.goto("/rat?ansicht=kalender&monat=2027-01");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const grid = page.getByRole("grid");
  await expect(grid.locator('td[data-date="2027-01-14"]')).toHaveAttribute("aria-selected", "true", {
    timeout: 30_000,
  });
  // Mirrored: the right arrow goes back a day.
  await grid.locator('td[data-date="2027-01-14"]').focus();
  await page.keyboard.press("ArrowRight");
  await expect(grid.locator('td[data-date="2027-01-13"]')).toBeFocused();
  expect(await reflowProblems(page)).toEqual([]);
  await expectNoAxeViolations(page);
});
