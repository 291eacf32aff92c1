// User story: a resident who reported a dark street lamp with their account checks on it on the bus,
// without a connection. "Meine Meldungen" and the report's page open from the device with the time of
// the last sync ("Stand"); the status shown is marked seen (for the start page's "new status"); and
// signing out takes the report off the device.
import { expect, type Page, test } from "@playwright/test";
import { everythingStored, newPerson, signUp } from "./support/account";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";

const DESCRIPTION = "Die Laterne am Rathausplatz bleibt nachts dunkel.";

/** The device's "seen" marks (IndexedDB). */
const seenMarks = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ key: string; value: string }[]>((resolve, reject) => {
        const open = indexedDB.open("delmenhorst-app");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("seen").objectStore("seen").getAll();
          request.onsuccess = () => {
            resolve(request.result as { key: string; value: string }[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );

/** Places the pin in the city centre with the keyboard (as the reports story does). */
async function placePin(page: Page) {
  const centre = page.getByRole("button", { name: "Markierung in die Stadtmitte setzen" });
  await centre.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#report-position-words")).toHaveText(
    "Markierung bei 53,05070° Nord, 8,63150° Ost",
  );
}

test("a resident's own reports open offline with the time of the last sync, and leave at sign-out", async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await signUp(page, newPerson("Jonas", "Laterne"));
  await waitForServiceWorker(page);

  await page.goto("/melden");
  await page.getByRole("radio", { name: "Straßenbeleuchtung" }).check();
  await placePin(page);
  await page.getByLabel(/^Beschreibung/).fill(DESCRIPTION);
  await page.getByRole("button", { name: "Mangel melden" }).click();
  await expect(page.getByText("Ihre Meldung ist angekommen.")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "Zur Seite der Meldung" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Straßenbeleuchtung" })).toBeVisible();
  const reportId = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1)!);

  // The list comes from the device once the personal feed synced.
  await page.goto("/konto/meldungen");
  const entry = page.getByRole("listitem").filter({ hasText: DESCRIPTION });
  await expect(entry).toContainText("Eingegangen", { timeout: 30_000 });
  await expect(page.getByText(/^Stand \d/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expect
    .poll(() => seenMarks(page))
    .toContainEqual({
      key: `report:${reportId}`,
      value: "received",
      at: expect.any(String),
    });

  // Offline: the list and the report's page open from the device.
  await context.setOffline(true);
  await page.evaluate(() => window.dispatchEvent(new Event("offline")));
  await page.reload();
  await expect(entry).toContainText("Eingegangen");
  await expect(page.getByText(/^Stand \d/)).toBeVisible();
  await entry.getByRole("link", { name: "Straßenbeleuchtung" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Straßenbeleuchtung" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Eingegangen" })).toBeVisible();
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  expect(await everythingStored(page)).toContain(DESCRIPTION);
  await page.goto("/konto");
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  await expect(page.getByText("Alle persönlichen Daten wurden von diesem Gerät gelöscht.")).toBeVisible();
  const stored = await everythingStored(page);
  expect(stored).not.toContain(DESCRIPTION);
  expect(stored).not.toContain(`report:${reportId}`);
});
