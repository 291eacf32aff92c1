import { For } from "solid-js";
import { changeLanguage, LANGUAGE_OPTIONS, language, t } from "../lib/i18n";

export function LanguageSwitch() {
  return (
    <div class="language-switch">
      <label for="language-select">{t("common.language")}</label>
      <select
        id="language-select"
        value={language()}
        onChange={(e) => {
          const choice = LANGUAGE_OPTIONS.find((l) => l.code === e.currentTarget.value);
          if (choice) void changeLanguage(choice.code);
        }}
      >
        <For each={LANGUAGE_OPTIONS}>
          {(option) => (
            <option value={option.code} lang={option.code}>
              {option.name}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
