// User story: a resident opens the app once; later, with no connection, the services guide,
// its search and every service page still work, and feedback given offline arrives later.
import { expect, test } from "@playwright/test";
import { waitForGuideData, waitForServiceWorker } from "./support/app";

test("after one visit the services guide works offline, deep links included", async ({ page, context }) => {
  await page.goto("/");
  await waitForServiceWorker(page);
  await waitForGuideData(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Dienstleistungen von A bis Z" })).toBeVisible();
  await expect(page.getByText(/offline · Stand/)).toBeVisible();

  // Search with a typo, as people type on a phone.
  await page.getByLabel("Dienstleistung suchen").fill("Persnalausweis");
  const result = page.getByRole("link", { name: /Personalausweis/ }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole("heading", { level: 1, name: /Personalausweis/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Das bringen Sie mit" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gebühren" })).toBeVisible();

  // A deep link opened for the first time while offline.
  const deepLink = await context.newPage();
  await deepLink.goto("/dienstleistungen/reisepass");
  await expect(deepLink.getByRole("heading", { level: 1, name: /Reisepass/ })).toBeVisible();
  await expect(deepLink.getByText(/Stand der Informationen/)).toBeVisible();
  await expect(deepLink.getByText(/Beispielinhalt/)).toBeVisible();
});

test("feedback given offline waits in the outbox and is sent when the network is back", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await waitForServiceWorker(page);
  await waitForGuideData(page);
  await page.goto("/dienstleistungen/personalausweis");
  await expect(page.getByRole("heading", { level: 1, name: /Personalausweis/ })).toBeVisible();

  await context.setOffline(true);
  await page.evaluate(() => window.dispatchEvent(new Event("offline")));
  const feedback = page.getByRole("region", { name: "War diese Seite hilfreich?" });
  await feedback.getByRole("button", { name: "Ja" }).click();
  await expect(feedback.getByText("Wird gesendet, sobald Sie wieder online sind.")).toBeVisible();

  // Still queued after a reload: nothing is dropped silently.
  await page.reload();
  await expect(feedback.getByText("Wird gesendet, sobald Sie wieder online sind.")).toBeVisible();

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(feedback.getByText("Danke für Ihre Rückmeldung!")).toBeVisible({ timeout: 20_000 });
});

test("an office shows whether it is open now, with the week's hours", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00+01:00")); // a Tuesday morning
  await waitForGuideData(page);
  await page.goto("/standorte/buergerbuero");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/geöffnet · schließt \d\d:\d\d/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Öffnungszeiten nach Tag" })).toBeVisible();
});
