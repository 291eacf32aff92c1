// The guide editors' language picker (services, offices, life situations): the ten languages by their
// own names, each saying whether it has a text; and the offer to add a translation where none is.
import { LANGUAGES } from "../../../lib/contract/guide";
import { LANGUAGE_INFO } from "../../../lib/contract/languages";
import { t } from "../../../lib/i18n";
import { SelectInput } from "../../../ui/Field";
import type { EditedLanguage } from "./guide-edit";

/** What the picker says of a language: the original, a text, one added but not saved, or none. */
export function languageState(language: EditedLanguage, stored: boolean, drafted: boolean): string {
  if (language === "de") return "staff.guide.state.original";
  if (stored) return "staff.guide.state.present";
  return drafted ? "staff.guide.state.added" : "staff.guide.state.missing";
}

export function LanguagePicker(props: {
  id: string;
  shown: EditedLanguage;
  onChange: (language: EditedLanguage) => void;
  /** Whether the record as stored, and the draft, have a text in the language. */
  stored: (language: EditedLanguage) => boolean;
  drafted: (language: EditedLanguage) => boolean;
}) {
  return (
    <SelectInput
      id={props.id}
      label={t("staff.guide.language")}
      hint={t("staff.guide.languageHint")}
      value={props.shown}
      onChange={(value) => props.onChange(LANGUAGES.find((l) => l === value) ?? "de")}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: t(languageState(language, props.stored(language), props.drafted(language)), {
          language: LANGUAGE_INFO[language].name,
        }),
      }))}
    />
  );
}

/** A language without a text: says so and offers to add a translation. */
export function AddTranslation(props: { language: EditedLanguage; onAdd: () => void }) {
  return (
    <div class="guide-missing">
      <p>{t("staff.guide.noText", { language: LANGUAGE_INFO[props.language].name })}</p>
      <button type="button" class="button secondary" onClick={() => props.onAdd()}>
        {t("staff.guide.add", { language: LANGUAGE_INFO[props.language].name })}
      </button>
    </div>
  );
}
