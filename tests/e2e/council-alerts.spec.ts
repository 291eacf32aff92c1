// User story of council alerts: a resident follows the keyword "Wollepark" from /rat ("Meine
// Ratsthemen") and, by keyboard only, an area of 250 m around a spot near the Rathaus; the council
// information system then publishes a paper about the Wollepark and one whose place is in that area,
// and the follower's device gets exactly one push for each (none twice, none for a paper that matches
// nothing), which opens the paper. The push goes the whole way:
// this story runs its own server whose OParl source is a stand-in served by the test
// (server/testing/oparl-stand-in.ts; the first import is silent, the next poll finds the new paper) and
// whose push service is the local HTTPS stand-in (server/testing/push-endpoint.ts), which decrypts
// each message with the device's key (RFC 8291). The paper, which names a place, then shows on the
// city map's layer "Vorlagen im Rat". Then a committee is followed from its page. axe on each state;
// the page reflows at 320 px.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { type OparlStandIn, startOparlStandIn } from "../../server/testing/oparl-stand-in";
import {
  type PushEndpoint,
  startPushEndpoint,
  type TestSubscriber,
} from "../../server/testing/push-endpoint";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { E2E_PORT, E2E_TILES_PORT } from "./support/browser";
import { fakePushSubscriptions, pushToServiceWorker, shownNotifications } from "./support/push";
import { REFLOW_WIDTH, reflowProblems } from "./support/reflow";
import { newDataDir, type RunningServer, startServer } from "./support/server";

// Above the ports of the shared server, its stand-ins and the reports-follow story (… + 8).
const PORT = E2E_PORT + 9;
const ORGANIZATION = "https://ris.example.org/oparl/organizations/pbv";

let oparl: OparlStandIn;
let pushService: PushEndpoint;
let server: RunningServer;
let follower: TestSubscriber;

const paper = (n: number, name: string) => ({
  id: `https://ris.example.org/oparl/papers/${n}`,
  type: "https://schema.oparl.org/1.1/Paper",
  name,
  reference: `BV 2026/0${n}`,
  date: "2026-12-01",
});

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // The council information system as it stands before the story: a committee and one paper.
  oparl = await startOparlStandIn({
    organizations: [
      {
        id: ORGANIZATION,
        type: "https://schema.oparl.org/1.1/Organization",
        name: "Ausschuss für Planen, Bauen und Verkehr",
        shortName: "PBV",
      },
    ],
    papers: [paper(100, "Haushaltssatzung 2027")],
  });
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
    OPARL_SYSTEM_URL: oparl.systemUrl,
    // The smallest interval the server allows: the story waits for one more run.
    OPARL_POLL_SECONDS: "60",
    PUSH_SERVICE_HOSTS: new URL(pushService.origin).host,
    NODE_EXTRA_CA_CERTS: ca,
    VAPID_SUBJECT: "mailto:push@delmenhorst.example",
  });
  // The first import (at start) brings everything at once and alerts nobody; wait until it is in.
  await expect
    .poll(
      async () => {
        const feed = await fetch(`${server.url}/api/sync/council-papers`);
        return JSON.stringify(await feed.json());
      },
      { timeout: 30_000 },
    )
    .toContain("Haushaltssatzung 2027");
});

test.afterAll(async () => {
  await server?.stop();
  await pushService?.close();
  await oparl?.close();
});

