// User stories of the Bauamt handling defect reports in the console: a clerk opens the inbox from the
// navigation, opens a road-damage report, takes it and sets "in progress" with a note the public
// reads; the report's public record shows the new status at once. Another clerk hands a report to a
// colleague, who finds it under "assigned to me" and as a point on the inbox's map (a click on it
// opens the report). Each console page passes axe and reflows at 320 px.
import { expect, type Page, test } from "@playwright/test";
import { colourAtCentre } from "./support/colour";
import { STATUS_COLOURS } from "../../src/features/reports/console/inbox-map";
import { newPerson } from "./support/account";
import { expectNoAxeViolations } from "./support/app";
import { REFLOW_WIDTH, reflowProblems } from "./support/reflow";
import { staffPage } from "./support/staff";

/**
 * A road-damage report at a place no other story uses, sent through the residents' API from the
 * clerk's signed-in session (signed in, no proof of work is asked); it goes to the Bauamt.
 */
const sendReport = (page: Page, address: string) =>
  page.evaluate(async (place) => {
    const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
    const response = await fetch("/api/reports", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-CSRF-Token": session.csrfToken,
        "Idempotency-Key": crypto.randomUUID(),
      },
      body: JSON.stringify({
        category: "road-damage",
        lat: 53.0481,
        lon: 8.6265,
        address: place,
        description: "Tiefes Schlagloch am Fahrbahnrand.",
        language: "de",
      }),
    });
    if (response.status !== 201) throw new Error(`report not stored: ${response.status}`);
    return ((await response.json()) as { report: { id: string } }).report.id;
  }, address);

const reflowsAt320 = async (page: Page, path: string) => {
  const fresh = await page.context().newPage();
  await fresh.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
  await fresh.goto(path);
  await expect(fresh.getByRole("heading", { level: 1 })).toBeVisible();
  await expect.poll(() => reflowProblems(fresh), { message: path }).toEqual([]);
  await fresh.close();
};

test("a Bauamt clerk takes a defect report and sets it in progress; the public record follows", async ({
  browser,
}) => {
  // About 45 s on an idle machine, most of it inviting the clerk and axe; room for a loaded one.
  test.setTimeout(180_000);
  const clerk = await staffPage(browser, newPerson("Rita", "Reparatur"), "bauamt");
  const address = `Lange Straße ${Date.now() % 10_000}`;
  const id = await sendReport(clerk, address);

  await clerk.goto("/verwaltung");
  await clerk
    .getByRole("navigation", { name: "Verwaltungskonsole" })
    .getByRole("link", { name: "Mängelmeldungen", exact: true })
    .click();
  await expect(clerk.getByRole("heading", { level: 1, name: "Mängelmeldungen" })).toBeVisible();
  const row = clerk.getByRole("row").filter({ hasText: address });
  await expect(row).toContainText("Eingegangen");
  await expectNoAxeViolations(clerk);
  await reflowsAt320(clerk, "/verwaltung/maengel");

  await row.getByRole("link", { name: "Straßenschaden" }).click();
  await expect(clerk.getByRole("heading", { level: 1, name: "Meldung: Straßenschaden" })).toBeVisible();
  await expect(clerk.getByText("Tiefes Schlagloch am Fahrbahnrand.")).toBeVisible();
  await expectNoAxeViolations(clerk);
  await reflowsAt320(clerk, `/verwaltung/maengel/${id}`);

  await clerk.getByRole("button", { name: "Mir zuweisen" }).click();
  await expect(clerk.getByText("Die Meldung ist Ihnen zugewiesen.")).toBeVisible();

  // A rejection without a reason is caught by the form, as the server would refuse it.
  await clerk.getByLabel("Neuer Status").selectOption("rejected");
  await clerk.getByRole("button", { name: "Status setzen" }).click();
  await expect(clerk.getByRole("link", { name: /Begründen Sie die Ablehnung/ })).toBeVisible();

  await clerk.getByLabel("Neuer Status").selectOption("in_progress");
  await clerk.getByLabel(/Öffentlicher Hinweis/).fill("Die Reparatur ist für nächste Woche geplant.");
  await clerk.getByRole("button", { name: "Status setzen" }).click();
  await expect(clerk.getByText(/Der Status ist jetzt „In Bearbeitung“/)).toBeVisible();

  const answer = await clerk.request.get(`/api/reports/${id}`);
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toMatchObject({
    id,
    status: "in_progress",
    publicNote: "Die Reparatur ist für nächste Woche geplant.",
  });

  // The inbox of the clerk's own reports lists it with the new status.
  await clerk.goto("/verwaltung/maengel?zugewiesen=me");
  await expect(clerk.getByRole("row").filter({ hasText: address })).toContainText("In Bearbeitung");
  await clerk.goto("/verwaltung/maengel/statistik");
  await expect(clerk.getByRole("heading", { level: 1, name: "Statistik der Mängelmeldungen" })).toBeVisible();
  await expectNoAxeViolations(clerk);
  await clerk.context().close();
});

