// User story of the Bauamt keeping the vacant lots (Baulücken) of the city map: a clerk publishes a
// lot whose objection period has ended (§ 200 Abs. 3 BauGB) and residents see it after the next
// sync; the clerk imports the lots from a GeoJSON file; a faulty file is refused with its faults
// and changes nothing; a source that cannot be reached keeps the data too. The lots the resident
// list story relies on (tests/e2e/map-list.spec.ts) stay as they are.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { newPerson } from "./support/account";
import { expectNoAxeViolations } from "./support/app";
import { repoRoot } from "./support/server";
import { staffPage } from "./support/staff";

type GeoJsonFeature = { id: string; type: "Feature"; geometry: unknown; properties: Record<string, unknown> };
const seeded: { features: GeoJsonFeature[] } = JSON.parse(
  readFileSync(join(repoRoot, "server/features/map/seed/vacant-lots.geojson"), "utf8"),
);

const lot = (id: string, coordinates: [number, number], street: string): GeoJsonFeature => ({
  type: "Feature",
  id,
  geometry: { type: "Point", coordinates },
  properties: {
    parcel: { district: "Delmenhorst", flur: 41, number: "7/2" },
    street,
    areaSqm: 730,
    planningLaw: { kind: "plan", plan: "88" },
    use: "residential",
    development: "developed",
    availability: "available",
    publication: "allowed",
  },
});

const file = (name: string, content: unknown) => ({
  name,
  mimeType: "application/geo+json",
  buffer: Buffer.from(typeof content === "string" ? content : JSON.stringify(content)),
});

async function residentListShows(page: Page, name: string): Promise<void> {
  await page.goto("/karte/liste?ebene=vacant-lots");
  // The list asks for a sync when it opens; the change arrives with it.
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible({ timeout: 30_000 });
}

