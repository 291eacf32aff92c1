// User stories: a resident gets an official warning by push and reads it in the app, even with the
// network gone; the text the source sent cannot run code in the app; the Ordnungsamt publishes a
// city notice in the console and residents see it among the warnings.
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./support/account";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { E2E_NINA_ALERT } from "./support/nina-stand-in";
import { pushToServiceWorker } from "./support/push";

function severeWarning(id: string, headline: string) {
  const now = Date.now();
  return {
    id,
    provider: "mowas",
    version: 1,
    hash: `hash-${id}`,
    msgType: "Alert",
    references: [],
    severity: "Severe",
    urgency: "Immediate",
    certainty: "Observed",
    eventCode: "BBK-EVC-001",
    sender: "Leitstelle Delmenhorst",
    sent: new Date(now - 5 * 60_000).toISOString(),
    onset: null,
    expires: new Date(now + 6 * 3600_000).toISOString(),
    texts: {
      de: {
        headline,
        event: "Gefahreninformation",
        // What a compromised or careless source could send: only the allowed tags may survive.
        description:
          '<p>Bei einem Brand entsteht starker Rauch.</p><script>window.injected = true</script><img src="x" onerror="window.injected = true"><a href="javascript:window.injected = true">Trick</a> <a href="https://warnung.bund.de">Warnportal</a>',
        instruction: "<ul><li>Fenster und Türen schließen.</li><li>Lüftung ausschalten.</li></ul>",
        contact: "Feuerwehr Delmenhorst",
        web: "https://warnung.bund.de",
      },
    },
    areas: ["Stadt Delmenhorst"],
    regions: ["034010000000"],
    noticeKind: null,
    fetchedAt: new Date(now - 4 * 60_000).toISOString(),
  };
}

