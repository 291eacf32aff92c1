// User story of following an area: a resident follows the reports within 500 m of the city centre
// from the public list; another resident reports a defect two kilometres away and then one around the
// corner, and only the second reaches the follower's device by push; the follower removes the area.
// The push goes the whole way: this story runs its own server whose push service is a local HTTPS
// stand-in (server/testing/push-endpoint.ts) that decrypts each message with the device's key
// (RFC 8291); the message it received is then handed to the device's service worker. axe on each state.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import {
  type PushEndpoint,
  startPushEndpoint,
  type TestSubscriber,
} from "../../server/testing/push-endpoint";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { E2E_PORT, E2E_TILES_PORT } from "./support/browser";
import { fakePushSubscriptions, pushToServiceWorker, shownNotifications } from "./support/push";
import { newDataDir, type RunningServer, startServer } from "./support/server";

// Above the four ports of the shared server and its stand-ins (E2E_PORT_BASE … + 7).
const PORT = E2E_PORT + 8;

let pushService: PushEndpoint;
let server: RunningServer;
let follower: TestSubscriber;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  pushService = await startPushEndpoint();
  follower = pushService.createSubscriber();
  const dataDir = newDataDir();
  const ca = join(dataDir, "push-service-ca.pem");
  writeFileSync(ca, pushService.ca);
  server = await startServer(PORT, {
    DATA_DIR: dataDir,
    STATIC_DIR: process.env.E2E_STATIC_DIR ?? "dist",
    PUBLIC_ORIGIN: `http://localhost:${PORT}`,
    MAP_STYLE_URL: `http://127.0.0.1:${E2E_TILES_PORT}/styles/basemap.json`,
    // Only the stand-in, trusted through its self-signed certificate.
    PUSH_SERVICE_HOSTS: new URL(pushService.origin).host,
    NODE_EXTRA_CA_CERTS: ca,
    // RFC 8292 wants a mailto: or https: contact; the default is this origin, plain http here.
    VAPID_SUBJECT: "mailto:push@delmenhorst.example",
  });
});

test.afterAll(async () => {
  await server?.stop();
  await pushService?.close();
});

/** Another resident (without push) reports a street light at where their phone says they are. */
async function reportAt(page: Page, where: { latitude: number; longitude: number }, text: string) {
  await page.context().setGeolocation(where);
  await page.goto(`${server.url}/melden`);
  await page.getByRole("radio", { name: "Straßenbeleuchtung" }).check();
  await page.getByRole("button", { name: "Meinen Standort verwenden" }).click();
  await expect(page.locator("#report-position-words")).toContainText(
    where.latitude.toFixed(5).replace(".", ","),
  );
  await page.getByLabel(/^Beschreibung/).fill(text);
  await page.getByRole("button", { name: "Mangel melden" }).click();
  await expect(page.getByText("Ihre Meldung ist angekommen.")).toBeVisible({ timeout: 30_000 });
  const href = await page.getByRole("link", { name: "Zur Seite der Meldung" }).getAttribute("href");
  expect(href).toMatch(/^\/meldungen\//);
  return href!;
}

test("a resident follows an area and gets a push for a new report inside it, not for one outside", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(180_000);
  await fakePushSubscriptions(context, follower);
  await page.goto(`${server.url}/meldungen`);
  await waitForServiceWorker(page);
  await page.getByRole("link", { name: "Über neue Meldungen in einem Gebiet benachrichtigt werden" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Meldungen in einem Gebiet folgen" }),
  ).toBeVisible();
  await expect(page.getByText("Dieses Gerät folgt noch keinem Gebiet.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Without a centre the form says what is missing.
  await page.getByRole("button", { name: "Folgen", exact: true }).click();
  await expect(
    page.getByRole("link", { name: "Setzen Sie die Markierung in die Mitte des Gebiets." }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Markierung in die Stadtmitte setzen" }).click();
  await expect(page.locator("#follow-centre-words")).toHaveText(
    "Markierung bei 53,05070° Nord, 8,63150° Ost",
  );
  await expect(page.getByRole("radio", { name: "500 m" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Straßenbeleuchtung" }).check();
  await page.getByRole("button", { name: "Folgen", exact: true }).click();
  await expect(page.getByText("Sie folgen jetzt diesem Gebiet.")).toBeVisible({ timeout: 30_000 });
  const area = page
    .getByRole("listitem")
    .filter({ hasText: "Umkreis von 500 m um 53,05070° Nord, 8,63150° Ost" });
  await expect(area).toContainText("Nur: Straßenbeleuchtung");
  await expectNoAxeViolations(page);

  // The server keeps it for this device's subscription.
  await page.reload();
  await expect(area).toBeVisible({ timeout: 15_000 });

  const neighbour = await browser.newContext({ permissions: ["geolocation"], locale: "de-DE" });
  try {
    const reporter = await neighbour.newPage();
    // Two kilometres south-west first, then around the corner: the push service's first message must
    // be the second report (jobs go out in order; a report outside the circle makes none).
    await reportAt(reporter, { latitude: 53.04, longitude: 8.6 }, "Laterne aus, weit weg");
    const inside = await reportAt(reporter, { latitude: 53.0515, longitude: 8.633 }, "Laterne aus, nebenan");
    await expect.poll(() => follower.received.length, { timeout: 30_000 }).toBe(1);
    // Decrypted with the device's key and signed by the server's VAPID key, or it would be refused.
    expect(pushService.errors).toEqual([]);
    expect(pushService.counts.requests).toBe(1);
    const message = follower.received[0]!.payload;
    expect(message).toMatchObject({ topic: "reports", url: inside });

    // The device shows what the push service delivered, and it opens the new report.
    await pushToServiceWorker(page, message);
    await expect
      .poll(() => shownNotifications(page))
      .toContainEqual(expect.objectContaining({ url: inside }));
  } finally {
    await neighbour.close();
  }
  expect(follower.received).toHaveLength(1);

  await area.getByRole("button", { name: "Gebiet 1 nicht mehr folgen" }).click();
  await expect(page.getByText("Sie folgen dem Gebiet nicht mehr.")).toBeVisible();
  await expect(page.getByText("Dieses Gerät folgt noch keinem Gebiet.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Dieses Gerät folgt noch keinem Gebiet.")).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page);
});
