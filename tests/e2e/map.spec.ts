// User stories of the city map (/karte): a resident sees the city on a basemap, switches layers,
// opens a feature's popup by tapping it or by a shared link, finds what is near, and saves the map
// to use it without a connection. The basemap is the tile stand-in (solid #d8e8c8 raster tiles).
import { expect, type Page, type Response, test } from "@playwright/test";
import { colourAtCentre } from "./support/colour";
import { CITY_BOUNDS, tileIntersects } from "../../src/lib/contract/map";
import { FIXTURE_TILE_COLOUR } from "../../server/testing/tile-fixture-server";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { E2E_NINA_ALERT } from "./support/nina-stand-in";

/** Grundschule Deichhorst, a seeded sample school away from the offices in the centre. */
const SCHOOL = { ref: "schools/schule-deichhorst", name: "Grundschule Deichhorst" };

/** A fresh browser has no layer data yet: the popup of a shared link opens once the sync brought it. */
const DATA_SYNCED = 30_000;

const mapOf = (page: Page) => page.locator("[data-map-state]");

async function mapIsIdle(page: Page): Promise<void> {
  await expect(mapOf(page)).toHaveAttribute("data-map-state", "idle", { timeout: 30_000 });
}

/** MapLibre runs under the app's strict CSP: its worker from a file, its styles through the CSSOM. */
function recordCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

type TileAnswer = { z: number; x: number; y: number; status: number; fromServiceWorker: boolean };

/** Every basemap tile the page receives from now on. */
function recordTiles(page: Page): TileAnswer[] {
  const answers: TileAnswer[] = [];
  page.on("response", (response: Response) => {
    const match = /\/api\/map\/tiles\/[^/]+\/(\d+)\/(\d+)\/(\d+)/.exec(response.url());
    if (!match) return;
    const [z, x, y] = match.slice(1).map(Number) as [number, number, number];
    answers.push({ z, x, y, status: response.status(), fromServiceWorker: response.fromServiceWorker() });
  });
  page.on("requestfailed", (request) => {
    const match = /\/api\/map\/tiles\/[^/]+\/(\d+)\/(\d+)\/(\d+)/.exec(request.url());
    if (!match) return;
    const [z, x, y] = match.slice(1).map(Number) as [number, number, number];
    answers.push({ z, x, y, status: 0, fromServiceWorker: false });
  });
  return answers;
}

function expectBasemapColour(rgb: number[]): void {
  FIXTURE_TILE_COLOUR.forEach((channel, i) => expect(Math.abs(rgb[i]! - channel)).toBeLessThanOrEqual(4));
}

