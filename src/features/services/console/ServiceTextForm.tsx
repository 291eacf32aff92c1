// The texts of one service in any of the ten languages (issue 20): a language picker that marks which
// languages have a text, German (the original, required) or a translation with German beside it, and
// "add translation" for a language without one. A save writes the whole record; the sync feed brings
// it to every device.
import { createSignal, Show } from "solid-js";
import type { Service } from "../../../lib/contract/guide";
import { LANGUAGE_INFO } from "../../../lib/contract/languages";
import { t } from "../../../lib/i18n";
import { requestSync } from "../../../lib/sync-status";
import { createWrite } from "../../../lib/write";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../../ui/ErrorSummary";
import { saveService } from "./api";
import {
  addTranslation,
  applyDraft,
  discardTranslation,
  type DraftErrors,
  draftErrors,
  draftOf,
  type EditableField,
  type EditedLanguage,
  type GuideDraft,
  isDirty,
  languagesWithErrors,
  type ListField,
} from "./guide-edit";
import { easySummaryChanged, easySummaryError, withEasySummary } from "./easy-summary";
import { EasySummaryField } from "./EasySummaryField";
import { AddTranslation, LanguagePicker } from "./LanguagePicker";
import { fieldOrder, GermanReference, LanguageFields } from "./LanguageTexts";
import "./guide-editor.css";

export function ServiceTextForm(props: { service: Service | undefined; id: string }) {
  // The draft starts from the record as it was when chosen; later syncs do not overwrite typing.
  // eslint-disable-next-line solid/reactivity
  const initial = props.service;
  const [draft, setDraft] = createSignal<GuideDraft | undefined>(initial && draftOf(initial));
  const [shown, setShown] = createSignal<EditedLanguage>("de");
  const [errors, setErrors] = createSignal<DraftErrors>({});
  const [unchanged, setUnchanged] = createSignal(false);
  const [easy, setEasy] = createSignal(initial?.easySummary ?? "");
  const [easyError, setEasyError] = createSignal<string | undefined>();
  const write = createWrite<true>();
  const prefix = () => `guide-${props.id}`;

  const change = (update: (current: GuideDraft) => GuideDraft) => {
    setDraft((current) => current && update(current));
    write.clearSuccess();
  };
  const setText = (language: EditedLanguage, field: EditableField | ListField, value: string) =>
    change((current) => {
      const texts = current[language];
      return texts ? { ...current, [language]: { ...texts, [field]: value } } : current;
    });
  const setFee = (language: EditedLanguage, index: number, value: string) =>
    change((current) => {
      const texts = current[language];
      if (!texts) return current;
      const fees = texts.fees.map((label, i) => (i === index ? value : label));
      return { ...current, [language]: { ...texts, fees } };
    });

  const add = (service: Service) => {
    const language = shown();
    const firstField = `${prefix()}-${language}-title`;
    change((current) => addTranslation(current, language, service));
    // The new fields appear with this render; the first takes the focus.
    queueMicrotask(() => document.getElementById(firstField)?.focus());
  };
  const discard = (service: Service) => {
    const language = shown();
    change((current) => discardTranslation(current, language, service));
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith(`${language}.`))),
    );
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const current = draft();
    // The newest synced record: only the texts replace what is there.
    const base = props.service;
    if (write.busy() || !current || !base) return;
    const found = draftErrors(current, base);
    setErrors(found);
    setEasyError(easySummaryError(easy()));
    write.clear();
    setUnchanged(false);
    const wrong = languagesWithErrors(found);
    if (wrong.length > 0 && !wrong.includes(shown())) setShown(wrong[0]!);
    if (wrong.length > 0 || easyError()) return;
    if (!isDirty(base, current) && !easySummaryChanged(base, easy())) {
      setUnchanged(true);
      return;
    }
    const record = withEasySummary(applyDraft(base, current, new Date()), easy());
    await write.run(true, async () => {
      await saveService(record);
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
      ...summaryOf(fieldOrder(language, props.service?.fees.length ?? 0), byId, prefix()),
      ...summaryOf(["easy"], { easy: easyError() }, prefix()),
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
    <Show when={draft() && props.service}>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <ErrorSummary items={summary()} />
        <LanguagePicker
          id={`${prefix()}-language`}
          shown={shown()}
          onChange={setShown}
          stored={(language) => Boolean(props.service!.text[language])}
          drafted={(language) => Boolean(draft()![language])}
        />
        <Show
          when={draft()![shown()]}
          fallback={<AddTranslation language={shown()} onAdd={() => add(props.service!)} />}
        >
          {(texts) => (
            <div classList={{ "guide-translation": shown() !== "de" }}>
              <Show when={shown() !== "de"}>
                <GermanReference texts={draft()!.de} service={props.service!} />
              </Show>
              <div>
                <LanguageFields
                  prefix={prefix()}
                  language={shown()}
                  texts={texts()}
                  service={props.service!}
                  errors={errors()}
                  onText={(field, value) => setText(shown(), field, value)}
                  onFee={(index, value) => setFee(shown(), index, value)}
                />
                <Show when={shown() !== "de" && !props.service!.text[shown()]}>
                  <button type="button" class="button secondary" onClick={() => discard(props.service!)}>
                    {t("staff.guide.discard", { language: LANGUAGE_INFO[shown()].name })}
                  </button>
                </Show>
              </div>
            </div>
          )}
        </Show>
        <EasySummaryField
          id={`${prefix()}-easy`}
          value={easy()}
          error={easyError()}
          onInput={(value) => {
            setEasy(value);
            write.clearSuccess();
          }}
        />
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
