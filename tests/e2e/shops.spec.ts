// User stories of "Delmenhorst Shopping" for residents: after one visit the directory works offline;
// a misspelt name still finds the shop; "open now" keeps what is open and drops what never opens;
// the filters survive a reload; the shop's page has every fact and leads to the shop on the map; the
// market calendar lists the coming markets. The data is the server's seeded sample
// (server/features/shops/seed): "Kiosk am Bahnhof" is open "24/7", "Weinkontor an der Burg" is "off".
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";

const BAKERY = { id: "baeckerei-mueller", name: "Bäckerei Müller" };
const ALWAYS_OPEN = "Kiosk am Bahnhof";
const NEVER_OPEN = "Weinkontor an der Burg";

/** The list's entries, each a card with the shop's name as its link. */
const entries = (page: Page) => page.locator(".shops-list > li");
const entry = (page: Page, name: string) => page.getByRole("link", { name, exact: true });

async function openDirectory(page: Page): Promise<void> {
  await page.goto("/einkaufen");
  await expect(page.getByRole("heading", { level: 1, name: "Einkaufen in Delmenhorst" })).toBeVisible();
  // The sync brings the directory on the first visit.
  await expect(entry(page, BAKERY.name)).toBeVisible({ timeout: 30_000 });
}

test("offline, a misspelt name finds the shop and 'open now' filters in a shareable address", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await waitForServiceWorker(page);
  await openDirectory(page);
  await expect(page.getByText(/^\d+ Geschäfte$/)).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(entry(page, BAKERY.name)).toBeVisible();

  const search = page.getByLabel("Geschäft suchen");
  await search.fill("Bäckerai Mülller");
  await expect(entries(page).first().getByRole("link")).toHaveText(BAKERY.name);
  await expect(page.getByText(/^\d+ von \d+ Geschäften passt?$/)).toBeVisible();
  await expect(entry(page, ALWAYS_OPEN)).toHaveCount(0);

  // Whatever the time of day: a shop open around the clock stays, one that never opens goes.
  await search.fill("");
  await expect(entry(page, NEVER_OPEN)).toBeVisible();
  await page.getByRole("checkbox", { name: "Jetzt geöffnet" }).check();
  await expect(page).toHaveURL(/[?&]offen=1/);
  await expect(entry(page, ALWAYS_OPEN)).toBeVisible();
  await expect(entries(page).filter({ hasText: ALWAYS_OPEN })).toContainText("geöffnet · rund um die Uhr");
  await expect(entry(page, NEVER_OPEN)).toHaveCount(0);

  // The filters are in the address: a reload (or a shared link) shows the same list.
  await page.getByLabel("Branche").selectOption({ label: "Lebensmittel und Märkte" });
  await expect(page).toHaveURL(/[?&]gruppe=food/);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Jetzt geöffnet" })).toBeChecked();
  await expect(page.getByLabel("Branche")).toHaveValue("food");
  await expect(entry(page, ALWAYS_OPEN)).toBeVisible();
  await expect(entry(page, "Modehaus Delme")).toHaveCount(0);
  await expect(entry(page, NEVER_OPEN)).toHaveCount(0);

  await page.getByRole("checkbox", { name: "Mit Lieferservice" }).check();
  await page.getByRole("checkbox", { name: "Jetzt geöffnet" }).uncheck();
  await expect(entry(page, "Obst & Gemüse Yilmaz")).toBeVisible();
  await expect(entry(page, BAKERY.name)).toHaveCount(0);
});

