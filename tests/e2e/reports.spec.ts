// User story of the defect reports: a resident finds the form from "Mehr", picks a category, places
// the pin with the keyboard only and sends the report while offline; it waits on the device and
// arrives exactly once when the connection is back. Its public page takes a "+1", and the next
// resident at the same spot is shown it as "Schon gemeldet?". axe on each state, 320 px reflow on
// those the accessibility spec's route walk does not reach (the list and the empty form it does).
import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { expectNoAxeViolations } from "./support/app";
import { REFLOW_WIDTH, reflowProblems } from "./support/reflow";

// The smallest PNG header: enough for the form to show a thumbnail entry.
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108020000009077530de", "hex");

/** axe, and no sideways scroll at 320 px; the phone's width again afterwards. */
async function checkState(page: Page) {
  await expectNoAxeViolations(page);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
  expect(await reflowProblems(page)).toEqual([]);
  await page.setViewportSize(size);
}

/** Places the pin in the city centre and moves it two steps north, with the keyboard only. */
async function placePinByKeyboard(page: Page) {
  const centre = page.getByRole("button", { name: "Markierung in die Stadtmitte setzen" });
  await centre.focus();
  await page.keyboard.press("Enter");
  const position = page.locator("#report-position-words");
  await expect(position).toHaveText("Markierung bei 53,05070° Nord, 8,63150° Ost");
  await page.getByRole("button", { name: "Nach Norden" }).focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(position).toHaveText("Markierung bei 53,05088° Nord, 8,63150° Ost");
}

test("a report sent offline arrives once, takes a +1 and is offered to the next resident", async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto("/mehr");
  await page.getByRole("link", { name: "Mangel melden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mangel melden" })).toBeVisible();

  // Sending without a category or pin says what is missing.
  await page.getByRole("button", { name: "Mangel melden" }).click();
  await expect(page.getByRole("link", { name: "Wählen Sie, was Sie melden möchten." })).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Setzen Sie die Markierung auf den Ort des Mangels." }),
  ).toBeVisible();

  let creates = 0;
  await context.route("**/api/reports", (route) => {
    if (route.request().method() === "POST") creates++;
    return route.continue();
  });

  await context.setOffline(true);
  await page.evaluate(() => window.dispatchEvent(new Event("offline")));
  await page.getByRole("radio", { name: "Straßenbeleuchtung" }).check();
  await placePinByKeyboard(page);
  await expect(page.getByText("Ob es schon gemeldet ist, können wir gerade nicht prüfen.")).toBeVisible();
  await page.getByLabel(/^Ort in Worten/).fill("Vor dem Rathaus");
  await page.getByLabel(/^Fotos/).setInputFiles({ name: "lampe.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Foto 1 entfernen" }).click();
  await expect(page.getByRole("button", { name: "Foto 1 entfernen" })).toHaveCount(0);
  await page.getByLabel(/^Beschreibung/).fill("Die Laterne flackert die ganze Nacht.");
  await checkState(page);

  await page.getByRole("button", { name: "Mangel melden" }).click();
  await expect(
    page.getByText("Keine Verbindung: Die Meldung ist auf diesem Gerät gespeichert."),
  ).toBeVisible();
  await checkState(page);

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page.getByText("Ihre Meldung ist angekommen.")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "Zur Seite der Meldung" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Straßenbeleuchtung" })).toBeVisible();
  const reportPath = new URL(page.url()).pathname;
  await expect(page.getByText("Eingegangen")).toBeVisible();
  await expect(page.getByText("Vor dem Rathaus")).toBeVisible();
  await expect(
    page.getByText("Die Beschreibung wird veröffentlicht, sobald die Stadt sie geprüft hat."),
  ).toBeVisible();
  await page.getByRole("button", { name: "+1: Betrifft mich auch" }).click();
  await expect(page.getByText("1 Person unterstützt diese Meldung")).toBeVisible();
  await checkState(page);
  expect(creates).toBe(1);

  // The public list has it once (beside the seed's sample reports).
  await page.getByRole("link", { name: "Alle Meldungen" }).click();
  await page.getByLabel("Art", { exact: true }).selectOption({ label: "Straßenbeleuchtung" });
  await expect(page.getByText(/^\d+ Meldungen?$/)).toBeVisible();
  await expect(page.locator(`a[href="${reportPath}"]`)).toHaveCount(1);

  // The next report of the same kind at the same spot is offered as "Schon gemeldet?".
  await page.getByRole("link", { name: "Neuen Mangel melden" }).click();
  await page.getByRole("radio", { name: "Straßenbeleuchtung" }).check();
  await placePinByKeyboard(page);
  const nearby = page.getByRole("region", { name: "Schon gemeldet?" });
  // Ours is offered once (a sample report may be close by too).
  const ours = nearby.getByRole("listitem").filter({ hasText: "Vor dem Rathaus" });
  await expect(ours).toHaveCount(1);
  await ours.getByRole("button", { name: "Schon gemeldet? Unterstützen" }).click();
  await expect(nearby.getByText("Danke, Ihre Unterstützung ist gezählt.")).toBeVisible();
  await expectNoAxeViolations(page);
});

