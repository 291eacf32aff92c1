// Admins edit an office's texts (name, description, accessibility note) in any of the ten languages
// (issue 20). The records come from the synced guide on this device; a save reaches every device
// through the sync feed.
import { createMemo, createSignal, Show } from "solid-js";
import { officeTextSchema } from "../../../lib/contract/guide";
import { localized, t } from "../../../lib/i18n";
import { createLiveQuery } from "../../../lib/live-query";
import { SelectInput } from "../../../ui/Field";
import { usePageTitle } from "../../../ui/page-title";
import { AdminOnly } from "../../staff/Access";
import { allOffices } from "../data";
import { saveOffice } from "./api";
import { GuideSections } from "./GuideSections";
import { RecordTextForm } from "./RecordTextForm";
import { OFFICE_FIELDS, officeWithTexts } from "./record-edits";

export default function OfficeEditorPage() {
  usePageTitle(() => t("staff.guide.office.title"));
  return (
    <AdminOnly>
      <OfficeEditor />
    </AdminOnly>
  );
}

function OfficeEditor() {
  const offices = createLiveQuery(() => allOffices);
  const [selectedId, setSelectedId] = createSignal("");
  const sorted = createMemo(() =>
    [...(offices.data() ?? [])].sort((a, b) => localized(a.text).name.localeCompare(localized(b.text).name)),
  );
  const selected = () => sorted().find((office) => office.id === selectedId());

  return (
    <section>
      <h1>{t("services.console.title")}</h1>
      <GuideSections current="offices" />
      <h2>{t("staff.guide.office.title")}</h2>
      <p class="lead">{t("staff.guide.office.lead")}</p>
      <Show when={offices.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show when={sorted().length > 0} fallback={<p class="notice">{t("services.console.noServices")}</p>}>
          <SelectInput
            id="guide-office"
            label={t("staff.guide.office.choose")}
            value={selectedId()}
            onChange={setSelectedId}
            options={[
              { value: "", label: t("services.console.choose") },
              ...sorted().map((office) => ({ value: office.id, label: localized(office.text).name })),
            ]}
          />
        </Show>
      </Show>
      {/* Keyed by id: another office starts a fresh draft; a sync of the same one does not. */}
      <Show when={selected()?.id} keyed>
        {(id) => (
          <RecordTextForm
            prefix={`office-${id}`}
            stored={selected()?.text}
            fields={OFFICE_FIELDS}
            schema={officeTextSchema}
            save={(drafts) => {
              // The newest synced record: only the texts replace what is there.
              const office = selected();
              return office ? saveOffice(officeWithTexts(office, drafts, new Date())) : Promise.resolve();
            }}
          />
        )}
      </Show>
    </section>
  );
}
