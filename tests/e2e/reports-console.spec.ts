// User story of the Bauamt handling a defect report in the console: a clerk opens the inbox from the
// navigation, opens a road-damage report, takes it and sets "in progress" with a note the public
// reads; the report's public record shows the new status at once. Each console page passes axe and
// reflows at 320 px.
import { expect, type Page, test } from "@playwright/test";
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