/** What the device keeps of the report being written (IndexedDB, db.reportDrafts "current"). */
const keptDraft = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ description: string; photos: number } | null>((resolve, reject) => {
        const open = indexedDB.open("delmenhorst-app");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("reportDrafts")) return resolve(null);
          const read = db.transaction("reportDrafts").objectStore("reportDrafts").get("current");
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            const draft = read.result as { description: string; photos: unknown[] } | undefined;
            db.close();
            resolve(draft ? { description: draft.description, photos: draft.photos.length } : null);
          };
        };
      }),
  );

test("a report being written survives a reload, photo included, and is sent from there", async ({ page }) => {
  test.setTimeout(120_000);
  // A photo the server takes (at least 320 pixels a side).
  const photo = await sharp({ create: { width: 480, height: 360, channels: 3, background: "#8a8f96" } })
    .png()
    .toBuffer();
  await page.goto("/melden");
  await expect(page.getByRole("heading", { level: 1, name: "Mangel melden" })).toBeVisible();
  await expect(page.getByText(/^Entwurf wiederhergestellt/)).toHaveCount(0);
  await page.getByRole("radio", { name: "Graffiti" }).check();
  await page.getByLabel(/^Beschreibung/).fill("Farbe an der Brücke am Wollepark.");
  await page
    .getByLabel(/^Fotos/)
    .setInputFiles({ name: "bruecke.png", mimeType: "image/png", buffer: photo });
  await expect(page.getByRole("img", { name: "Foto 1, Vorschau" })).toBeVisible();
  // Kept a moment after the last change.
  await expect
    .poll(() => keptDraft(page))
    .toEqual({ description: "Farbe an der Brücke am Wollepark.", photos: 1 });

  await page.reload();
  await expect(page.getByText(/^Entwurf wiederhergestellt/)).toBeVisible();
  await expect(page.getByRole("radio", { name: "Graffiti" })).toBeChecked();
  await expect(page.getByLabel(/^Beschreibung/)).toHaveValue("Farbe an der Brücke am Wollepark.");
  await expect(page.getByRole("img", { name: "Foto 1, Vorschau" })).toBeVisible();
  expect(
    await page
      .getByRole("img", { name: "Foto 1, Vorschau" })
      .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]),
  ).toEqual([480, 360]);
  await checkState(page);

  await placePinByKeyboard(page);
  const uploaded = page.waitForResponse(
    (response) => /\/api\/reports\/[^/]+\/photos$/.test(new URL(response.url()).pathname),
    { timeout: 60_000 },
  );
  await page.getByRole("button", { name: "Mangel melden" }).click();
  await expect(page.getByText("Ihre Meldung ist angekommen.")).toBeVisible({ timeout: 30_000 });
  expect((await uploaded).ok()).toBe(true);
  await expect(page.getByRole("link", { name: "Zur Seite der Meldung" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Nicht alle Fotos konnten gesendet werden.")).toHaveCount(0);
  // In the outbox, then sent: nothing is kept to be offered again, neither here nor after a reload.
  expect(await keptDraft(page)).toBeNull();
  await page.getByRole("button", { name: "Weiteren Mangel melden" }).click();
  await expect(page.getByRole("radio", { name: "Graffiti" })).not.toBeChecked();
  await expect(page.getByText(/^Entwurf wiederhergestellt/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("radio", { name: "Graffiti" })).not.toBeChecked();
  await expect(page.getByText(/^Entwurf wiederhergestellt/)).toHaveCount(0);

  // "Verwerfen" starts afresh, also after the next reload.
  await page.getByLabel(/^Beschreibung/).fill("Doch nicht.");
  await expect.poll(() => keptDraft(page)).toEqual({ description: "Doch nicht.", photos: 0 });
  await page.reload();
  await expect(page.getByLabel(/^Beschreibung/)).toHaveValue("Doch nicht.");
  await page.getByRole("button", { name: "Verwerfen" }).click();
  await expect(page.getByLabel(/^Beschreibung/)).toHaveValue("");
  await expect(page.getByText(/^Entwurf wiederhergestellt/)).toHaveCount(0);
  expect(await keptDraft(page)).toBeNull();
  await page.reload();
  await expect(page.getByLabel(/^Beschreibung/)).toHaveValue("");
  await expect(page.getByText(/^Entwurf wiederhergestellt/)).toHaveCount(0);
});