test("a Bauamt clerk publishes a vacant lot, imports lots from a file, and a faulty file changes nothing", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await staffPage(browser, newPerson("Berta", "Bauamt"), "bauamt");

  // The owner of the lot at the Hasporter Damm objected: residents do not see it.
  await residentListShows(page, "Baulücke Am Wollepark");
  await expect(page.getByRole("link", { name: /Hasporter Damm/ })).toHaveCount(0);

  await page.goto("/verwaltung");
  await page
    .getByRole("navigation", { name: "Verwaltungskonsole" })
    .getByRole("link", { name: "Kartenebenen" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Kartenebenen" })).toBeVisible();
  const layers = page.getByRole("table", { name: "Ihre Kartenebenen" });
  await expect(layers.getByRole("link", { name: "Baulücken" })).toBeVisible();
  // The Bauamt keeps the vacant lots only; WiFi and schools are the Wirtschaftsförderung's.
  await expect(layers.getByRole("link", { name: "Freies WLAN" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await layers.getByRole("link", { name: "Baulücken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Baulücken" })).toBeVisible();
  const hasport = page.getByRole("row", { name: /Baulücke Hasporter Damm/ });
  await expect(hasport).toContainText("Eigentümer hat widersprochen");
  await expectNoAxeViolations(page);

  // Edit: the form checks with the contract's schema before anything is sent.
  await hasport.getByRole("link", { name: "Bearbeiten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Objekt bearbeiten: Baulücken" })).toBeVisible();
  await expect(page.getByLabel("Straße (Pflichtfeld)", { exact: true })).toHaveValue("Hasporter Damm");
  await expectNoAxeViolations(page);
  await page.getByLabel("Flur (Pflichtfeld)", { exact: true }).fill("null");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Die Flur ist eine ganze Zahl von 1 bis 999." }),
  ).toBeVisible();
  await page.getByLabel("Flur (Pflichtfeld)", { exact: true }).fill("8");
  await page.getByLabel("Straße (Pflichtfeld)", { exact: true }).fill("Hasporter Damm 12");
  await page.getByLabel("Veröffentlichung erlaubt").check();
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("„Baulücke Hasporter Damm 12“ ist gespeichert.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Baulücke Hasporter Damm 12/ })).toContainText(
    "Veröffentlichung erlaubt",
  );

  await residentListShows(page, "Baulücke Hasporter Damm 12");

  // Import: the city's file has the other lots and one new one. The lot edited by hand stays.
  await page.goto("/verwaltung/karte/vacant-lots");
  const imported = [
    ...seeded.features.filter((feature) => feature.id !== "bl-hasport-17"),
    lot("bl-e2e-schanzenstrasse", [8.662, 53.069], "Schanzenstraße"),
  ];
  const fileInput = page.getByLabel("GeoJSON-Datei");
  await fileInput.setInputFiles(file("baulücken.geojson", { type: "FeatureCollection", features: imported }));
  await page.getByRole("button", { name: "Datei importieren" }).click();
  await expect(page.getByText("4 Objekte importiert, 0 früher importierte entfernt.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Baulücke Schanzenstraße/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Baulücke Hasporter Damm 12/ })).toContainText("von Hand");
  const rows = await page.getByRole("row").count();

  // A faulty file: latitude and longitude swapped in one feature, a street too short in another.
  await fileInput.setInputFiles(
    file("kaputt.geojson", {
      type: "FeatureCollection",
      features: [lot("bl-bad-1", [53.07, 8.66], "Bahnhofstraße"), lot("bl-bad-2", [8.64, 53.05], "B")],
    }),
  );
  await page.getByRole("button", { name: "Datei importieren" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Die Datei wurde nicht importiert" });
  await expect(alert).toContainText("Objekt 1 („bl-bad-1“), geometry.coordinates");
  await expect(alert).toContainText("Objekt 2 („bl-bad-2“), properties.street");
  await expect(alert).toContainText("Es wurde nichts geändert");
  await page.reload();
  await expect(page.getByRole("row", { name: /Baulücke Schanzenstraße/ })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(rows);
  await expect(page.getByRole("row", { name: /Bahnhofstraße/ })).toHaveCount(0);

  await page.getByLabel("GeoJSON-Datei").setInputFiles(file("kein-json.geojson", "{ kaputt"));
  await page.getByRole("button", { name: "Datei importieren" }).click();
  await expect(page.getByRole("alert").getByText("Die Datei ist kein gültiges JSON.")).toBeVisible();
  await expectNoAxeViolations(page);

  await residentListShows(page, "Baulücke Schanzenstraße");
  await expect(page.getByRole("link", { name: "Baulücke Am Wollepark" })).toBeVisible();
});

test("a source that cannot be reached keeps the layer's data and says so", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await staffPage(browser, newPerson("Bruno", "Bauamt"), "bauamt");
  await page.goto("/verwaltung/karte/vacant-lots");
  const wollepark = page.getByRole("row", { name: /Baulücke Am Wollepark/ });
  await expect(wollepark).toBeVisible();

  await page.getByLabel("Art der Quelle").selectOption("wfs");
  await page.getByLabel("Adresse (URL)").fill("http://127.0.0.1:9/wfs");
  await page.getByRole("button", { name: "Quelle speichern" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Bitte geben Sie die Collection bzw. die Objektart an." }),
  ).toBeVisible();
  await page.getByLabel("Objektart (typeName)").fill("bauluecken:flaechen");
  await page.getByRole("button", { name: "Quelle speichern" }).click();
  await expect(page.getByText("Die Importquelle ist gespeichert.")).toBeVisible();

  await page.getByRole("button", { name: "Jetzt importieren" }).click();
  await expect(
    page.getByText(/Die Quelle hat (keine gültigen Daten geliefert|nicht rechtzeitig geantwortet)/),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/Letzter Import: Fehlgeschlagen am/)).toBeVisible();
  await page.reload();
  await expect(wollepark).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Quelle entfernen" }).click();
  await expect(page.getByText("Die Importquelle ist entfernt.")).toBeVisible();

  // A new lot may be a point or an area; the form that asks for it passes axe too.
  await page.getByRole("link", { name: "Neues Objekt anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Neues Objekt: Baulücken" })).toBeVisible();
  await expect(page.getByLabel("Breite (Latitude)")).toBeVisible();
  await page.getByLabel("Fläche (GeoJSON)").check();
  await expect(page.getByLabel("Fläche als GeoJSON-Geometrie")).toBeVisible();
  await expectNoAxeViolations(page);
});
