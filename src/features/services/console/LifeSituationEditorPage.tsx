// Admins edit a life situation (issue 20): its title and summary in any of the ten languages, and
// the services it lists, in the order a resident needs them. A save reaches every device through
// the sync feed.
import { createMemo, createSignal, For, Show } from "solid-js";
import { type LifeSituation, lifeSituationTextSchema, type Service } from "../../../lib/contract/guide";
import { localized, t } from "../../../lib/i18n";
import { createLiveQuery } from "../../../lib/live-query";
import { Checkboxes } from "../../../ui/Choices";
import { SelectInput } from "../../../ui/Field";
import { usePageTitle } from "../../../ui/page-title";
import { AdminOnly } from "../../staff/Access";
import { allLifeSituations, allServices } from "../data";
import { saveLifeSituation } from "./api";
import { GuideSections } from "./GuideSections";
import { RecordTextForm } from "./RecordTextForm";
import { serviceErrors, SITUATION_FIELDS, situationWith } from "./record-edits";
import { keepOrder, moveServiceUp } from "./text-drafts";

export default function LifeSituationEditorPage() {
  usePageTitle(() => t("staff.guide.situation.title"));
  return (
    <AdminOnly>
      <LifeSituationEditor />
    </AdminOnly>
  );
}

function LifeSituationEditor() {
  const situations = createLiveQuery(() => allLifeSituations);
  const services = createLiveQuery(() => allServices);
  const [selectedId, setSelectedId] = createSignal("");
  const sorted = createMemo(() =>
    [...(situations.data() ?? [])].sort((a, b) =>
      localized(a.text).title.localeCompare(localized(b.text).title),
    ),
  );
  const selected = () => sorted().find((situation) => situation.id === selectedId());

  return (
    <section>
      <h1>{t("services.console.title")}</h1>
      <GuideSections current="lifeSituations" />
      <h2>{t("staff.guide.situation.title")}</h2>
      <p class="lead">{t("staff.guide.situation.lead")}</p>
      <Show
        when={situations.ready() && services.ready()}
        fallback={<p class="loading">{t("common.loading")}</p>}
      >
        <Show when={sorted().length > 0} fallback={<p class="notice">{t("services.console.noServices")}</p>}>
          <SelectInput
            id="guide-situation"
            label={t("staff.guide.situation.choose")}
            value={selectedId()}
            onChange={setSelectedId}
            options={[
              { value: "", label: t("services.console.choose") },
              ...sorted().map((situation) => ({
                value: situation.id,
                label: localized(situation.text).title,
              })),
            ]}
          />
        </Show>
      </Show>
      {/* Keyed by id: another life situation starts a fresh draft; a sync of the same one does not. */}
      <Show when={selected()?.id} keyed>
        {(id) => <SituationForm id={id} situation={selected()} services={services.data() ?? []} />}
      </Show>
    </section>
  );
}

function SituationForm(props: { id: string; situation: LifeSituation | undefined; services: Service[] }) {
  // eslint-disable-next-line solid/reactivity
  const initial = props.situation?.serviceIds ?? [];
  const [serviceIds, setServiceIds] = createSignal<string[]>([...initial]);
  const prefix = () => `situation-${props.id}`;
  const titleOf = (id: string) => {
    const service = props.services.find((s) => s.id === id);
    return service ? localized(service.text).title : id;
  };
  const options = createMemo(() =>
    [...props.services]
      .map((service) => ({ value: service.id, label: localized(service.text).title }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  );
  const [servicesError, setServicesError] = createSignal<string | undefined>();
  const errors = () => {
    const found = serviceErrors(serviceIds(), new Set(props.services.map((s) => s.id)));
    setServicesError(found.services);
    return found;
  };

  return (
    <RecordTextForm
      prefix={prefix()}
      stored={props.situation?.text}
      fields={SITUATION_FIELDS}
      schema={lifeSituationTextSchema}
      otherErrors={errors}
      otherOrder={["services"]}
      otherChanged={() => JSON.stringify(serviceIds()) !== JSON.stringify(props.situation?.serviceIds)}
      save={(drafts) => {
        // The newest synced record: only texts and services replace what is there.
        const situation = props.situation;
        return situation
          ? saveLifeSituation(situationWith(situation, drafts, serviceIds(), new Date()))
          : Promise.resolve();
      }}
    >
      <Checkboxes
        id={`${prefix()}-services`}
        legend={t("staff.guide.situation.services")}
        hint={t("staff.guide.situation.servicesHint")}
        error={servicesError()}
        options={options()}
        values={serviceIds()}
        onChange={(chosen) => setServiceIds((previous) => keepOrder(previous, chosen))}
      />
      <h3 id={`${prefix()}-order-title`}>{t("staff.guide.situation.order")}</h3>
      <ol class="guide-order" aria-labelledby={`${prefix()}-order-title`}>
        <For each={serviceIds()}>
          {(id, index) => (
            <li>
              <span>{titleOf(id)}</span>
              <Show when={index() > 0}>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => setServiceIds((ids) => moveServiceUp(ids, id))}
                >
                  {t("staff.guide.situation.moveUp", { service: titleOf(id) })}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </RecordTextForm>
  );
}