test("a resident follows a keyword and an area and gets one push per matching paper", async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await fakePushSubscriptions(context, follower);
  await page.goto(`${server.url}/rat`);
  await waitForServiceWorker(page);
  await page.getByRole("link", { name: "Meine Ratsthemen: Mitteilungen zu Gremien und Stichworten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meine Ratsthemen" })).toBeVisible();
  await expect(page.getByText("Dieses Gerät folgt noch keinem Ratsthema.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Without a keyword the form says what is missing.
  await page.getByRole("button", { name: "Stichwort folgen" }).click();
  await expect(
    page.getByRole("link", { name: "Geben Sie ein Stichwort mit mindestens 3 Zeichen ein." }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel(/^Stichwort/).fill("Wollepark");
  await page.getByRole("button", { name: "Stichwort folgen" }).click();
  await expect(page.getByText("Sie folgen jetzt diesem Thema.")).toBeVisible({ timeout: 30_000 });
  const followed = page.getByRole("listitem").filter({ hasText: "Stichwort „Wollepark“" });
  await expect(followed).toBeVisible();
  await expectNoAxeViolations(page);
  // The server keeps it for this device's subscription.
  await page.reload();
  await expect(followed).toBeVisible({ timeout: 15_000 });

  // An area by keyboard: the pin in the city centre, two steps north, a radius of 250 m.
  await expect(page.getByRole("heading", { level: 2, name: "Einem Gebiet folgen" })).toBeVisible();
  await page.getByRole("button", { name: "Gebiet folgen", exact: true }).click();
  await expect(
    page.getByRole("link", { name: "Setzen Sie die Markierung in die Mitte des Gebiets." }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Markierung in die Stadtmitte setzen" }).focus();
  await page.keyboard.press("Enter");
  const centre = page.locator("#council-area-centre-words");
  await expect(centre).toHaveText("Markierung bei 53,05070° Nord, 8,63150° Ost");
  await page.getByRole("button", { name: "Nach Norden" }).focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(centre).toHaveText("Markierung bei 53,05088° Nord, 8,63150° Ost");
  await page.getByRole("radio", { name: "500 m" }).focus();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "250 m" })).toBeChecked();
  await page.getByRole("button", { name: "Gebiet folgen", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Sie folgen jetzt diesem Thema.")).toBeVisible({ timeout: 30_000 });
  const area = page
    .getByRole("listitem")
    .filter({ hasText: "Umkreis von 250 m um 53,05088° Nord, 8,63150° Ost" });
  await expect(area).toBeVisible();
  // The map is on the page, with the circle: axe checks it with everything else.
  await expect(page.locator("#council-area-centre .map-view")).toHaveAttribute("data-map-state", "idle", {
    timeout: 30_000,
  });
  await expectNoAxeViolations(page);

  // The council publishes three papers: one about the Wollepark (also named on the map, but outside
  // the area), one whose place is 25 m from the area's centre, and one that matches nothing.
  oparl.put("papers", paper(101, "Radverkehrskonzept Innenstadt"));
  oparl.put("papers", {
    ...paper(103, "Rathausplatz – neue Bänke"),
    location: [
      {
        id: "https://ris.example.org/oparl/locations/103",
        type: "https://schema.oparl.org/1.1/Location",
        description: "Rathausplatz",
        geojson: { type: "Point", coordinates: [8.6316, 53.0511] },
      },
    ],
  });
  oparl.put("papers", {
    ...paper(102, "Spielplatz Am Wollepark – Neugestaltung"),
    // OParl Location with a GeoJSON point: the paper shows on the city map there.
    location: [
      {
        id: "https://ris.example.org/oparl/locations/102",
        type: "https://schema.oparl.org/1.1/Location",
        description: "Spielplatz Am Wollepark",
        geojson: { type: "Point", coordinates: [8.612, 53.0445] },
      },
    ],
  });
  await expect.poll(() => follower.received.length, { timeout: 120_000 }).toBe(2);
  expect(pushService.errors).toEqual([]);
  const bodyOf = (payload: unknown) => (payload as { body?: string }).body;
  const inArea = follower.received.find((r) => bodyOf(r.payload) === "Rathausplatz – neue Bänke");
  expect(inArea?.payload).toMatchObject({
    topic: "council",
    title: "Rat: neue Vorlage",
    url: expect.stringMatching(/^\/rat\/vorlage\//),
  });
  const message = follower.received.find((r) => r !== inArea)!.payload;
  expect(message).toMatchObject({
    topic: "council",
    title: "Rat: neue Vorlage",
    body: "Spielplatz Am Wollepark – Neugestaltung",
    url: expect.stringMatching(/^\/rat\/vorlage\//),
  });

  // The device shows what the push service delivered, and it opens the paper.
  await pushToServiceWorker(page, message);
  await expect
    .poll(() => shownNotifications(page))
    .toContainEqual(expect.objectContaining({ url: (message as { url: string }).url }));
  await page.goto(`${server.url}${(message as { url: string }).url}`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Spielplatz Am Wollepark – Neugestaltung" }),
  ).toBeVisible({ timeout: 30_000 });

  // The paper is on the city map at its place; its popup leads to the paper's page.
  const paperId = (message as { url: string }).url.split("/").pop()!;
  await page.goto(`${server.url}/karte?ebenen=council-papers&objekt=council-papers/${paperId}~0`);
  await expect(
    page.getByRole("heading", { level: 2, name: "Spielplatz Am Wollepark – Neugestaltung" }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("link", { name: "Zur Vorlage" })).toHaveAttribute(
    "href",
    (message as { url: string }).url,
  );
  await expect(page.getByText("Spielplatz Am Wollepark", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // At 320 px the page still reads without sideways scrolling.
  await page.goto(`${server.url}/rat/themen`);
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
  await expect(followed).toBeVisible({ timeout: 15_000 });
  await expect(area).toBeVisible();
  expect(await reflowProblems(page)).toEqual([]);

  await area
    .getByRole("button", { name: "Umkreis von 250 m um 53,05088° Nord, 8,63150° Ost nicht mehr folgen" })
    .click();
  await expect(page.getByText("Sie folgen diesem Thema nicht mehr.")).toBeVisible();
  await expect(area).toHaveCount(0);

  await followed.getByRole("button", { name: "Stichwort „Wollepark“ nicht mehr folgen" }).click();
  await expect(page.getByText("Sie folgen diesem Thema nicht mehr.")).toBeVisible();
  await expect(page.getByText("Dieses Gerät folgt noch keinem Ratsthema.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Dieses Gerät folgt noch keinem Ratsthema.")).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page);
  expect(follower.received).toHaveLength(2);

  // A committee is followed from its page.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/rat`);
  await page.getByRole("link", { name: "Ausschuss für Planen, Bauen und Verkehr" }).first().click();
  await page.getByRole("link", { name: "Diesem Gremium folgen (Mitteilungen)" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Gremium folgen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "„Ausschuss für Planen, Bauen und Verkehr“ folgen" }).click();
  await expect(page.getByText("Sie folgen jetzt diesem Thema.")).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByRole("listitem").filter({ hasText: "Gremium: Ausschuss für Planen, Bauen und Verkehr" }),
  ).toBeVisible();
  // Followed already: the offer is gone.
  await expect(page.getByRole("heading", { level: 2, name: "Gremium folgen" })).toHaveCount(0);
});
