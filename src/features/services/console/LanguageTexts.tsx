// One language's texts of a service in the guide editor: the fields, and German beside them as the
// reference a translation is written from.
import { For, Show } from "solid-js";
import { LANGUAGE_INFO } from "../../../lib/contract/languages";
import type { Service } from "../../../lib/contract/guide";
import { locale, t } from "../../../lib/i18n";
import { TextArea, TextInput } from "../../../ui/Field";
import {
  type DraftErrors,
  type DraftTexts,
  EDITABLE_FIELDS,
  type EditableField,
  type EditedLanguage,
  LIST_FIELDS,
  type ListField,
} from "./guide-edit";

const FIELD_LABELS: Record<EditableField | ListField, string> = {
  title: "services.console.fields.title",
  summary: "services.console.fields.summary",
  description: "services.console.fields.description",
  processingTime: "staff.guide.fields.processingTime",
  documents: "staff.guide.fields.documents",
  keywords: "staff.guide.fields.keywords",
};

/** A fee as the label's field names it: its number and amount ("Gebühr 2 (37,00 €)"). */
function feeName(fee: Service["fees"][number], index: number): string {
  const euros = new Intl.NumberFormat(locale(), { style: "currency", currency: "EUR" });
  const amount =
    fee.maxAmount === undefined
      ? euros.format(fee.amount)
      : t("staff.guide.feeRange", { from: euros.format(fee.amount), to: euros.format(fee.maxAmount) });
  return t("staff.guide.fields.fee", { number: String(index + 1), amount });
}

/** Field ids `<prefix>-<language>-<field>`, fee labels `<prefix>-<language>-fees-<index>`. */
export function fieldOrder(language: EditedLanguage, fees: number): string[] {
  return [
    ...EDITABLE_FIELDS.map((field) => `${language}-${field}`),
    ...LIST_FIELDS.map((field) => `${language}-${field}`),
    `${language}-fees`,
    ...Array.from({ length: fees }, (_, index) => `${language}-fees-${index}`),
  ];
}

export function LanguageFields(props: {
  prefix: string;
  language: EditedLanguage;
  texts: DraftTexts;
  service: Service;
  errors: DraftErrors;
  onText: (field: EditableField | ListField, value: string) => void;
  onFee: (index: number, value: string) => void;
}) {
  const info = () => LANGUAGE_INFO[props.language];
  const id = (field: string) => `${props.prefix}-${props.language}-${field}`;
  const error = (key: string) => props.errors[`${props.language}.${key}`];
  return (
    <fieldset class="staff-fieldset" id={id("fees")}>
      <legend>
        <span lang={props.language}>{info().name}</span>
      </legend>
      <For each={EDITABLE_FIELDS}>
        {(field) => (
          <Show
            when={field === "description"}
            fallback={
              <TextInput
                id={id(field)}
                label={t(FIELD_LABELS[field])}
                value={props.texts[field]}
                onInput={(value) => props.onText(field, value)}
                error={error(field)}
                lang={props.language}
                dir={info().dir}
                autocomplete="off"
                required
              />
            }
          >
            <TextArea
              id={id(field)}
              label={t(FIELD_LABELS[field])}
              value={props.texts[field]}
              onInput={(value) => props.onText(field, value)}
              error={error(field)}
              lang={props.language}
              dir={info().dir}
              rows={8}
              required
            />
          </Show>
        )}
      </For>
      <For each={LIST_FIELDS}>
        {(field) => (
          <TextArea
            id={id(field)}
            label={t(FIELD_LABELS[field])}
            hint={t("staff.guide.onePerLine")}
            value={props.texts[field]}
            onInput={(value) => props.onText(field, value)}
            error={error(field)}
            lang={props.language}
            dir={info().dir}
            rows={4}
            mark="optional"
          />
        )}
      </For>
      <Show when={error("fees")}>{(message) => <p class="field-error">{t(message())}</p>}</Show>
      <For each={props.service.fees}>
        {(fee, index) => (
          <TextInput
            id={id(`fees-${index()}`)}
            label={feeName(fee, index())}
            value={props.texts.fees[index()] ?? ""}
            onInput={(value) => props.onFee(index(), value)}
            error={error(`fees.${index()}`)}
            lang={props.language}
            dir={info().dir}
            autocomplete="off"
            required
          />
        )}
      </For>
    </fieldset>
  );
}

/** German as it stands in the draft, to translate from; read only. */
export function GermanReference(props: { texts: DraftTexts; service: Service }) {
  const all = [...EDITABLE_FIELDS, ...LIST_FIELDS];
  return (
    <section class="guide-reference" aria-labelledby="guide-reference-title">
      <h2 id="guide-reference-title">{t("staff.guide.reference")}</h2>
      <dl>
        <For each={all}>
          {(field) => (
            <>
              <dt>{t(FIELD_LABELS[field])}</dt>
              <dd lang="de">{props.texts[field] || "–"}</dd>
            </>
          )}
        </For>
        <For each={props.service.fees}>
          {(fee, index) => (
            <>
              <dt>{feeName(fee, index())}</dt>
              <dd lang="de">{props.texts.fees[index()] || "–"}</dd>
            </>
          )}
        </For>
      </dl>
    </section>
  );
}
