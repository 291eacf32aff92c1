// Warnings in NINA's own languages (issue 20): a resident reading the app in Turkish gets a warning NINA
// sent in Turkish as a Turkish notification and page (marked lang="tr"); a warning NINA sent in German
// only is shown in German, marked lang="de", with the note in Turkish. The Turkish warning is the push
// the server makes for a Turkish device from tests/fixtures/nina/translated/mow-de-en-tr.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { ninaWarningSchema } from "../../server/integrations/nina";
import { normalizeNinaWarning } from "../../server/features/warnings/normalize";
import { fitWarning } from "../../server/features/push/payload";
import { readNinaFixture } from "../../server/testing/nina-fixture-server";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { pushToServiceWorker, shownNotifications } from "./support/push";

const turkish = (key: string): string => {
  const file = join(import.meta.dirname, "../../src/locales/warnings/tr.json");
  const tree = JSON.parse(readFileSync(file, "utf8")) as { warnings: Record<string, Record<string, string>> };
  const [group, leaf] = key.split(".") as [string, string];
  const value = tree.warnings[group]?.[leaf];
  if (!value) throw new Error(`no text warnings.${key} in ${file}`);
  return value;
};

/** The warning as NINA sent it (German, English, Turkish) and the push a Turkish device gets of it. */
function translatedPush(id: string) {
  const warning = normalizeNinaWarning({
    id,
    detail: ninaWarningSchema.parse(readNinaFixture("translated/mow-de-en-tr.json")),
    regions: ["034010000000"],
    fetchedAt: new Date().toISOString(),
  });
  const payload = JSON.parse(fitWarning(warning, "tr").toString("utf8")) as unknown;
  return { warning, payload };
}

test("a Turkish reader gets NINA's Turkish text, and German with a note where NINA has no Turkish", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => localStorage.setItem("delmenhorst.language", "tr"));
  await context.grantPermissions(["notifications"]);
  await page.goto("/warnungen");
  await waitForServiceWorker(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");

  const suffix = Date.now().toString(36);
  const { warning, payload } = translatedPush(`mow.DE-BW-S-E2E-TR-${suffix}`);
  const headline = warning.texts.tr!.headline;
  await pushToServiceWorker(page, payload);
  await expect
    .poll(() => shownNotifications(page))
    .toContainEqual(expect.objectContaining({ tag: warning.id, title: `Düşük tehlike: ${headline}` }));

  const link = page.getByRole("link", { name: headline });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("lang", "tr");
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toHaveAttribute("lang", "tr");
  await expect(page.locator(".warning-text").first()).toHaveAttribute("lang", "tr");
  await expect(page.getByText(turkish("detail.germanOnly"))).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The same warning as NINA sent it in German only.
  const german = { ...warning, id: `mow.DE-BW-S-E2E-DE-${suffix}`, texts: { de: warning.texts.de } };
  await pushToServiceWorker(page, { topic: "warnings", warning: german });
  await page.goto(`/warnungen/${encodeURIComponent(german.id)}`);
  const germanHeading = page.getByRole("heading", { level: 1, name: german.texts.de.headline });
  await expect(germanHeading).toHaveAttribute("lang", "de");
  await expect(page.getByText(turkish("detail.germanOnly"))).toBeVisible();
  await expectNoAxeViolations(page);
});
