// The texts of an office or a life situation in any of the ten languages (issue 20), in the shape of
// the services' editor: the language picker, German (required) or a translation with German beside
// it, "add translation" where a language has none. What else a record has (a life situation's
// services) comes in as `children` with its own errors. A save writes the whole record.
import { createSignal, For, type JSX, Show } from "solid-js";
import type { z } from "zod";
import { LANGUAGE_INFO } from "../../../lib/contract/languages";
import { t } from "../../../lib/i18n";
import { requestSync } from "../../../lib/sync-status";
import { createWrite } from "../../../lib/write";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../../ui/ErrorSummary";
import { TextArea, TextInput } from "../../../ui/Field";
import { type DraftErrors, type EditedLanguage, languagesWithErrors } from "./guide-edit";
import { AddTranslation, LanguagePicker } from "./LanguagePicker";
import {
  addLanguage,
  discardLanguage,
  type FieldTexts,
  type StoredTexts,
  type TextDrafts,
  textDraftErrors,
  textDraftsOf,
  type TextField,
  textsChanged,
} from "./text-drafts";
import "./guide-editor.css";

export type RecordTextFormProps<F extends string> = {
  /** Field ids start with it: `<prefix>-<language>-<field>`. */
  prefix: string;
  /** The record's texts as synced now (read at the start of the draft and on save). */
  stored: StoredTexts<F> | undefined;
  fields: readonly TextField<F>[];
  schema: { shape: Record<F, z.ZodType> };
  /** Writes the record with these texts (and whatever `children` edit). */
  save: (drafts: TextDrafts<F>) => Promise<unknown>;
  /** Errors of the other fields, keyed by their field id without the prefix. */
  otherErrors?: () => DraftErrors;
  otherOrder?: readonly string[];
  otherChanged?: () => boolean;
  children?: JSX.Element;
};

