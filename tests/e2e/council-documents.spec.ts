// User story of the council's documents (issue 21): a resident searches /rat for a word that stands
// only in a paper's PDF and finds the paper under "In den Dokumenten" with a piece of its text, opens
// the paper's document through our server, and opens it again offline from the device. axe on the
// search and the paper page.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";

const COUNCIL_MEETING = "12. Sitzung des Rates der Stadt Delmenhorst";
const PAPER = "Bebauungsplan Nr. 42 „Am Wollepark“ – Aufstellungsbeschluss";
const FILE = "Beschlussvorlage BV 2026/0142";

/** Opens the file link (the browser shows the PDF) and comes back: what was answered, and by whom. */
async function openFile(page: Page) {
  const answered = page.waitForResponse(
    (response) => response.url().includes("/api/council/files/") && response.request().isNavigationRequest(),
  );
  await page.getByRole("link", { name: FILE }).click();
  const response = await answered;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain('filename="bv-2026-0142.pdf"');
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: PAPER })).toBeVisible();
  return { fromServiceWorker: response.fromServiceWorker() };
}

/** The file as the page gets it (through the service worker): its first bytes and its length. */
const fetchFile = (page: Page, href: string) =>
  page.evaluate(async (url) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    return { start: new TextDecoder().decode(bytes.slice(0, 5)), length: bytes.byteLength };
  }, href);

test("a resident finds a paper by a word in its PDF, opens the PDF and reads it again offline", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(new Date("2026-12-10T10:00:00+01:00"));
  await page.goto("/rat");
  await waitForServiceWorker(page);
  await expect(page.getByRole("link", { name: COUNCIL_MEETING })).toBeVisible({ timeout: 30_000 });

  // A word that is in no title, only in the sample paper's PDF.
  await page.getByLabel("Sitzungen und Vorlagen durchsuchen").fill("Regenrückhaltebecken");
  await expect(page.getByText("Keine Sitzung und keine Vorlage passt zu Ihrer Suche.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "In den Dokumenten" })).toBeVisible();
  const found = page.locator(".council-documents .council-card");
  await expect(found).toHaveCount(1, { timeout: 15_000 });
  await expect(found.getByRole("link", { name: PAPER })).toBeVisible();
  await expect(found.locator(".council-snippet")).toContainText("Regenrückhaltebecken");
  await expectNoAxeViolations(page);

  // The paper's document, through our server.
  await found.getByRole("link", { name: PAPER }).click();
  await expect(page.getByRole("heading", { level: 1, name: PAPER })).toBeVisible();
  const link = page.getByRole("link", { name: FILE });
  await expect(link).toHaveAttribute("href", /^\/api\/council\/files\/[\w-]{22}$/);
  await expect(page.getByText("Offline lesbar")).toHaveCount(0);
  const href = (await link.getAttribute("href"))!;
  await openFile(page);
  // What the server serves (asked beside the page, so the service worker's cache is left alone).
  const served = new Uint8Array(await (await page.request.get(href)).body());
  const online = { start: new TextDecoder().decode(served.slice(0, 5)), length: served.byteLength };
  expect(online.start).toBe("%PDF-");

  // Opening it was enough: the device now keeps it, and the page says so.
  await page.reload();
  await expect(page.locator(".council-files li").filter({ hasText: FILE })).toContainText("Offline lesbar");
  await expectNoAxeViolations(page);

  // Offline: the page and the document come from the device.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: PAPER })).toBeVisible();
  const offline = await openFile(page);
  expect(offline.fromServiceWorker).toBe(true);
  expect(await fetchFile(page, href)).toEqual(online);

  // The search in the documents says it needs a connection; the title search still works.
  await page.goto("/rat?q=Wollepark");
  await expect(page.getByRole("link", { name: PAPER })).toBeVisible();
  await expect(
    page.getByText("Die Suche in den Dokumenten der Vorlagen braucht eine Internetverbindung."),
  ).toBeVisible();
  await context.setOffline(false);
});
