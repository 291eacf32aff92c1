// Test helper: a component's markup as the server side of Solid writes it, and the attributes of one
// element in it. Enough to check labels, ids and ARIA without a DOM.
import i18next from "i18next";
import type { JSX } from "solid-js";
import { renderToString } from "solid-js/web";

export const html = (component: () => JSX.Element): string =>
  renderToString(component)
    .replace(/ data-hk="[^"]*"|<!--[^>]*-->/g, "")
    .replace(/ class="([^"]*?)\s+"/g, ' class="$1"');

/** The attributes of the first element with this id, or of the first match of `selector` (a tag name). */
export function attributesOf(markup: string, id: string): Record<string, string> {
  const tag = new RegExp(`<\\w+[^>]*\\sid="${id}"[^>]*>`).exec(markup)?.[0];
  if (!tag) throw new Error(`no element with id ${id} in ${markup}`);
  return Object.fromEntries(
    [...tag.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? ""]),
  );
}

/** The German texts the kit shows (the account's form texts), as the app has them after loading. */
export async function useGermanTexts(): Promise<void> {
  const [main, account] = await Promise.all([
    import("../locales/de.json"),
    import("../locales/account/de.json"),
  ]);
  await i18next.init({
    lng: "de",
    resources: { de: { translation: { ...main.default, ...account.default } } },
    interpolation: { escapeValue: false },
  });
}