test("a shop's page has every fact, is shareable and leads to the shop on the map", async ({
  page,
  context,
}) => {
  // A browser without a share sheet copies the link instead.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "share", { value: undefined }));
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openDirectory(page);
  await entry(page, BAKERY.name).click();

  await expect(page).toHaveURL(`/einkaufen/${BAKERY.id}`);
  await expect(page.getByRole("heading", { level: 1, name: BAKERY.name })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Bäckerei$/ })).toBeVisible();
  await expect(page.getByText(/^(geöffnet|geschlossen)( · .+)?$/).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Öffnungszeiten nach Tag" }).getByRole("row")).toHaveCount(8);
  await expect(page.getByText("Eingeschränkt rollstuhlgerecht", { exact: false })).toBeVisible();
  await expect(page.getByText(/Beispielinhalt/)).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Ist das Ihr Geschäft? Eintrag beanspruchen" }),
  ).toHaveAttribute("href", `/einkaufen/${BAKERY.id}/beanspruchen`);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Teilen" }).click();
  await expect(page.getByRole("status").getByText("Der Link wurde kopiert.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  await page.getByRole("link", { name: "Auf der Karte zeigen" }).click();
  await expect(page).toHaveURL(`/karte?ebenen=shops&objekt=shops/${BAKERY.id}`);
  await expect(page.locator("[data-map-state]")).toHaveAttribute("data-map-state", "idle", {
    timeout: 30_000,
  });
  const popup = page.locator(".maplibregl-popup");
  await expect(popup.getByRole("heading", { name: BAKERY.name })).toBeVisible();
  await expect(popup.getByText(/geöffnet|geschlossen/).first()).toBeVisible();
  await expect(popup.getByRole("link", { name: "Zum Geschäft" })).toHaveAttribute(
    "href",
    `/einkaufen/${BAKERY.id}`,
  );
  await expect(page.getByRole("checkbox", { name: "Geschäfte" })).toBeChecked();
  await expect(
    page.getByRole("region", { name: "Legende" }).getByText("Geschäfte", { exact: true }),
  ).toBeVisible();
});

test("an address of a shop that is not there says so", async ({ page }) => {
  await openDirectory(page);
  await page.goto("/einkaufen/gibt-es-nicht");
  await expect(page.getByRole("heading", { level: 1, name: "Geschäft nicht gefunden" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zum Verzeichnis der Geschäfte" })).toBeVisible();
});

test("the calendar lists the coming weekly markets and explains Sunday shopping", async ({ page }) => {
  await openDirectory(page);
  await page.getByRole("link", { name: "Markttage und verkaufsoffene Sonntage" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Markttage und verkaufsoffene Sonntage" }),
  ).toBeVisible();
  // The market on the Marktplatz is on Wednesdays and Saturdays: several times in eight weeks.
  const markets = page.getByRole("heading", { level: 3, name: "Wochenmarkt Marktplatz" });
  await expect(markets.first()).toBeVisible({ timeout: 30_000 });
  expect(await markets.count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByText("07:00 – 13:00 Uhr · Marktplatz, Delmenhorst-Mitte").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Was ist ein verkaufsoffener Sonntag?" })).toBeVisible();
  await expect(page.getByText(/Beispielinhalt/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("in the evening, the morning's market shows as over, and the coming ones do not", async ({ page }) => {
  // Saturday 28 November 2026, 19:50 in Delmenhorst: the market on the Marktplatz closed at 13:00.
  await page.clock.setFixedTime(new Date("2026-11-28T19:50:00+01:00"));
  await openDirectory(page);
  await page.getByRole("link", { name: "Markttage und verkaufsoffene Sonntage" }).click();
  const day = (name: string) =>
    page.locator(".shops-calendar-day").filter({ has: page.getByRole("heading", { level: 2, name }) });
  const market = day("Samstag, 28. November 2026")
    .getByRole("listitem")
    .filter({ hasText: "Wochenmarkt Marktplatz" });
  await expect(market.getByText("Vorbei", { exact: true })).toBeVisible({ timeout: 30_000 });
  const wednesday = day("Mittwoch, 2. Dezember 2026");
  await expect(wednesday.getByRole("heading", { level: 3, name: "Wochenmarkt Marktplatz" })).toBeVisible();
  await expect(wednesday.getByText("Vorbei", { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the directory passes axe with its results and filters, and offers itself as open data", async ({
  page,
}) => {
  await openDirectory(page);
  await expectNoAxeViolations(page);
  const geojson = page.getByRole("link", { name: "Verzeichnis als GeoJSON (Karte)" });
  const collection = (await (await page.request.get((await geojson.getAttribute("href"))!)).json()) as {
    type: string;
    license: string;
    features: { id: string }[];
  };
  expect(collection.type).toBe("FeatureCollection");
  expect(collection.license).toContain("ODbL");
  expect(collection.features.map((f) => f.id)).toContain(BAKERY.id);
  const csv = page.getByRole("link", { name: "Verzeichnis als CSV (Tabelle)" });
  const table = await (await page.request.get((await csv.getAttribute("href"))!)).text();
  expect(table).toContain(`${BAKERY.id},${BAKERY.name},shop=bakery`);
  await page.getByRole("checkbox", { name: "Rollstuhlgerecht" }).check();
  await expect(page.getByText(/^\d+ von \d+ Geschäften passen$/)).toBeVisible();
  await expectNoAxeViolations(page);
});
