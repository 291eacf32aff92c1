// User story of the council's streams (issue 21): the council office creates an information event in
// the console and attaches a live stream; a resident opens the event in a second browser and sees the
// player with the programme; the office presses "Jetzt: TOP 2" and the resident's page shows it at
// once, without a reload; a span is left out of the recording (§ 64 NKomVG) and, once the session
// ended, the recording lists the chapter and says that a contribution is skipped. axe on every page,
// the event page at 320 px without sideways scrolling. Without OParl, the office enters a meeting with
// its agenda in the console and a resident finds it under /rat.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { newPerson } from "./support/account";
import { expectNoAxeViolations } from "./support/app";
import { expectReflow, REFLOW_WIDTH } from "./support/reflow";
import { staffPage } from "./support/staff";

const FIXTURES = new URL("../fixtures/hls/", import.meta.url);
const TYPES: Record<string, string> = {
  m3u8: "application/vnd.apple.mpegurl",
  mp4: "video/mp4",
  m4s: "video/iso.segment",
  vtt: "text/vtt",
};

/** Local "tomorrow 18:00" for the datetime-local field. */
function tomorrowEvening(): string {
  const d = new Date(Date.now() + 86_400_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T18:00`;
}

test("the council office marks 'Jetzt: TOP 2' and a resident's second browser shows it live", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36);
  const title = `E2E-Informationsabend ${tag}`;
  const office = await staffPage(browser, newPerson("Rita", "Rat"), "rat");
  const origin = new URL(office.url()).origin;

  await office.goto("/verwaltung");
  await office.getByRole("link", { name: "Rat: Übertragungen" }).first().click();
  await expect(
    office.getByRole("heading", { level: 1, name: "Rat: Übertragungen und Informationsveranstaltungen" }),
  ).toBeVisible();
  await expectNoAxeViolations(office);

  // A new information event with its programme.
  await office.getByLabel(/^Titel/).fill(title);
  await office.getByLabel(/^Beginn/).fill(tomorrowEvening());
  await office.getByLabel(/^Ort/).fill("Rathaus, Ratssaal");
  await office.getByLabel(/^Thema/).fill("Bebauungsplan Nr. 99");
  await office.getByLabel(/^Ablauf/).fill("1 Begrüßung\n2 Vorstellung des Entwurfs\n3 Fragen");
  await office.getByRole("button", { name: "Veranstaltung anlegen" }).click();
  await expect(office.getByText("Die Veranstaltung ist gespeichert.")).toBeVisible();
  await expect(office.getByRole("heading", { level: 3, name: title })).toBeVisible();

  // Its live stream (served from this origin in the test, as the CSP allows).
  const option = office.locator("#stream-target option", { hasText: title });
  await office.getByLabel("Sitzung oder Veranstaltung").selectOption((await option.getAttribute("value"))!);
  await office.getByLabel(/^Adresse des Livestreams/).fill(`${origin}/e2e-hls/index.m3u8`);
  await office.getByLabel(/^Stand/).selectOption("live");
  await office.getByRole("button", { name: "Übertragung anhängen" }).click();
  await expect(office.getByText("Die Übertragung ist gespeichert.")).toBeVisible();
  await expectNoAxeViolations(office);

  // The resident, in a browser of their own; the stream's files come from the fixtures.
  const residentContext = await browser.newContext({ serviceWorkers: "block", locale: "de-DE" });
  await residentContext.route("**/e2e-hls/**", (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop()!;
    route.fulfill({
      body: readFileSync(new URL(name, FIXTURES)),
      contentType: TYPES[name.split(".").pop()!] ?? "application/octet-stream",
    });
  });
  const resident = await residentContext.newPage();
  const cspErrors: string[] = [];
  resident.on("console", (m) => {
    if (m.type() === "error" && m.text().includes("Content Security Policy")) cspErrors.push(m.text());
  });
  await resident.goto("/rat");
  await resident
    .getByRole("link", { name: "Alle Informationsveranstaltungen für Bürgerinnen und Bürger" })
    .click();
  await expect(
    resident.getByRole("heading", { level: 1, name: "Informationsveranstaltungen" }),
  ).toBeVisible();
  await expectNoAxeViolations(resident);
  await resident.getByRole("link", { name: title }).click();
  await expect(resident.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const player = resident.locator(".stream-player");
  await expect(player.getByRole("heading", { level: 2, name: "Live Die Sitzung läuft jetzt" })).toBeVisible();
  await expect(player.locator(".stream-agenda-item")).toHaveText([
    /Begrüßung/,
    /Vorstellung des Entwurfs/,
    /Fragen/,
  ]);
  await expect(player.locator("video")).toBeVisible();
  // hls.js found the WebVTT track of the stream.
  await expect(player.getByRole("button", { name: "Untertitel" })).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(resident);

  // "Jetzt: TOP 2" in the console reaches the open page without a reload.
  await office.getByRole("button", { name: `Steuern: ${title}` }).click();
  await office.getByRole("button", { name: "Jetzt: TOP 2" }).click();
  await expect(office.getByText("Für alle Zuschauenden gesetzt: Jetzt: TOP 2")).toBeVisible();
  await expect(player.locator(".stream-now")).toHaveText("Jetzt: TOP 2 Vorstellung des Entwurfs");
  await expect(player.locator('.stream-agenda-item[aria-current="true"]')).toContainText(
    "Vorstellung des Entwurfs",
  );
  await office.getByRole("button", { name: "Jetzt: TOP 3" }).click();
  await expect(office.getByText("Für alle Zuschauenden gesetzt: Jetzt: TOP 3")).toBeVisible();
  await expect(player.locator(".stream-now")).toHaveText("Jetzt: TOP 3 Fragen");
  await expectNoAxeViolations(office);

  // A member objected to their contribution: the span is left out of the recording.
  await office.getByLabel(/^Von/).fill("0:01");
  await office.getByLabel(/^Bis/).fill("0:03");
  await office.getByRole("button", { name: "Abschnitt auslassen" }).click();
  await expect(office.getByText("Der Abschnitt wird in der Aufzeichnung ausgelassen.")).toBeVisible();

  // A question beforehand goes through the outbox; it is public once the office published it.
  const question = `Wird der Radweg an der Delme beleuchtet? (${tag})`;
  await resident.getByLabel(/^Ihre Frage/).fill(question);
  await resident.getByRole("button", { name: "Frage senden" }).click();
  await expect(resident.getByText("Ihre Frage ist angekommen.")).toBeVisible({ timeout: 20_000 });
  const eventCard = office
    .locator(".card")
    .filter({ has: office.getByRole("heading", { level: 3, name: title }) });
  await eventCard.getByRole("button", { name: "Fragen" }).click();
  await expect(eventCard.getByText(question)).toBeVisible();
  await eventCard.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(office.getByText("Die Frage ist veröffentlicht.")).toBeVisible();
  await resident.reload();
  await expect(resident.locator(".council-questions")).toContainText(question);

  // At 320 px the page reflows.
  await resident.setViewportSize({ width: REFLOW_WIDTH, height: 720 });
  await expectReflow(resident);

  // After the session: the recording with its chapters, and the note on the skipped contribution.
  await office.getByRole("button", { name: "Übertragung beenden" }).click();
  await expect(office.getByText("Die Übertragung ist beendet.")).toBeVisible();
  const streamCard = office
    .locator(".card")
    .filter({ has: office.getByRole("button", { name: `Steuern: ${title}` }) });
  await streamCard.getByRole("button", { name: "Übertragung bearbeiten" }).click();
  await office.getByLabel(/^Adresse der Aufzeichnung/).fill(`${origin}/e2e-hls/index.m3u8`);
  await office.locator("#council-stream-form").getByRole("button", { name: "Speichern" }).click();
  await expect(office.getByText("Die Übertragung ist gespeichert.")).toBeVisible();
  await resident.reload();
  await expect(player.getByRole("heading", { level: 2, name: "Aufzeichnung" })).toBeVisible();
  await expect(
    player.getByRole("button", { name: /^TOP 2 Vorstellung des Entwurfs \(ab \d+:\d\d\)$/ }),
  ).toBeVisible();
  await expect(
    player.getByText("Redebeiträge, die auf Wunsch nicht veröffentlicht sind, werden übersprungen: 1"),
  ).toBeVisible();
  await expectNoAxeViolations(resident);
  await expectReflow(resident);
  // The player's requests and media all pass the CSP.
  expect(cspErrors).toEqual([]);
  await residentContext.close();
});

test("the council office enters a meeting with its agenda and a resident finds it under /rat", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const name = `E2E-Sitzung des Ausschusses ${Date.now().toString(36)}`;
  const office = await staffPage(browser, newPerson("Rolf", "Rat"), "rat");
  await office.goto("/verwaltung/rat");
  const form = office.locator("#council-meeting-form");
  await expect(form.getByRole("heading", { level: 3, name: "Neue Sitzung" })).toBeVisible();
  await form.getByLabel(/^Name der Sitzung/).fill(name);
  await form.getByLabel(/^Sitzungsbeginn/).fill(tomorrowEvening());
  await form.getByLabel(/^Sitzungsort/).fill("Rathaus, Sitzungssaal 1");
  await form.getByRole("button", { name: "Tagesordnungspunkt hinzufügen" }).click();
  await form.getByLabel(/^Punkt 1: Nummer/).fill("1.");
  await form.getByLabel(/^Punkt 1: Titel/).fill("Radweg an der Stedinger Straße");
  await form.getByRole("button", { name: "Tagesordnungspunkt hinzufügen" }).click();
  await form.getByLabel(/^Punkt 2: Titel/).fill("Eröffnung");
  // The opening belongs first: moved up, then numbered.
  await form.getByRole("button", { name: "Punkt 2 nach oben" }).click();
  await form.getByLabel(/^Punkt 1: Nummer/).fill("1.");
  await form.getByLabel(/^Punkt 2: Nummer/).fill("2.");
  await expectNoAxeViolations(office);
  await form.getByRole("button", { name: "Sitzung anlegen" }).click();
  await expect(office.getByText("Die Sitzung ist gespeichert und veröffentlicht.")).toBeVisible();
  await expect(office.getByRole("heading", { level: 3, name })).toBeVisible();

  // A resident: the meeting comes with the sync, as an imported one.
  const residentContext = await browser.newContext({ serviceWorkers: "block", locale: "de-DE" });
  const resident = await residentContext.newPage();
  await resident.goto("/rat");
  await resident.getByRole("link", { name }).click({ timeout: 30_000 });
  await expect(resident.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(resident.getByText("Rathaus, Sitzungssaal 1")).toBeVisible();
  await expect(resident.locator(".council-agenda-number")).toHaveText(["1.", "2."]);
  await expect(resident.getByRole("heading", { level: 3, name: "Eröffnung" })).toBeVisible();
  await expectNoAxeViolations(resident);
  await residentContext.close();
});