test("the official warnings NINA lists for Delmenhorst are in the list, and stay readable offline", async ({
  page,
  context,
}) => {
  // The server polls the NINA stand-in (playwright.config.ts) and publishes through the sync feed.
  await page.goto("/warnungen");
  await waitForServiceWorker(page);
  const card = page.getByRole("article").filter({ hasText: E2E_NINA_ALERT.headline });
  await expect(card.getByRole("link", { name: E2E_NINA_ALERT.headline })).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText("Hohe Gefahr")).toBeVisible();
  await expect(card.getByText("Quelle: Modulares Warnsystem (MoWaS)")).toBeVisible();
  await expect(page.getByText(/^Stand: /)).toBeVisible();
  await expectNoAxeViolations(page);

  // Offline the page still knows as of when NINA answered (kept on the device), and says so.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(/^Stand: /)).toBeVisible();
  await expect(page.getByText(/nicht abgerufen werden/)).toHaveCount(0);
  await card.getByRole("link", { name: E2E_NINA_ALERT.headline }).click();
  await expect(page.getByRole("heading", { level: 1, name: E2E_NINA_ALERT.headline })).toBeVisible();
  await expect(page.getByText(/^Quelle: .* über Modulares Warnsystem \(MoWaS\), Stand/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a warning delivered by push shows a notification and is in the list with the network off", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["notifications"]);
  await page.goto("/warnungen");
  await waitForServiceWorker(page);
  await expect(page.getByRole("heading", { level: 1, name: "Warnungen" })).toBeVisible();
  // The list and NINA's answer are on the device.
  await expect(page.getByText(/^Stand: /)).toBeVisible();

  const id = `mow.DE-NI-DEL-E2E-${Date.now().toString(36)}`;
  const headline = `Rauchentwicklung in der Innenstadt ${id.slice(-6)}`;
  await context.setOffline(true);
  await page.evaluate(() => window.dispatchEvent(new Event("offline")));
  await pushToServiceWorker(page, { topic: "warnings", warning: severeWarning(id, headline) });

  // The open list shows it without a reload: the worker stored it and told the page.
  const card = page.getByRole("article").filter({ hasText: headline });
  await expect(card.getByRole("link", { name: headline })).toBeVisible();
  await expect(card.getByText("Hohe Gefahr")).toBeVisible();
  await expect(card.getByText("Quelle: Modulares Warnsystem (MoWaS)")).toBeVisible();
  await expect(page.getByText(/^Stand: /)).toBeVisible();

  const notifications = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return (await registration.getNotifications()).map((n) => ({ tag: n.tag, title: n.title }));
    });
  await expect.poll(notifications).toContainEqual({ tag: id, title: `Hohe Gefahr: ${headline}` });

  // Still there after a reload with the network off, and the detail page opens too.
  await page.reload();
  await card.getByRole("link", { name: headline }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(page.getByText("Fenster und Türen schließen.")).toBeVisible();
  await expect(
    page.getByText(/^Quelle: Leitstelle Delmenhorst über Modulares Warnsystem \(MoWaS\), Stand/),
  ).toBeVisible();
  await expect(
    page.getByText("Die Texte werden unverändert so angezeigt, wie die Quelle sie gesendet hat."),
  ).toBeVisible();

  // The sender's HTML went through the allowlist: words stay, code and foreign links do not.
  const description = page.locator(".warning-text").first();
  await expect(description.getByText("Bei einem Brand entsteht starker Rauch.")).toBeVisible();
  await expect(description.locator("script, img, [onerror]")).toHaveCount(0);
  await expect(description.getByRole("link", { name: "Trick" })).toHaveCount(0);
  await expect(description.getByRole("link", { name: "Warnportal" })).toHaveAttribute(
    "rel",
    "noopener noreferrer",
  );
  expect(await page.evaluate(() => "injected" in window)).toBe(false);

  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Alle Warnungen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Warnungen" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe("with a server that has never reached NINA", () => {
  // Without a worker the page syncs by itself, so that its requests can be answered here.
  test.use({ serviceWorkers: "block" });

  test("the list does not claim there are no warnings, and says where else to get them", async ({ page }) => {
    // The API's answer of a server whose every poll of NINA failed, and its (empty) warnings feed.
    await page.route(/\/api\/warnings\/status$/, (route) =>
      route.fulfill({
        json: {
          regions: [
            {
              ars: "034010000000",
              lastSuccessAt: null,
              lastErrorAt: new Date().toISOString(),
              failures: 12,
            },
          ],
        },
      }),
    );
    let feedServed = false;
    await page.route(/\/api\/sync\/warnings(\?|$)/, async (route) => {
      await route.fulfill({ json: { changes: [], cursor: "e2enina0.1", hasMore: false } });
      feedServed = true;
    });

    await page.goto("/warnungen");
    await expect(
      page.getByText(
        "Amtliche Warnungen konnten bisher nicht abgerufen werden. Ob zurzeit Warnungen gelten, ist hier nicht bekannt.",
      ),
    ).toBeVisible();
    await expect(
      page.getByText(
        "Amtliche Warnungen erhalten Sie auch über die NINA-App, im Radio und per Cell Broadcast direkt auf Ihr Handy.",
      ),
    ).toBeVisible();
    await expect.poll(() => feedServed).toBe(true);
    await expect(page.getByText("Keine Warnungen auf diesem Gerät")).toBeVisible();
    await expect(page.getByText(/Zurzeit keine Warnungen/)).toHaveCount(0);
    await expect(page.getByText(/^Stand: /)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test("an update replaces the warning it refers to, and both link to each other", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["notifications"]);
  await page.goto("/warnungen");
  await waitForServiceWorker(page);
  const first = severeWarning(`mow.DE-NI-DEL-E2E-A-${Date.now().toString(36)}`, "Hochwasser an der Delme");
  const update = {
    ...severeWarning(
      `mow.DE-NI-DEL-E2E-B-${Date.now().toString(36)}`,
      "Hochwasser an der Delme: Pegel sinkt",
    ),
    msgType: "Update",
    references: [first.id],
    severity: "Moderate",
    sent: new Date().toISOString(),
  };
  await pushToServiceWorker(page, { topic: "warnings", warning: first });
  await pushToServiceWorker(page, { topic: "warnings", warning: update });

  const current = page.getByRole("article").filter({ hasText: update.texts.de.headline });
  await expect(current.getByText("Aktualisierung", { exact: true })).toBeVisible();
  await page.getByText(/^Beendete und abgelaufene Warnungen/).click();
  const replaced = page.getByRole("article").filter({ hasText: "Aktualisiert" });
  await expect(replaced.getByRole("link", { name: first.texts.de.headline, exact: true })).toBeVisible();

  await current.getByRole("link").click();
  await expect(page.getByText("Diese Meldung aktualisiert:")).toBeVisible();
  await page.getByRole("link", { name: first.texts.de.headline, exact: true }).click();
  await expect(page.getByText("Es gibt eine neuere Fassung dieser Warnung:")).toBeVisible();
  await expect(page.getByText("Diese Warnung ist nicht mehr in Kraft.")).toBeVisible();
});

test("the push settings say that push cannot break through silent mode", async ({ page }) => {
  await page.goto("/warnungen/benachrichtigungen");
  await expect(page.getByRole("heading", { level: 1, name: "Benachrichtigungen" })).toBeVisible();
  await expect(page.getByText(/können den Lautlos-Modus Ihres Handys nicht durchbrechen/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Benachrichtigungen einschalten" })).toBeVisible();
  await expect(page.getByLabel("Delmenhorst", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Delmenhorst", { exact: true })).toBeDisabled();
  await expectNoAxeViolations(page);
});

test("switching on asks for permission only after the tap, and a refusal or failure is said plainly", async ({
  page,
  context,
}) => {
  await page.goto("/warnungen/benachrichtigungen");
  await waitForServiceWorker(page);
  expect(await page.evaluate(() => Notification.permission)).toBe("default");
  // Refused: the page says how to allow it again, nothing is subscribed.
  await context.clearPermissions();
  await page.evaluate(() => {
    Notification.requestPermission = () => Promise.resolve("denied");
  });
  await page.getByRole("button", { name: "Benachrichtigungen einschalten" }).click();
  await expect(page.getByText(/^Benachrichtigungen für diese App sind blockiert/)).toBeVisible();

  // Allowed, but the browser cannot reach its push service (no internet in this test): said plainly too.
  await context.grantPermissions(["notifications"]);
  await page.reload();
  await page.getByRole("button", { name: "Benachrichtigungen einschalten" }).click();
  await expect(page.getByText("Das hat nicht geklappt. Bitte versuchen Sie es später erneut.")).toBeVisible();
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.ready).pushManager.getSubscription()),
  ).toBeNull();
  await expectNoAxeViolations(page);
});

test("when the push service never answers, switching on gives up after 20 s, says so and offers to try again", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(["notifications"]);
  // A push service the browser cannot reach: its subscribe() stays pending, in real life for minutes.
  await page.addInitScript(() => {
    PushManager.prototype.subscribe = () => new Promise<PushSubscription>(() => undefined);
  });
  await page.goto("/warnungen/benachrichtigungen");
  await waitForServiceWorker(page);
  await page.getByRole("button", { name: "Benachrichtigungen einschalten" }).click();
  await expect(page.getByRole("button", { name: "Wird eingeschaltet …" })).toBeDisabled();

  await expect(
    page.getByText(
      "Keine Antwort nach 20 Sekunden: Der Push-Dienst Ihres Browsers oder unser Server ist gerade nicht erreichbar. Benachrichtigungen sind nicht eingeschaltet.",
    ),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Benachrichtigungen sind auf diesem Gerät ausgeschaltet.")).toBeVisible();
  const retry = page.getByRole("button", { name: "Noch einmal versuchen" });
  await expect(retry).toBeEnabled();
  await expectNoAxeViolations(page);

  await retry.click();
  await expect(page.getByRole("button", { name: "Wird eingeschaltet …" })).toBeDisabled();
});

/** A datetime-local value (Berlin wall clock) `hours` from now. */
function berlinLocalIn(hours: number): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  })
    .format(new Date(Date.now() + hours * 3600_000))
    .replace(" ", "T");
}

test("a city notice published in the console appears in the residents' list, and can be ended", async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.goto("/verwaltung/meldungen");
  await expect(page.getByRole("heading", { level: 1, name: "Meldungen der Stadt" })).toBeVisible();
  await expectNoAxeViolations(page);

  const headline = `Vollsperrung Lange Straße ${Date.now().toString(36)}`;
  await page.getByLabel("Art der Meldung").selectOption("road-closure");
  await page.getByLabel("Gefahrenstufe").selectOption("Minor");
  await page.getByLabel("Überschrift").fill(headline);
  await page.getByLabel("Beschreibung").fill("Wegen Bauarbeiten ist die Lange Straße gesperrt.");
  await page.getByLabel("Betroffenes Gebiet").fill("Innenstadt, Lange Straße");
  await page.getByLabel("Ende (Pflichtfeld)", { exact: true }).fill(berlinLocalIn(24));
  await page.getByRole("button", { name: "Meldung veröffentlichen" }).click();
  await expect(page.getByText(`Die Meldung „${headline}“ ist veröffentlicht.`)).toBeVisible();

  await page.goto("/warnungen");
  const card = page.getByRole("article").filter({ hasText: headline });
  await expect(card.getByText("Quelle: Stadt Delmenhorst")).toBeVisible({ timeout: 30_000 });

  await page.goto("/verwaltung/meldungen");
  await page.getByRole("button", { name: "Meldung beenden", description: headline }).click();
  await expect(page.getByText(`Die Meldung „${headline}“ ist beendet.`)).toBeVisible();
  await page.goto("/warnungen");
  await page.getByText(/^Beendete und abgelaufene Warnungen/).click();
  await expect(page.getByRole("article").filter({ hasText: headline })).toBeVisible();
});
