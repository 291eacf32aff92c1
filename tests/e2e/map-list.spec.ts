// User stories of the map's list (/karte/liste), the alternative to the map for screen readers and
// keyboards: a resident sees the city's published vacant lots nearest first, narrows them by a
// parcel number, opens one and reads every fact; measures from their own position after a tap;
// and finds it all again offline. The data is the server's seeded sample (server/features/map/seed).
// The staff story (tests/e2e/staff-map.spec.ts) adds and publishes lots meanwhile, so counts here
// are never exact.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";

const LOTS = "/karte/liste?ebene=vacant-lots";
const WOLLEPARK = "Baulücke Am Wollepark";

/** The list's entries (links to their pages), in the order shown. */
const entries = (page: Page) =>
  page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.locator(".map-distance") });

async function openLots(page: Page): Promise<void> {
  await page.goto(LOTS);
  await expect(page.getByRole("heading", { level: 1, name: "Stadtkarte als Liste" })).toBeVisible();
  // The sync brings the layer on the first visit.
  await expect(page.getByRole("link", { name: WOLLEPARK })).toBeVisible({ timeout: 30_000 });
}

test("the vacant lots are listed nearest the Rathaus first, a parcel number finds one, its page has every fact", async ({
  page,
}) => {
  await openLots(page);
  await expect(page.getByText("Entfernungen in Luftlinie vom Rathaus (Stadtmitte).")).toBeVisible();
  await expect(page.getByRole("link", { name: "Baulücken", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const first = entries(page).first();
  await expect(first.getByRole("link")).toHaveText(WOLLEPARK);
  await expect(first).toContainText("Am Wollepark, Gemarkung Delmenhorst, Flur 12, Flurstück 145/3");
  await expect(first).toContainText("970 m entfernt");
  await expect(page.getByRole("link", { name: "Baulücke Stedinger Straße" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Baulücke Adelheider Straße" })).toBeVisible();
  await expect(page.getByText(/^\d+ Einträge$/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The keyboard alone: into the search, type, then Tab on to the one result and open it.
  const search = page.getByLabel("Liste durchsuchen");
  await search.focus();
  await page.keyboard.type("145/3");
  await expect(page.getByText(/^1 von \d+ Einträgen passt$/)).toBeVisible();
  await expect(entries(page)).toHaveCount(1);
  await expect(page).toHaveURL(/q=145%2F3/);
  const result = page.getByRole("link", { name: WOLLEPARK });
  for (let i = 0; i < 20 && !(await result.evaluate((link) => link === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(result).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/karte\/vacant-lots\/bl-wollepark-145-3$/);
  await expect(page.getByRole("heading", { level: 1, name: WOLLEPARK })).toBeVisible();
  const facts = page.locator("dl.facts");
  for (const [label, value] of [
    ["Gemarkung", "Delmenhorst"],
    ["Flur", "12"],
    ["Flurstück", "145/3"],
    ["Straße", "Am Wollepark"],
    ["Größe", "640 m²"],
    ["Planungsrecht", "Bebauungsplan Nr. 21"],
    ["Art der Nutzung", "Wohnen"],
    ["Verfügbarkeit", "verfügbar"],
  ]) {
    await expect(
      facts.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]"),
    ).toHaveText(value!);
  }
  await expect(
    facts.locator("dt", { hasText: "Mittelpunkt" }).locator("xpath=following-sibling::dd[1]"),
  ).toHaveText(/^53,04\d+° N, 8,62\d+° O$/);
  await expect(page.getByText(/Beispielinhalt/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Auf der Karte zeigen" })).toHaveAttribute(
    "href",
    "/karte?objekt=vacant-lots/bl-wollepark-145-3",
  );
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Liste: Baulücken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stadtkarte als Liste" })).toBeVisible();
});

test("another layer is one link away; offices lead to their own page", async ({ page }) => {
  await openLots(page);
  await page
    .getByRole("navigation", { name: "Ebene wählen" })
    .getByRole("link", { name: "Freies WLAN" })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Freies WLAN" })).toBeVisible();
  await expect(entries(page).first().getByRole("link")).toHaveText("Bürgerbüro im Rathaus", {
    timeout: 30_000,
  });
  await expect(page.getByRole("link", { name: WOLLEPARK })).toHaveCount(0);

  await page.goto("/karte/liste?ebene=offices");
  const office = entries(page).first().getByRole("link");
  await expect(office).toHaveAttribute("href", /^\/standorte\//);
  await page.goto("/karte/offices/buergerbuero");
  await expect(page).toHaveURL(/\/standorte\/buergerbuero$/);

  await page.goto("/karte/vacant-lots/gibt-es-nicht");
  await expect(page.getByRole("heading", { level: 1, name: "Diesen Eintrag gibt es nicht" })).toBeVisible();
});

test.describe("measured from the resident's position", () => {
  // In Adelheide, in the south-west of the city.
  test.use({ geolocation: { latitude: 53.021, longitude: 8.606 }, permissions: ["geolocation"] });

  test("only after the tap, and then nearest to them first", async ({ page }) => {
    await openLots(page);
    await expect(entries(page).first().getByRole("link")).toHaveText(WOLLEPARK);
    await page.getByRole("button", { name: "Entfernungen von meinem Standort" }).click();
    await expect(page.getByText("Entfernungen in Luftlinie von Ihrem Standort.")).toBeVisible();
    await expect(entries(page).first().getByRole("link")).toHaveText("Baulücke Adelheider Straße");
    await expect(entries(page).first()).toContainText(/\b\d+ m entfernt/);

    await page.getByRole("button", { name: "Wieder ab dem Rathaus messen" }).click();
    await expect(entries(page).first().getByRole("link")).toHaveText(WOLLEPARK);
  });
});

test("after one visit the list and the feature pages work offline", async ({ page, context }) => {
  await page.goto("/");
  await waitForServiceWorker(page);
  await openLots(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("link", { name: WOLLEPARK })).toBeVisible();
  await page.getByLabel("Liste durchsuchen").fill("stedinger");
  await page.getByRole("link", { name: "Baulücke Stedinger Straße" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Baulücke Stedinger Straße" })).toBeVisible();
  await expect(page.getByText("Innenbereich ohne Bebauungsplan (§ 34 BauGB)")).toBeVisible();
});
