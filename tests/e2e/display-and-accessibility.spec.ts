// For everyone (issue 20, first part): a resident makes the text larger and the colours dark with
// high contrast, and the app looks that way from the first paint of the next visit; a resident who
// meets a barrier reports it from the page it is on, offline, and it arrives once; an admin sees it
// with its answer date. Axe in the dark, high-contrast theme; no sideways scrolling at 200 % text.
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./support/account";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { expectReflow, PHONE_WIDTH } from "./support/reflow";

test("display settings apply at once, before the first paint of the next visit, and pass axe", async ({
  page,
}) => {
  // Records the attributes as they are when <body> starts: after the <head> scripts, before paint.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      const root = document.documentElement;
      (window as { atFirstBody?: unknown }).atFirstBody = {
        theme: root.dataset.theme,
        contrast: root.dataset.contrast,
        textSize: root.dataset.textSize,
      };
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/mehr");
  await page.getByRole("link", { name: "Darstellung einstellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Darstellung" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");

  // By keyboard: into the colour group, then the arrow keys choose within it.
  await page.getByLabel("Hell").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Dunkel")).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("status").filter({ hasText: "Die Einstellung gilt jetzt." })).toBeVisible();
  await page.getByLabel("Hoher Kontrast").check();
  await page.getByLabel("200 %").check();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "200");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("32px");
  await expectNoAxeViolations(page);

  await page.goto("/");
  const first = await page.evaluate(() => (window as { atFirstBody?: unknown }).atFirstBody);
  expect(first).toEqual({ theme: "dark", contrast: "more", textSize: "200" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  // 200 % text on a phone's width, as the route walk checks the browser's own text size (WCAG 1.4.4).
  await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  await expectReflow(page);
  await page.goto("/dienstleistungen/personalausweis");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectReflow(page);

  // Back to the device's own settings: nothing stays stored.
  await page.goto("/einstellungen/darstellung");
  await page.getByRole("button", { name: "Alles wie im Gerät eingestellt" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "100");
  expect(await page.evaluate(() => localStorage.getItem("dm-display"))).toBeNull();
});

test("a barrier reported offline from the page it is on arrives once, and an admin sees its answer date", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(150_000);
  await page.goto("/karte/liste");
  await waitForServiceWorker(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "Barrierefreiheit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Erklärung zur Barrierefreiheit" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zur Schlichtungsstelle nach § 9d NBGG" })).toBeVisible();
  await expect(page.getByLabel(/^Seite in der App/)).toHaveValue("/karte/liste");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Barriere melden" }).click();
  const summary = page.getByRole("alert");
  // The box around the announced list takes focus (GOV.UK).
  await expect(page.locator(".error-summary")).toBeFocused();
  await summary.getByRole("link", { name: /Bitte schreiben Sie/ }).click();
  await expect(page.getByLabel("Was hat nicht funktioniert?")).toBeFocused();

  await context.setOffline(true);
  await page.evaluate(() => window.dispatchEvent(new Event("offline")));
  const message = `Der Filter der Liste ist mit dem Screenreader nicht zu finden (${Date.now().toString(36)}).`;
  await page.getByLabel("Was hat nicht funktioniert?").fill(message);
  await page.getByLabel(/^Ihre E-Mail-Adresse/).fill("barriere@example.org");
  await page.getByRole("button", { name: "Barriere melden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wartet auf eine Verbindung" })).toBeVisible();
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page.getByRole("status").filter({ hasText: "Ihre Meldung ist angekommen" })).toBeVisible({
    timeout: 30_000,
  });

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAsAdmin(admin);
  await admin.goto("/verwaltung");
  await admin
    .getByRole("navigation", { name: "Verwaltungskonsole" })
    .getByRole("link", { name: "Barrierefreiheit" })
    .click();
  await expect(
    admin.getByRole("heading", { level: 1, name: "Rückmeldungen zur Barrierefreiheit" }),
  ).toBeVisible();
  const card = admin.getByRole("listitem").filter({ hasText: message });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("/karte/liste");
  await expect(card).toContainText("barriere@example.org");
  await expect(card).toContainText("Antwort bis");
  await expectNoAxeViolations(admin);
  await card.getByRole("button", { name: "Als beantwortet markieren" }).click();
  await expect(admin.getByText(/ist als beantwortet markiert/)).toBeVisible();
  await adminContext.close();
});

test("a service page is read aloud sentence by sentence, with pause, speed and the sentence highlighted", async ({
  page,
}) => {
  // Headless Chromium has no voices: a stand-in speech synthesis with a German and an English voice
  // records what is spoken; the test ends each sentence itself (window.endSentence()).
  await page.addInitScript(() => {
    type Spoken = { text: string; lang: string; rate: number; voice: string | null; cancelled: boolean };
    type Fake = {
      text: string;
      lang: string;
      rate: number;
      voice: { name: string } | null;
      onend?: () => void;
    };
    const w = window as unknown as Record<string, unknown>;
    const spoken: Spoken[] = [];
    let current: { utterance: Fake; record: Spoken } | undefined;
    let voices = [
      { name: "Anna", lang: "de-DE", localService: true, default: true, voiceURI: "anna" },
      { name: "Daniel", lang: "en_GB", localService: true, default: false, voiceURI: "daniel" },
    ];
    const listeners = new Set<() => void>();
    w.SpeechSynthesisUtterance = class {
      lang = "";
      rate = 1;
      voice = null;
      constructor(public text: string) {}
    };
    Object.defineProperty(window, "speechSynthesis", {
      value: {
        getVoices: () => voices,
        speak(utterance: Fake) {
          const record = {
            text: utterance.text,
            lang: utterance.lang,
            rate: utterance.rate,
            voice: utterance.voice?.name ?? null,
            cancelled: false,
          };
          spoken.push(record);
          current = { utterance, record };
        },
        cancel() {
          if (current) current.record.cancelled = true;
          current = undefined;
        },
        addEventListener: (_: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      },
    });
    w.spoken = spoken;
    w.endSentence = () => {
      const ending = current;
      current = undefined;
      ending?.utterance.onend?.();
    };
    w.setVoices = (next: typeof voices) => {
      voices = next;
      for (const listener of listeners) listener();
    };
  });
  const spoken = () =>
    page.evaluate(
      () =>
        (window as unknown as { spoken: { text: string; lang: string; rate: number; cancelled: boolean }[] })
          .spoken,
    );
  const lastSpoken = async () => (await spoken()).at(-1);
  const highlighted = () =>
    page.evaluate(() => {
      const highlight = CSS.highlights.get("read-aloud");
      return highlight ? [...highlight].map((range) => range.toString().replace(/\s+/g, " ")).join("") : null;
    });

  await page.goto("/dienstleistungen/personalausweis");
  await expect(page.getByRole("heading", { level: 1, name: "Personalausweis beantragen" })).toBeVisible();
  const group = page.getByRole("group", { name: "Vorlesen" });
  const toggle = group.getByRole("button", { name: "Vorlesen" });
  await toggle.click();
  await expect.poll(lastSpoken).toMatchObject({ text: "Personalausweis beantragen", lang: "de", rate: 1 });
  expect(await highlighted()).toBe("Personalausweis beantragen");
  await expectNoAxeViolations(page);

  // The next sentence: the summary under the heading, highlighted in the page.
  await page.evaluate(() => (window as unknown as { endSentence: () => void }).endSentence());
  const lead = (await page.locator(".service-page .lead").innerText()).trim();
  const second = await lastSpoken();
  expect(lead.startsWith(second?.text ?? "-")).toBe(true);
  expect(await highlighted()).toBe(second?.text);

  // Faster: the sentence starts again at 1.2.
  await group.getByLabel("Tempo").selectOption({ label: "Schnell (1,2×)" });
  await expect.poll(lastSpoken).toMatchObject({ text: second?.text, rate: 1.2 });
  // Pause stops the voice; "Weiter vorlesen" goes on with the same sentence.
  await group.getByRole("button", { name: "Pause" }).click();
  expect((await lastSpoken())?.cancelled).toBe(true);
  await group.getByRole("button", { name: "Weiter vorlesen" }).click();
  await expect.poll(lastSpoken).toMatchObject({ text: second?.text, rate: 1.2, cancelled: false });
  // The controls themselves are never read.
  expect((await spoken()).some((s) => /Tempo|Pause|Vorlesen/.test(s.text))).toBe(false);

  // "Vorlesen beenden": silence, no highlight, the focus back on "Vorlesen".
  await group.getByRole("button", { name: "Vorlesen beenden" }).click();
  expect((await lastSpoken())?.cancelled).toBe(true);
  expect(await highlighted()).toBeNull();
  await expect(toggle).toBeFocused();
  // The speed is kept on the device.
  await page.reload();
  await expect(page.getByRole("group", { name: "Vorlesen" }).getByLabel("Tempo")).toHaveValue("1.2");

  // A device without a German voice: no control at all.
  await page.evaluate(() =>
    (window as unknown as { setVoices: (v: unknown[]) => void }).setVoices([
      { name: "Daniel", lang: "en-GB", localService: true, default: true },
    ]),
  );
  await expect(page.getByRole("group", { name: "Vorlesen" })).toHaveCount(0);
});
