// Admins edit title, summary and description (German and English) of one service. The records
// come from the synced guide on this device (public data); a save reaches every device through
// the sync feed.
import { createMemo, createSignal, For, Show } from "solid-js";
import type { Service } from "../../../lib/contract/guide";
import { localized, t } from "../../../lib/i18n";
import { createLiveQuery } from "../../../lib/live-query";
import { requestSync } from "../../../lib/sync-status";
import { usePageTitle } from "../../../ui/page-title";
import { allServices } from "../data";
import { AdminOnly } from "../../staff/Access";
import { saveService } from "./api";
import { createWrite } from "../../../lib/write";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../../ui/ErrorSummary";
import { SelectInput, TextArea, TextInput } from "../../../ui/Field";
import {
  applyDraft,
  type DraftErrors,
  draftErrors,
  draftLanguages,
  draftOf,
  EDITABLE_FIELDS,
  type EditableField,
  EDITED_LANGUAGES,
  type EditedLanguage,
  type GuideDraft,
  isDirty,
} from "./guide-edit";

export default function GuideEditorPage() {
  usePageTitle(() => t("services.console.title"));
  return (
    <AdminOnly>
      <GuideEditor />
    </AdminOnly>
  );
}

function GuideEditor() {
  const services = createLiveQuery(() => allServices);
  const [selectedId, setSelectedId] = createSignal("");
  const sorted = createMemo(() =>
    [...(services.data() ?? [])].sort((a, b) =>
      localized(a.text).title.localeCompare(localized(b.text).title),
    ),
  );
  const selected = () => sorted().find((service) => service.id === selectedId());

  return (
    <section>
      <h1>{t("services.console.title")}</h1>
      <p class="lead">{t("services.console.lead")}</p>
      <Show when={services.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show when={sorted().length > 0} fallback={<p class="notice">{t("services.console.noServices")}</p>}>
          <SelectInput
            id="guide-service"
            label={t("services.console.service")}
            value={selectedId()}
            onChange={setSelectedId}
            options={[
              { value: "", label: t("services.console.choose") },
              ...sorted().map((service) => ({ value: service.id, label: localized(service.text).title })),
            ]}
          />
        </Show>
      </Show>
      {/* Keyed by id: another service starts a fresh draft; a sync of the same one does not. */}
      <Show when={selected()?.id} keyed>
        {(id) => <ServiceTextForm service={selected()} id={id} />}
      </Show>
    </section>
  );
}

const FIELD_ORDER = EDITED_LANGUAGES.flatMap((language) =>
  EDITABLE_FIELDS.map((field) => `${language}-${field}`),
);

function ServiceTextForm(props: { service: Service | undefined; id: string }) {
  // The draft starts from the record as it was when chosen; later syncs do not overwrite typing.
  // eslint-disable-next-line solid/reactivity
  const initial = props.service;
  const [draft, setDraft] = createSignal<GuideDraft | undefined>(initial && draftOf(initial));
  const [errors, setErrors] = createSignal<DraftErrors>({});
  const [unchanged, setUnchanged] = createSignal(false);
  const write = createWrite<true>();

  const set = (language: EditedLanguage, field: EditableField, value: string) => {
    setDraft((current) => {
      const texts = current?.[language];
      return current && texts ? { ...current, [language]: { ...texts, [field]: value } } : current;
    });
    write.clearSuccess();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const current = draft();
    // The newest synced record: only the edited texts replace what is there.
    const base = props.service;
    if (write.busy() || !current || !base) return;
    const found = draftErrors(current);
    setErrors(found);
    write.clear();
    setUnchanged(false);
    if (Object.keys(found).length > 0) return;
    if (!isDirty(base, current)) {
      setUnchanged(true);
      return;
    }
    await write.run(true, async () => {
      await saveService(applyDraft(base, current, new Date()));
      // Bring the change to this device now instead of at the next scheduled round.
      void requestSync();
      return t("services.console.saved");
    });
  };

  // Field ids are `guide-<service>-<language>-<field>`; the errors are keyed `<language>.<field>`.
  const summary = (): SummaryItem[] => {
    const byId = Object.fromEntries(
      Object.entries(errors()).map(([key, message]) => [key.replace(".", "-"), message]),
    );
    const failure = write.failure();
    return [
      ...summaryOf(FIELD_ORDER, byId, `guide-${props.id}`),
      ...(unchanged() ? [{ message: "services.console.unchanged" }] : []),
      ...(failure ? [{ message: failure }] : []),
    ];
  };

  return (
    <Show when={draft()}>
      {(current) => (
        <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
          <ErrorSummary items={summary()} />
          <For each={draftLanguages(current())}>
            {(language) => (
              <fieldset class="staff-fieldset">
                <legend>{t(`services.console.languages.${language}`)}</legend>
                <For each={EDITABLE_FIELDS}>
                  {(field) => (
                    <Show
                      when={field === "description"}
                      fallback={
                        <TextInput
                          id={`guide-${props.id}-${language}-${field}`}
                          label={t(`services.console.fields.${field}`)}
                          value={current()[language]?.[field] ?? ""}
                          onInput={(value) => set(language, field, value)}
                          error={errors()[`${language}.${field}`]}
                          autocomplete="off"
                          required
                        />
                      }
                    >
                      <TextArea
                        id={`guide-${props.id}-${language}-${field}`}
                        label={t(`services.console.fields.${field}`)}
                        value={current()[language]?.[field] ?? ""}
                        onInput={(value) => set(language, field, value)}
                        error={errors()[`${language}.${field}`]}
                        rows={8}
                        required
                      />
                    </Show>
                  )}
                </For>
              </fieldset>
            )}
          </For>
          <p class="hint">{t("services.console.saveHint")}</p>
          <button type="submit" class="button">
            {write.busy() ? t("staff.common.saving") : t("services.console.submit")}
          </button>
          <div role="status">
            <Show when={write.success()}>{(text) => <p class="staff-success">{text()}</p>}</Show>
          </div>
        </form>
      )}
    </Show>
  );
}
