// Leichte Sprache (issue 20): a resident finds the app explained in Leichte Sprache from the start page,
// goes on to the accessibility statement in Leichte Sprache and from there to the binding statement.
// Both pages pass axe and reflow at 320 CSS pixels. An admin puts a video in German Sign Language on
// the start page and takes it off again.
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./support/account";
import { expectNoAxeViolations } from "./support/app";
import { expectReflow, REFLOW_WIDTH } from "./support/reflow";

// One after the other: the second story changes the start page the first one looks at.
test.describe.configure({ mode: "default" });

test("the start page leads to the app and the accessibility statement in Leichte Sprache", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
  await page.goto("/");
  await page.getByRole("link", { name: /Leichte Sprache/ }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Die Delmenhorst App in Leichter Sprache" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "So finden Sie sich in der App zurecht" })).toBeVisible();
  await expect(page).toHaveTitle(/Leichter Sprache/);
  await expectNoAxeViolations(page);
  await expectReflow(page);

  await page.getByRole("link", { name: "Erklärung zur Barriere·freiheit in Leichter Sprache" }).click();
  await expect(page).toHaveURL(/\/barrierefreiheit\/leichte-sprache$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Erklärung zur Barriere·freiheit in Leichter Sprache" }),
  ).toBeVisible();
  await expect(page.getByText("Die letzte Prüfung war am 6. Dezember 2026.")).toBeVisible();
  await expectNoAxeViolations(page);
  await expectReflow(page);

  // The binding statement links back to the version in Leichte Sprache.
  await page.getByRole("link", { name: "Zur Erklärung in Alltags·sprache" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Erklärung zur Barrierefreiheit" })).toBeVisible();
  await page.getByRole("link", { name: "Erklärung in Leichter Sprache" }).click();
  await expect(page).toHaveURL(/\/barrierefreiheit\/leichte-sprache$/);
});

test("an admin sets the start page's video in German Sign Language, and removes it", async ({ browser }) => {
  test.setTimeout(180_000);
  const video = "https://www.delmenhorst.de/dgs/die-app.mp4";
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdmin(admin);
  await admin.goto("/verwaltung/barrierefreiheit");
  const form = admin.getByRole("region", { name: "Video in Deutscher Gebärdensprache" });
  await form.getByLabel(/Adresse des Videos/).fill("http://www.delmenhorst.de/dgs/die-app.mp4");
  await form.getByRole("button", { name: "Video speichern" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "https://" })).toBeVisible();
  await form.getByLabel(/Adresse des Videos/).fill(video);
  await form.getByRole("button", { name: "Video speichern" }).click();
  await expect(form.getByText("Die Startseite zeigt jetzt das Video.")).toBeVisible();
  await expectNoAxeViolations(admin);

  const resident = await (await browser.newContext()).newPage();
  await resident.goto("/");
  await expect(resident.getByRole("link", { name: /Gebärdensprache/ })).toHaveAttribute("href", video);

  await form.getByRole("button", { name: "Video entfernen" }).click();
  await expect(form.getByText("Die Startseite zeigt kein Video mehr.")).toBeVisible();
  await resident.reload();
  await expect(resident.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(resident.getByRole("link", { name: /Gebärdensprache/ })).toHaveCount(0);
});
