// User story: a resident opens a link someone shared (a service, an office, a shop) in a browser that
// never ran the app. The page shows the record at once, fetched on its own, while the first sync
// still runs; "nicht gefunden" only when the server says so; offline it says why it cannot load.
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";

/** The change feed (/api/sync/<collection>), not the single-record reads under it. */
const FEED = /\/api\/sync\/[^/?]+(\?|$)/;
const RECORD = /\/api\/sync\/[^/?]+\/records\//;
const NOT_FOUND = /nicht gefunden/;

/**
 * A slow connection: every feed request (from the page or the worker) waits 10 s, long enough that a
 * record shown within 8 s (two busy cores in CI) came on its own.
 */
const FEED_DELAY_MS = 10_000;
async function holdFeed(context: BrowserContext): Promise<{ answered: () => number }> {
  let answered = 0;
  await context.route(FEED, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, FEED_DELAY_MS));
    await route.continue().catch(() => undefined);
    answered++;
  });
  return { answered: () => answered };
}

/** Notes any "nicht gefunden" heading that ever appears, however briefly. */
async function watchForNotFound(page: Page): Promise<() => Promise<boolean>> {
  await page.addInitScript(() => {
    const seen = () => {
      for (const h1 of document.querySelectorAll("h1"))
        if (/nicht gefunden/.test(h1.textContent ?? ""))
          (window as { sawNotFound?: boolean }).sawNotFound = true;
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as { sawNotFound?: boolean }).sawNotFound === true);
}

const links = [
  { kind: "a service", path: "/dienstleistungen/reisepass", heading: "Reisepass beantragen" },
  { kind: "an office", path: "/standorte/standesamt", heading: "Standesamt" },
  { kind: "a shop", path: "/einkaufen/baeckerei-mueller", heading: "Bäckerei Müller" },
];

for (const link of links) {
  test(`a shared link to ${link.kind} shows it on a first visit before the first sync ends`, async ({
    page,
    context,
  }) => {
    const feed = await holdFeed(context);
    const sawNotFound = await watchForNotFound(page);
    const record = page.waitForResponse(RECORD);

    await page.goto(link.path);
    await expect(page.getByRole("heading", { level: 1, name: link.heading })).toBeVisible({ timeout: 8_000 });
    expect((await record).status()).toBe(200);
    expect(await sawNotFound()).toBe(false);

    // The sync was held meanwhile; once its answers arrive the page still shows the record.
    expect(feed.answered()).toBe(0);
    await expect.poll(feed.answered, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect(page.getByRole("heading", { level: 1, name: link.heading })).toBeVisible();
    expect(await sawNotFound()).toBe(false);
  });
}

test("a link to a record that does not exist says so after the server's 404", async ({ page, context }) => {
  await holdFeed(context);
  const record = page.waitForResponse(RECORD);

  await page.goto("/dienstleistungen/gibt-es-nicht");
  await expect(page.getByRole("heading", { level: 1, name: "Dienstleistung nicht gefunden" })).toBeVisible({
    timeout: 8_000,
  });
  expect((await record).status()).toBe(404);
});

test("the page says it is loading while it asks the server, and is accessible then", async ({
  page,
  context,
}) => {
  await holdFeed(context);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(RECORD, async (route) => {
    await released;
    await route.continue();
  });

  await page.goto("/einkaufen/baeckerei-mueller");
  const loading = page.getByRole("status").filter({ hasText: "Wird geladen …" });
  await expect(loading).toBeVisible();
  await expect(loading).toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("heading", { name: NOT_FOUND })).toHaveCount(0);
  await expectNoAxeViolations(page);

  release();
  await expect(page.getByRole("heading", { level: 1, name: "Bäckerei Müller" })).toBeVisible();
});

test("offline before the first sync ended, a link says it cannot load without a connection", async ({
  page,
  context,
}) => {
  // The first visit installs the app, but its sync never gets through.
  await context.route(FEED, (route) => route.abort("internetdisconnected"));
  await page.goto("/");
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.goto("/standorte/standesamt");
  await expect(
    page.getByRole("heading", { level: 1, name: "Ohne Internetverbindung nicht verfügbar" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: NOT_FOUND })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Back online, the page fetches the record by itself.
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page.getByRole("heading", { level: 1, name: "Standesamt" })).toBeVisible();
});
