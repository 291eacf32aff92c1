// Content shown in German to a reader of another language says so in the reader's language and
// carries lang="de"; in the reader's own language it carries neither.
import i18next from "i18next";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { changeLanguage, initI18n, localizedText } from "../lib/i18n";
import { html } from "./render-html";
import { passageLang, UntranslatedNote } from "./Untranslated";

beforeAll(async () => {
  vi.stubGlobal("localStorage", { getItem: () => null, setItem: () => undefined });
  vi.stubGlobal("document", { documentElement: { lang: "", dir: "" } });
  await initI18n();
});
afterAll(async () => {
  await changeLanguage("de", { remember: false });
  vi.unstubAllGlobals();
});

const service = { de: { title: "Personalausweis beantragen" }, en: { title: "Apply for an identity card" } };

function page() {
  const shown = localizedText(service);
  return html(() => (
    <article>
      <h1 lang={passageLang(shown.language)}>{shown.text.title}</h1>
      <UntranslatedNote shown={shown.language} />
    </article>
  ));
}

describe("content without a text in the reader's language", () => {
  it("is German, marked lang=de, with the note in Turkish for a Turkish reader", async () => {
    await changeLanguage("tr", { remember: false });
    expect(page()).toBe(
      '<article><h1 lang="de">Personalausweis beantragen</h1>' +
        '<p class="hint untranslated-note">Bu metin henüz çevrilmedi. Almanca olarak gösteriliyor.</p></article>',
    );
  });

  it("says so in Leichte Sprache when no Leichte-Sprache text exists", async () => {
    await changeLanguage("de-x-ls", { remember: false });
    expect(page()).toContain('<h1 lang="de">Personalausweis beantragen</h1>');
    expect(page()).toContain(i18next.t("common.untranslated", { lng: "de-x-ls" }));
    expect(page()).toContain("Diesen Text gibt es noch nicht in Leichter Sprache.");
  });

  it("carries no note and no lang of its own where the text exists in the reader's language", async () => {
    await changeLanguage("en", { remember: false });
    expect(page()).toBe("<article><h1>Apply for an identity card</h1></article>");
    await changeLanguage("de", { remember: false });
    expect(page()).toBe("<article><h1>Personalausweis beantragen</h1></article>");
  });
});