const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

test("a clerk hands a report to a colleague, who finds it under 'assigned to me' and on the map", async ({
  browser,
}) => {
  // Two invited clerks (about 20 s each on an idle machine), the map and axe.
  test.setTimeout(240_000);
  const colleaguePerson = newPerson("Bernd", "Brücke");
  const colleague = await staffPage(browser, colleaguePerson, "bauamt");
  const colleagueName = `${colleaguePerson.givenName} ${colleaguePerson.familyName}`;
  const clerk = await staffPage(browser, newPerson("Clara", "Kante"), "bauamt");
  const address = `Stedinger Straße ${Date.now() % 10_000}`;
  const id = await sendReport(clerk, address);

  await clerk.goto(`/verwaltung/maengel/${id}`);
  await expect(clerk.getByRole("heading", { level: 1, name: "Meldung: Straßenschaden" })).toBeVisible();
  // Choosing nobody is caught before anything is sent.
  await clerk.getByRole("button", { name: "Zuweisen", exact: true }).click();
  await expect(
    clerk.getByRole("link", { name: "Wählen Sie aus, wem Sie die Meldung zuweisen." }),
  ).toBeVisible();
  await clerk
    .getByLabel("An eine Kollegin oder einen Kollegen zuweisen")
    .selectOption({ label: colleagueName });
  await clerk.getByRole("button", { name: "Zuweisen", exact: true }).click();
  await expect(clerk.getByText(`Die Meldung ist jetzt ${colleagueName} zugewiesen.`)).toBeVisible();
  await expect(clerk.locator("dd").filter({ hasText: colleagueName })).toBeVisible();
  await expectNoAxeViolations(clerk);

  // The clerk's inbox narrowed to the colleague lists it, and the address keeps the choice.
  await clerk.goto("/verwaltung/maengel");
  await clerk.getByLabel("Zuweisung").selectOption({ label: colleagueName });
  await expect(clerk).toHaveURL(/zugewiesen=[0-9a-f-]{36}/);
  await expect(clerk.getByRole("row").filter({ hasText: address })).toContainText(colleagueName);
  await clerk.context().close();

  // The colleague's own reports: this one, in the list and as the one point on the map.
  // The map is up with the department's open reports first; then it follows the filter.
  await colleague.goto("/verwaltung/maengel");
  const map = colleague.locator("[data-map-state]");
  await expect(map).toHaveAttribute("data-map-state", "idle", { timeout: 30_000 });
  await colleague.getByLabel("Zuweisung").selectOption("me");
  await expect(colleague).toHaveURL(/zugewiesen=me/);
  await expect(colleague.getByRole("row").filter({ hasText: address })).toContainText("Eingegangen");
  // The canvas carries the map's name (MapLibre makes it a region).
  await expect(map.getByRole("region", { name: "Karte mit 1 Meldung dieser Seite" })).toBeVisible();
  await expect(colleague.getByRole("list", { name: "Farben der Karte" })).toContainText("Eingegangen");
  await expectNoAxeViolations(colleague);
  // The map centres the single report: its point, in the colour of "received", is in the middle.
  const received = rgbOf(STATUS_COLOURS.received);
  await expect
    .poll(async () => {
      const colour = await colourAtCentre(colleague.context(), map);
      return colour.every((channel, i) => Math.abs(channel - received[i]!) <= 6) || colour.join(",");
    })
    .toBe(true);
  const box = await map.boundingBox();
  if (!box) throw new Error("map not visible");
  await colleague.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(colleague).toHaveURL(new RegExp(`/verwaltung/maengel/${id}$`));
  await expect(colleague.getByRole("heading", { level: 1, name: "Meldung: Straßenschaden" })).toBeVisible();
  await colleague.context().close();
});
