// Admins edit title, summary and description (German and English) of one service. The records
// come from the synced guide on this device (public data); a save reaches every device through
// the sync feed.
import { createMemo, createSignal, For, Show } from "solid-js";
import { LANGUAGES, type Language, type Service } from "../../../lib/contract/guide";
import { localized, t } from "../../../lib/i18n";
import { createLiveQuery } from "../../../lib/live-query";
import { requestSync } from "../../../lib/sync-status";
import { usePageTitle } from "../../../ui/page-title";
import { allServices } from "../data";
import { AdminOnly } from "../../staff/Access";
import { saveService } from "./api";
import { errorKey } from "../../../lib/console-error-key";
import { FormAlert, SelectField, TextField } from "../../staff/Field";
import {
  applyDraft,
  type DraftErrors,
  draftErrors,
  draftOf,
  EDITABLE_FIELDS,
  type EditableField,
  type GuideDraft,
  isDirty,
} from "./guide-edit";

export default function GuideEditorPage() {
  usePageTitle(() => t("staff.guide.title"));
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
      <h1>{t("staff.guide.title")}</h1>
      <p class="lead">{t("staff.guide.lead")}</p>
      <Show when={services.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show when={sorted().length > 0} fallback={<p class="notice">{t("staff.guide.noServices")}</p>}>
          <SelectField
            id="guide-service"
            label={t("staff.guide.service")}
            value={selectedId()}
            onChange={setSelectedId}
            options={[
              { value: "", label: t("staff.guide.choose") },
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

function ServiceTextForm(props: { service: Service | undefined; id: string }) {
  // The draft starts from the record as it was when chosen; later syncs do not overwrite typing.
  // eslint-disable-next-line solid/reactivity
  const initial = props.service;
  const [draft, setDraft] = createSignal<GuideDraft | undefined>(initial && draftOf(initial));
  const [errors, setErrors] = createSignal<DraftErrors>({});
  const [failure, setFailure] = createSignal<string>();
  const [saved, setSaved] = createSignal(false);
  const [busy, setBusy] = createSignal(false);

  const set = (language: Language, field: EditableField, value: string) => {
    setDraft((current) => current && { ...current, [language]: { ...current[language], [field]: value } });
    setSaved(false);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const current = draft();
    // The newest synced record: only the edited texts replace what is there.
    const base = props.service;
    if (busy() || !current || !base) return;
    const found = draftErrors(current);
    setErrors(found);
    setFailure(undefined);
    setSaved(false);
    if (Object.keys(found).length > 0) return;
    if (!isDirty(base, current)) {
      setFailure("staff.guide.unchanged");
      return;
    }
    setBusy(true);
    try {
      await saveService(applyDraft(base, current, new Date()));
      setSaved(true);
      // Bring the change to this device now instead of at the next scheduled round.
      void requestSync();
    } catch (error) {
      setFailure(errorKey(error));
    } finally {
      setBusy(false);
    }
  };

  const alerts = () =>
    [...Object.values(errors()), failure()].filter((key) => key !== undefined).map((key) => t(key));

  return (
    <Show when={draft()}>
      {(current) => (
        <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
          <FormAlert messages={alerts()} />
          <For each={LANGUAGES}>
            {(language) => (
              <fieldset class="staff-fieldset">
                <legend>{t(`staff.guide.languages.${language}`)}</legend>
                <For each={EDITABLE_FIELDS}>
                  {(field) => (
                    <TextField
                      id={`guide-${props.id}-${language}-${field}`}
                      label={t(`staff.guide.fields.${field}`)}
                      value={current()[language][field]}
                      onInput={(value) => set(language, field, value)}
                      error={errors()[`${language}.${field}`]}
                      multiline={field === "description"}
                      required
                    />
                  )}
                </For>
              </fieldset>
            )}
          </For>
          <p class="hint">{t("staff.guide.saveHint")}</p>
          <button type="submit" class="button">
            {busy() ? t("staff.common.saving") : t("staff.guide.submit")}
          </button>
          <div role="status">
            <Show when={saved()}>
              <p class="staff-success">{t("staff.guide.saved")}</p>
            </Show>
          </div>
        </form>
      )}
    </Show>
  );
}