export function RecordTextForm<F extends string>(props: RecordTextFormProps<F>) {
  // The draft starts from the record as it was when chosen; later syncs do not overwrite typing.
  // eslint-disable-next-line solid/reactivity
  const initial = props.stored;
  const [drafts, setDrafts] = createSignal<TextDrafts<F> | undefined>(
    // eslint-disable-next-line solid/reactivity
    initial && textDraftsOf(initial, props.fields),
  );
  const [shown, setShown] = createSignal<EditedLanguage>("de");
  const [errors, setErrors] = createSignal<DraftErrors>({});
  const [otherErrors, setOtherErrors] = createSignal<DraftErrors>({});
  const [unchanged, setUnchanged] = createSignal(false);
  const write = createWrite<true>();
  const fieldId = (language: EditedLanguage, field: string) => `${props.prefix}-${language}-${field}`;

  const change = (update: (current: TextDrafts<F>) => TextDrafts<F>) => {
    setDrafts((current) => current && update(current));
    write.clearSuccess();
  };
  const setText = (language: EditedLanguage, field: F, value: string) =>
    change((current) => {
      const texts = current[language];
      return texts ? { ...current, [language]: { ...texts, [field]: value } } : current;
    });
  const add = () => {
    const language = shown();
    const fields = props.fields;
    const first = fields[0] ? fieldId(language, fields[0].key) : "";
    change((current) => addLanguage(current, language, fields));
    // The new fields appear with this render; the first takes the focus.
    queueMicrotask(() => document.getElementById(first)?.focus());
  };
  const discard = (stored: StoredTexts<F>) => {
    const language = shown();
    change((current) => discardLanguage(current, language, stored));
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith(`${language}.`))),
    );
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const current = drafts();
    const stored = props.stored;
    if (write.busy() || !current || !stored) return;
    const found = textDraftErrors(current, props.fields, props.schema);
    const others = props.otherErrors?.() ?? {};
    setErrors(found);
    setOtherErrors(others);
    write.clear();
    setUnchanged(false);
    const wrong = languagesWithErrors(found);
    if (wrong.length > 0 && !wrong.includes(shown())) setShown(wrong[0]!);
    if (wrong.length > 0 || Object.keys(others).length > 0) return;
    if (!textsChanged(stored, current, props.fields) && !props.otherChanged?.()) {
      setUnchanged(true);
      return;
    }
    const save = props.save;
    await write.run(true, async () => {
      await save(current);
      // Bring the change to this device now instead of at the next scheduled round.
      void requestSync();
      return t("services.console.saved");
    });
  };

  // Field errors of the language shown link to their fields; the other languages are named.
  const summary = (): SummaryItem[] => {
    const language = shown();
    const byId = Object.fromEntries(
      Object.entries(errors()).map(([key, message]) => [key.replaceAll(".", "-"), message]),
    );
    const failure = write.failure();
    return [
      ...summaryOf(
        props.fields.map((field) => `${language}-${field.key}`),
        byId,
        props.prefix,
      ),
      ...summaryOf([...(props.otherOrder ?? [])], otherErrors(), props.prefix),
      ...languagesWithErrors(errors())
        .filter((other) => other !== language)
        .map((other) => ({
          message: "staff.guide.errors.inLanguage",
          values: { language: LANGUAGE_INFO[other].name },
        })),
      ...(unchanged() ? [{ message: "services.console.unchanged" }] : []),
      ...(failure ? [{ message: failure }] : []),
    ];
  };

  return (
    <Show when={drafts() && props.stored}>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <ErrorSummary items={summary()} />
        <LanguagePicker
          id={`${props.prefix}-language`}
          shown={shown()}
          onChange={setShown}
          stored={(language) => Boolean(props.stored?.[language])}
          drafted={(language) => Boolean(drafts()?.[language])}
        />
        <Show when={drafts()?.[shown()]} fallback={<AddTranslation language={shown()} onAdd={add} />}>
          {(texts) => (
            <div classList={{ "guide-translation": shown() !== "de" }}>
              <Show when={shown() !== "de"}>
                <TextsReference fields={props.fields} texts={drafts()!.de} />
              </Show>
              <div>
                <TextFields
                  language={shown()}
                  fields={props.fields}
                  texts={texts()}
                  id={(field) => fieldId(shown(), field)}
                  errors={errors()}
                  onText={(field, value) => setText(shown(), field, value)}
                />
                <Show when={shown() !== "de" && !props.stored?.[shown()]}>
                  <button type="button" class="button secondary" onClick={() => discard(props.stored!)}>
                    {t("staff.guide.discard", { language: LANGUAGE_INFO[shown()].name })}
                  </button>
                </Show>
              </div>
            </div>
          )}
        </Show>
        {props.children}
        <p class="hint">{t("services.console.saveHint")}</p>
        <button type="submit" class="button">
          {write.busy() ? t("staff.common.saving") : t("services.console.submit")}
        </button>
        <div role="status">
          <Show when={write.success()}>{(text) => <p class="staff-success">{text()}</p>}</Show>
        </div>
      </form>
    </Show>
  );
}

/** One language's fields, with its `lang` and `dir`. */
function TextFields<F extends string>(props: {
  language: EditedLanguage;
  fields: readonly TextField<F>[];
  texts: FieldTexts<F>;
  id: (field: F) => string;
  errors: DraftErrors;
  onText: (field: F, value: string) => void;
}) {
  const info = () => LANGUAGE_INFO[props.language];
  return (
    <fieldset class="staff-fieldset">
      <legend>
        <span lang={props.language}>{info().name}</span>
      </legend>
      <For each={props.fields}>
        {(field) => {
          const common = () => ({
            id: props.id(field.key),
            label: t(field.label),
            value: props.texts[field.key],
            onInput: (value: string) => props.onText(field.key, value),
            error: props.errors[`${props.language}.${field.key}`],
            lang: props.language,
            dir: info().dir,
            required: !field.optional,
            mark: field.optional ? ("optional" as const) : undefined,
          });
          return (
            <Show when={field.multiline} fallback={<TextInput {...common()} autocomplete="off" />}>
              <TextArea {...common()} rows={6} />
            </Show>
          );
        }}
      </For>
    </fieldset>
  );
}

/** German as it stands in the draft, to translate from; read only. */
function TextsReference<F extends string>(props: { fields: readonly TextField<F>[]; texts: FieldTexts<F> }) {
  return (
    <section class="guide-reference" aria-labelledby="guide-reference-title">
      <h2 id="guide-reference-title">{t("staff.guide.reference")}</h2>
      <dl>
        <For each={props.fields}>
          {(field) => (
            <>
              <dt>{t(field.label)}</dt>
              <dd lang="de">{props.texts[field.key] || "–"}</dd>
            </>
          )}
        </For>
      </dl>
    </section>
  );
}