test("the map shows Delmenhorst on the basemap with its attribution", async ({ page, context }) => {
  const tiles = recordTiles(page);
  const violations = recordCspViolations(page);
  // No overlays: the middle of the map is plain basemap.
  await page.goto("/karte?ebenen=keine");
  await expect(page.getByRole("heading", { level: 1, name: "Stadtkarte" })).toBeVisible();
  await mapIsIdle(page);

  expect(tiles.length).toBeGreaterThan(0);
  expect(tiles.filter((t) => t.status !== 200)).toEqual([]);
  expectBasemapColour(await colourAtCentre(context, mapOf(page)));
  await expect(mapOf(page).getByText("Stand-in basemap for tests")).toBeVisible();
  await expect(mapOf(page).getByText(/GeoBasis-DE \/ BKG/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Vergrößern" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a layer can be switched off and on; the address and the legend follow", async ({ page }) => {
  // Only the schools: the WLAN hotspot at the same school would answer the tap otherwise.
  await page.goto(`/karte?ebenen=schools&objekt=${SCHOOL.ref}`);
  await mapIsIdle(page);
  const popup = page.getByRole("heading", { name: SCHOOL.name });
  await expect(popup).toBeVisible({ timeout: DATA_SYNCED });
  const legend = page.getByRole("region", { name: "Legende" });
  await expect(legend.getByText("Schulen und Jugendzentren", { exact: true })).toBeVisible();
  await expect(legend.getByText("Freies WLAN", { exact: true })).toHaveCount(0);

  const schools = page.getByRole("checkbox", { name: "Schulen und Jugendzentren" });
  await schools.focus();
  await page.keyboard.press("Space");
  await expect(schools).not.toBeChecked();
  await expect(page).toHaveURL(/ebenen=keine(&|$)/);
  await expect(page).not.toHaveURL(/objekt=/);
  await expect(legend.getByText("Keine Ebene ausgewählt.")).toBeVisible();
  // The school is no longer drawn: its popup closed, and tapping its place opens nothing.
  await expect(popup).toHaveCount(0);
  await clickMapCentre(page);
  await expect(page.getByRole("heading", { level: 2, name: SCHOOL.name })).toHaveCount(0);

  await schools.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/ebenen=schools(&|$)/);
  await expect(legend.getByText("Schulen und Jugendzentren", { exact: true })).toBeVisible();
  await clickMapCentre(page);
  await expect(page.getByRole("heading", { name: SCHOOL.name })).toBeVisible();
  await expect(page.getByRole("link", { name: "Alle Angaben" })).toHaveAttribute(
    "href",
    `/karte/${SCHOOL.ref}`,
  );
});

async function clickMapCentre(page: Page): Promise<void> {
  const canvas = mapOf(page).locator("canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error("map not visible");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test("a shared link opens the feature's popup; tapping the feature opens it again", async ({ page }) => {
  const violations = recordCspViolations(page);
  await page.goto(`/karte?objekt=${SCHOOL.ref}`);
  await mapIsIdle(page);
  await expect(page.getByRole("heading", { name: SCHOOL.name })).toBeVisible({ timeout: DATA_SYNCED });
  await expect(page.getByText("Grundschule", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Alle Angaben" })).toHaveAttribute(
    "href",
    `/karte/${SCHOOL.ref}`,
  );

  // The open popup and MapLibre's controls pass axe too.
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Schließen" }).click();
  await expect(page.getByRole("heading", { name: SCHOOL.name })).toHaveCount(0);

  // The link centred the map on the school: it is under the middle of the map.
  await clickMapCentre(page);
  await expect(page.getByRole("heading", { name: SCHOOL.name })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { name: SCHOOL.name })).toHaveCount(0);
  expect(violations).toEqual([]);
});

test("an office on the map says whether it is open and links to its page", async ({ page }) => {
  await page.goto("/karte?objekt=offices/buergerbuero");
  await mapIsIdle(page);
  const link = page.getByRole("link", { name: "Zum Standort" });
  await expect(link).toHaveAttribute("href", "/standorte/buergerbuero", { timeout: DATA_SYNCED });
  await expect(
    page
      .locator(".maplibregl-popup")
      .getByText(/geöffnet|geschlossen/)
      .first(),
  ).toBeVisible();
});

test("the area of an official warning is on the map and leads to the warning", async ({ page }) => {
  // The NINA stand-in's alert comes with its polygon (tests/fixtures/nina/delmenhorst/mow-area.geojson).
  await page.goto(`/karte?objekt=warnings/${E2E_NINA_ALERT.id}`);
  await mapIsIdle(page);
  const popup = page.locator(".maplibregl-popup");
  await expect(popup.getByRole("heading", { name: E2E_NINA_ALERT.headline })).toBeVisible({
    timeout: DATA_SYNCED,
  });
  await expect(popup.getByRole("link", { name: "Zur Warnung" })).toHaveAttribute(
    "href",
    `/warnungen/${encodeURIComponent(E2E_NINA_ALERT.id)}`,
  );
  await expect(page.getByRole("region", { name: "Legende" }).getByText("Warngebiete")).toBeVisible();
});

test("a link to a feature that is not there says so", async ({ page }) => {
  await page.goto("/karte?objekt=wifi/gibt-es-nicht");
  await mapIsIdle(page);
  await expect(
    page.getByText("Dieses Objekt ist auf der Karte nicht zu finden.", { exact: false }),
  ).toBeVisible({
    timeout: 20_000,
  });
});

test.describe("near me", () => {
  test("with the location allowed, the map marks and names the position", async ({ page, context }) => {
    await context.grantPermissions(["geolocation"]);
    await context.setGeolocation({ latitude: 53.0507, longitude: 8.6318, accuracy: 25 });
    await page.goto("/karte");
    await mapIsIdle(page);
    await page.getByRole("button", { name: "In meiner Nähe" }).click();
    await expect(page.getByRole("status").getByText(/53,0507° N, 8,6318° O/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Legende" }).getByText("Ihr Standort")).toBeVisible();
  });

  test("with the location refused, the reason is explained", async ({ page, context }) => {
    await context.clearPermissions();
    await page.goto("/karte");
    await mapIsIdle(page);
    await page.getByRole("button", { name: "In meiner Nähe" }).click();
    await expect(page.getByRole("alert").getByText(/nicht erlaubt/)).toBeVisible();
  });
});

test("a map saved for offline use shows the city without a connection", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await waitForServiceWorker(page);
  await page.goto("/karte?ebenen=keine");
  await mapIsIdle(page);

  const offline = page.getByRole("region", { name: "Karte offline speichern" });
  await expect(offline.getByText("Auf diesem Gerät ist noch keine Karte gespeichert.")).toBeVisible();
  await offline.getByLabel("Von Zoomstufe").selectOption("10");
  await offline.getByLabel("Bis Zoomstufe").selectOption("12");
  await expect(offline.getByText(/\d+ Kartenkacheln, etwa/)).toBeVisible();
  await offline.getByRole("button", { name: "Karte offline speichern" }).click();
  await expect(offline.getByText(/^Gespeichert: \d+ Dateien/)).toBeVisible({ timeout: 60_000 });
  await expect(offline.getByText(/Auf diesem Gerät gespeichert: Zoomstufen 10 bis 12/)).toBeVisible();

  await context.setOffline(true);
  const tiles = recordTiles(page);
  await page.reload();
  await mapIsIdle(page);
  await expect(
    page.getByText("Die Hintergrundkarte ist gerade nicht erreichbar.", { exact: false }),
  ).toHaveCount(0);
  const inCity = tiles.filter((t) => tileIntersects(t.z, t.x, t.y, CITY_BOUNDS));
  expect(inCity.length).toBeGreaterThan(0);
  expect(inCity.filter((t) => t.status !== 200 || !t.fromServiceWorker)).toEqual([]);
  expectBasemapColour(await colourAtCentre(context, mapOf(page)));

  // And it can be deleted again.
  await context.setOffline(false);
  await offline.getByRole("button", { name: "Gespeicherte Karte löschen" }).click();
  await expect(offline.getByText("Die gespeicherte Karte wurde gelöscht.")).toBeVisible();
});
