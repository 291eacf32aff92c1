// User story: a resident on a bad connection writes a request to the city. The draft survives a
// reload and going offline; sent offline, it waits; when the network is back the first answer is
// lost on the way, and still exactly one application reaches the city.
import { expect, type Page, test } from "@playwright/test";
import { everythingStored, newPerson, signUp } from "./support/account";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";

// The smallest PNG: signature and IHDR, enough for the type check by content.
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108020000009077530de", "hex");

/** Entries still waiting in the app's outbox (IndexedDB). */
const outboxSize = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("delmenhorst-app");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("outbox").objectStore("outbox").count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );

test("a draft survives reload and offline, and a submission sent twice arrives once", async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const person = newPerson("Lina", "Anliegen");
  await signUp(page, person);
  await waitForServiceWorker(page);

  await page.goto("/antraege");
  await expect(page.getByRole("heading", { level: 1, name: "Anträge" })).toBeVisible();
  await page.getByRole("link", { name: "Antrag starten Allgemeines Anliegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ihr Anliegen" })).toBeVisible();
  await page.getByRole("radio", { name: "Straßen und Wege" }).check();
  await page.getByLabel("Betreff").fill("Schlagloch Lange Straße");
  await page.getByLabel("Ihre Nachricht").fill("Vor Hausnummer 12 ist ein tiefes Schlagloch im Radweg.");
  await expect(page.getByText("Auf diesem Gerät gespeichert")).toBeVisible();
  const draftUrl = page.url();

  await page.reload();
  await expect(page.getByLabel("Betreff")).toHaveValue("Schlagloch Lange Straße");
  await expect(page.getByRole("radio", { name: "Straßen und Wege" })).toBeChecked();

  // Offline from here: the draft keeps changing on the device, a reload comes from the device too.
  await context.setOffline(true);
  await page.evaluate(() => window.dispatchEvent(new Event("offline")));
  await page.getByLabel(/^Ort/).fill("Lange Straße 12");
  await expect(page.getByText("Auf diesem Gerät gespeichert")).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(draftUrl);
  await expect(page.getByLabel(/^Ort/)).toHaveValue("Lange Straße 12");
  await expect(page.getByLabel("Ihre Nachricht")).toHaveValue(
    "Vor Hausnummer 12 ist ein tiefes Schlagloch im Radweg.",
  );

  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Unterlagen" })).toBeVisible();
  await page.getByLabel("Datei für „Fotos oder Dokumente“ auswählen").setInputFiles({
    name: "schlagloch.png",
    mimeType: "image/png",
    buffer: PNG,
  });
  await expect(page.getByRole("button", { name: "Entfernen schlagloch.png" })).toBeVisible();
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Angaben prüfen und absenden" })).toBeVisible();
  await expect(page.getByText("Schlagloch Lange Straße")).toBeVisible();

  // The first submission reaches the server, but its answer is lost on the way back.
  let submissions = 0;
  await context.route("**/api/applications", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    submissions++;
    if (submissions > 1) return route.continue();
    await route.fetch();
    await route.abort("connectionreset");
  });

  await page.getByRole("button", { name: "Absenden" }).click();
  await expect(page.getByText("Ihr Antrag wartet auf eine Verbindung")).toBeVisible();
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  // The lost answer leaves the entry queued; each "online" flushes again with the same key, until
  // the server's stored first answer empties the queue.
  await expect
    .poll(
      async () => {
        await page.evaluate(() => window.dispatchEvent(new Event("online")));
        return outboxSize(page);
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .toBe(0);
  expect(submissions).toBe(2);
  await expect(page.getByText(/Aktenzeichen/).first()).toBeVisible({ timeout: 30_000 });

  await page.goto("/antraege");
  const mine = page.getByRole("region", { name: "Meine Anträge" }).getByRole("listitem");
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText("Schlagloch Lange Straße");
  await expect(page.getByText("Keine Entwürfe auf diesem Gerät.")).toBeVisible();
  await expectNoAxeViolations(page);

  // One receipt in the postbox, not two.
  await page.goto("/konto/postfach");
  await expect(page.getByRole("link", { name: /Eingangsbestätigung/ })).toHaveCount(1);

  // Signing out takes the application, its timeline and any draft off the device.
  expect(await everythingStored(page)).toContain("Schlagloch Lange Straße");
  await page.goto("/konto");
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  await expect(page.getByText("Alle persönlichen Daten wurden von diesem Gerät gelöscht.")).toBeVisible();
  const stored = await everythingStored(page);
  const personal = ["Schlagloch Lange Straße", "tiefes Schlagloch im Radweg", "schlagloch.png", person.email];
  expect(personal.filter((text) => stored.includes(text))).toEqual([]);
});
