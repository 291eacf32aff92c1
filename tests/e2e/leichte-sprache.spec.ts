// Leichte Sprache (issue 20): a resident finds the app explained in Leichte Sprache from the start page,
// goes on to the accessibility statement in Leichte Sprache and from there to the binding statement.
// Both pages pass axe and reflow at 320 CSS pixels.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/app";
import { expectReflow, REFLOW_WIDTH } from "./support/reflow";

test("the start page leads to the app and the accessibility statement in Leichte Sprache", async ({
  page,
}) => {
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
