// The language picker in every page's header: a disclosure button and a list, because each language
// shows two lines (its name in its own script, its translation status in that language), which a
// select cannot. Arrow keys, Home and End move through the list; Escape closes it and focus returns.
import { createSignal, For, onCleanup, onMount, Show } from "solid-js";
import type { LanguageTexts } from "../lib/contract/language-texts";
import { LANGUAGE_INFO, type UiLanguage } from "../lib/contract/languages";
import { availableLanguages, changeLanguage, language, t } from "../lib/i18n";
import { reviewedLanguages } from "../lib/language-status";

/** "Originaltext" for German; otherwise machine-translated until the city marks the language reviewed. */
export function statusText(
  texts: LanguageTexts,
  code: UiLanguage,
  reviewed: ReadonlySet<UiLanguage>,
): string {
  return code === "de" || reviewed.has(code) ? texts.status.reviewed : texts.status.machine;
}

/** The statuses load with the list's first opening (a small chunk), not with the start page. */
const loadStatusTexts = () => import("../lib/contract/language-texts").then((m) => m.LANGUAGE_TEXTS);

export function LanguageSwitch() {
  const [open, setOpen] = createSignal(false);
  // A plain signal, not a resource: a pending resource here would suspend the page around the header.
  const [statusTexts, setStatusTexts] = createSignal<Record<UiLanguage, LanguageTexts>>();
  let root: HTMLDivElement | undefined;
  let toggle: HTMLButtonElement | undefined;
  let list: HTMLUListElement | undefined;

  const items = () => [...(list?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
  const focusItem = (index: number) => {
    const all = items();
    all[(index + all.length) % all.length]?.focus();
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggle?.focus();
  };
  const show = () => {
    if (!statusTexts()) loadStatusTexts().then(setStatusTexts, (error: unknown) => console.error(error));
    setOpen(true);
    focusItem(Math.max(0, availableLanguages.indexOf(language())));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = items().indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(index + 1),
      ArrowUp: () => focusItem(index - 1),
      Home: () => focusItem(0),
      End: () => focusItem(-1),
      Escape: () => close(true),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  // A click or focus elsewhere closes the list, as a native select would.
  const outside = (event: Event) => {
    if (open() && event.target instanceof Node && !root?.contains(event.target)) close(false);
  };
  onMount(() => {
    document.addEventListener("pointerdown", outside);
    document.addEventListener("focusin", outside);
  });
  onCleanup(() => {
    document.removeEventListener("pointerdown", outside);
    document.removeEventListener("focusin", outside);
  });

  const choose = (code: UiLanguage) => {
    close(true);
    void changeLanguage(code);
  };

  return (
    <div class="language-switch" ref={root}>
      <button
        ref={toggle}
        type="button"
        class="language-toggle"
        aria-expanded={open()}
        aria-controls="language-list"
        onClick={() => (open() ? close(false) : show())}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && !open()) {
            event.preventDefault();
            show();
          }
        }}
      >
        <svg class="language-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
          <path
            d="M3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9s1.2-6.4 3.7-9z"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
          />
        </svg>
        <span class="visually-hidden">{t("common.language")}: </span>
        <span lang={language()} dir={LANGUAGE_INFO[language()].dir}>
          {LANGUAGE_INFO[language()].name}
        </span>
      </button>
      <Show when={open()}>
        <ul id="language-list" ref={list} class="language-list" onKeyDown={onKeyDown}>
          <For each={availableLanguages}>
            {(code) => (
              <li>
                <button
                  type="button"
                  lang={code}
                  dir={LANGUAGE_INFO[code].dir}
                  aria-current={code === language() ? "true" : undefined}
                  onClick={() => choose(code)}
                >
                  <span class="language-name">{LANGUAGE_INFO[code].name}</span>
                  <Show when={statusTexts()}>
                    {(texts) => (
                      <span class="language-status">
                        {statusText(texts()[code], code, reviewedLanguages())}
                      </span>
                    )}
                  </Show>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
