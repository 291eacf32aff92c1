// Admins edit the texts of one service in any of the ten languages (./ServiceTextForm.tsx). The records
// come from the synced guide on this device (public data); a save reaches every device through
// the sync feed.
import { createMemo, createSignal, Show } from "solid-js";
import { localized, t } from "../../../lib/i18n";
import { createLiveQuery } from "../../../lib/live-query";
import { usePageTitle } from "../../../ui/page-title";
import { allServices } from "../data";
import { AdminOnly } from "../../staff/Access";
import { SelectInput } from "../../../ui/Field";
import { GuideSections } from "./GuideSections";
import { ServiceTextForm } from "./ServiceTextForm";

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
      <GuideSections current="services" />
      <p class="lead">{t("staff.guide.lead")}</p>
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
