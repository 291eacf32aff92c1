// /verwaltung/karte/:layer/neu and /verwaltung/karte/:layer/bearbeiten/:id: one feature's position
// and properties (per the layer's schema), for vacant lots its publication state (§ 200 Abs. 3
// BauGB). Checked with the contract's schema before sending; a save reaches residents by the sync.
import { A, useNavigate, useParams } from "@solidjs/router";
import { createMemo, createSignal, For, Match, Show, Switch } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import {
  type MapLayer,
  type Publication,
  PUBLICATION_STATES,
  type StaffMapFeature,
} from "../../../lib/contract/map";
import { ApiError } from "../../../lib/http";
import { locale, t } from "../../../lib/i18n";
import { usePageTitle } from "../../../ui/page-title";
import { featureTitle } from "../feature-facts";
import { createWrite } from "../../../lib/write";
import { Checkbox, Choice, Radios } from "../../../ui/Choices";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../../ui/ErrorSummary";
import { SelectInput, TextArea, TextInput } from "../../../ui/Field";
import { fetchLayerFeatures, saveMapFeature } from "./api";
import {
  checkForm,
  emptyForm,
  faultFields,
  type FeatureForm,
  type FieldSpec,
  type FormField,
  formOf,
  GEOMETRY_MODES,
  visibleFields,
} from "./feature-form";
import { layerLabel, layerPath, publicationLabel } from "./labels";
import { EditableLayer } from "./MapLayerAccess";
import { createRemote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { type FieldErrors, hasErrors } from "../../../lib/field-errors";

/** Fields that need a word on the expected format. */
const HINTED = new Set<FormField>(["parcelNumber", "areaSqm", "plan", "postalCode", "plannedMonth"]);

export default function MapFeatureEditPage() {
  const params = useParams<{ layer: string; id?: string }>();
  return (
    <EditableLayer layer={params.layer}>
      {(layer) => <FeatureEditor layer={layer} id={params.id} />}
    </EditableLayer>
  );
}

function FeatureEditor(props: { layer: MapLayer; id: string | undefined }) {
  const features = createRemote(() => props.layer, fetchLayerFeatures);
  const existing = () => features.data()?.find((feature) => feature.id === props.id);
  const heading = () =>
    props.id === undefined
      ? t("map.console.newTitle", { layer: layerLabel(props.layer) })
      : t("map.console.editTitle", { layer: layerLabel(props.layer) });
  usePageTitle(heading);
  const takenIds = () => new Set((features.data() ?? []).map((feature) => feature.id));

  return (
    <section>
      <p class="breadcrumb">
        <A href={layerPath(props.layer)}>
          {t("map.console.backToLayer", { layer: layerLabel(props.layer) })}
        </A>
      </p>
      <h1>{heading()}</h1>
      <RemoteStatus remote={features} />
      <Show when={features.data()}>
        <Switch fallback={<p class="notice">{t("map.console.notFound")}</p>}>
          <Match when={props.id === undefined}>
            <FeatureEditForm
              layer={props.layer}
              initial={emptyForm(props.layer, new Date().toISOString().slice(0, 10), Date.now().toString(36))}
              takenIds={takenIds()}
            />
          </Match>
          <Match when={existing()}>
            {(feature) => (
              <FeatureEditForm layer={props.layer} initial={formOf(feature())} existing={feature()} />
            )}
          </Match>
        </Switch>
      </Show>
    </section>
  );
}

function FeatureEditForm(props: {
  layer: MapLayer;
  initial: FeatureForm;
  /** The stored feature when editing; a new one otherwise (its id must not be taken). */
  existing?: StaffMapFeature;
  takenIds?: ReadonlySet<string>;
}) {
  const navigate = useNavigate();
  // The initial values only: later reloads of the list do not overwrite what is being typed.
  const [form, setForm] = createStore<FeatureForm>(structuredClone(props.initial));
  const [errors, setErrors] = createSignal<FieldErrors<FormField>>({});
  const write = createWrite<true>();
  const busy = () => write.busy() === true;
  const isNew = () => props.existing === undefined;
  const modes = () => GEOMETRY_MODES[props.layer];
  const fields = createMemo(() => visibleFields(props.layer, form.properties));
  const id = (name: string) => `map-field-${name}`;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const current = unwrap(form);
    const checked = checkForm(props.layer, current, isNew() ? props.takenIds : undefined);
    setErrors(checked.errors);
    write.clear();
    if (hasErrors(checked.errors)) return;
    const layer = props.layer;
    await write.run(
      true,
      async () => {
        try {
          const saved = await saveMapFeature(layer, checked.id, checked.body);
          const title = featureTitle(saved, { t, locale: locale() });
          navigate(layerPath(layer), { state: { saved: title } });
          return title;
        } catch (error) {
          setErrors(error instanceof ApiError ? faultFields(layer, current, error.faults) : {});
          throw error;
        }
      },
      { overrides: { forbidden: "map.console.forbidden" } },
    );
  };

  /** The field errors in the order of the form, each linked to its field; else a failure of the save. */
  const summary = (): SummaryItem[] => {
    const order: FormField[] = ["id", "geometry", "lat", "lon", ...fields().map((spec) => spec.name)];
    const onFields = summaryOf(order, errors(), "map-field");
    const failure = write.failure();
    return onFields.length === 0 && failure ? [{ message: failure }] : onFields;
  };

  return (
    <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
      <ErrorSummary items={summary()} />
      <Show
        when={isNew()}
        fallback={
          <p>
            <strong>{t("map.console.fields.id")}:</strong> <span class="staff-reference">{form.id}</span>
          </p>
        }
      >
        <TextInput
          id={id("id")}
          label={t("map.console.fields.id")}
          hint={t("map.console.hints.id")}
          value={form.id}
          onInput={(value) => setForm("id", value)}
          error={errors().id}
          code
          required
        />
      </Show>

      <fieldset class="staff-fieldset">
        <legend>{t("map.console.positionTitle")}</legend>
        <Show when={modes().length > 1}>
          <For each={modes()}>
            {(mode) => (
              <Choice
                id={id(`mode-${mode}`)}
                type="radio"
                name="map-geometry-mode"
                value={mode}
                label={t(`map.console.modes.${mode}`)}
                checked={form.mode === mode}
                onChange={(checked) => checked && setForm("mode", mode)}
              />
            )}
          </For>
        </Show>
        <Show
          when={form.mode === "point"}
          fallback={
            <TextArea
              id={id("geometry")}
              label={t("map.console.fields.geometry")}
              hint={t("map.console.hints.geometry")}
              value={form.geometry}
              onInput={(value) => setForm("geometry", value)}
              error={errors().geometry}
              rows={8}
              required
            />
          }
        >
          <p class="hint">{t("map.console.hints.position")}</p>
          <TextInput
            id={id("lat")}
            label={t("map.console.fields.lat")}
            value={form.lat}
            onInput={(value) => setForm("lat", value)}
            error={errors().lat}
            required
          />
          <TextInput
            id={id("lon")}
            label={t("map.console.fields.lon")}
            value={form.lon}
            onInput={(value) => setForm("lon", value)}
            error={errors().lon}
            required
          />
        </Show>
      </fieldset>

      <fieldset class="staff-fieldset">
        <legend>{t("map.console.propertiesTitle")}</legend>
        <For each={fields()}>
          {(spec) => (
            <PropertyInput
              spec={spec}
              value={form.properties[spec.name] ?? ""}
              onChange={(value) => setForm("properties", spec.name, value)}
              error={errors()[spec.name]}
            />
          )}
        </For>
      </fieldset>

      <Show when={props.layer === "vacant-lots"}>
        <Radios
          id={id("publication")}
          legend={t("map.console.fields.publication")}
          hint={t("map.console.publicationRule")}
          options={PUBLICATION_STATES.map((state: Publication) => ({
            value: state,
            label: publicationLabel(state),
          }))}
          value={form.publication}
          onChange={(value) =>
            setForm("publication", PUBLICATION_STATES.find((state) => state === value) ?? form.publication)
          }
        />
      </Show>

      <Checkbox
        id={id("sample")}
        label={t("map.console.fields.sample")}
        hint={t("map.console.hints.sample")}
        checked={form.sample}
        onChange={(checked) => setForm("sample", checked)}
      />

      <p class="hint">{t("map.console.saveHint")}</p>
      <button type="submit" class="button" disabled={busy()}>
        {busy() ? t("staff.common.saving") : t("map.console.save")}
      </button>
    </form>
  );
}

function PropertyInput(props: {
  spec: FieldSpec;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const common = () => ({
    id: `map-field-${props.spec.name}`,
    label: t(`map.console.fields.${props.spec.name}`),
    hint: HINTED.has(props.spec.name) ? t(`map.console.hints.${props.spec.name}`) : undefined,
    error: props.error,
    required: !props.spec.optional,
  });
  return (
    <Show
      when={props.spec.options}
      fallback={
        <Show
          when={props.spec.kind === "multiline"}
          fallback={
            <TextInput
              {...common()}
              type={props.spec.kind === "date" ? "date" : "text"}
              inputMode={props.spec.kind === "int" ? "numeric" : undefined}
              value={props.value}
              onInput={(value) => props.onChange(value)}
            />
          }
        >
          <TextArea {...common()} rows={8} value={props.value} onInput={(value) => props.onChange(value)} />
        </Show>
      }
    >
      {(options) => (
        <SelectInput
          {...common()}
          value={props.value}
          onChange={(value) => props.onChange(value)}
          options={options().map((value) => ({ value, label: t(`${props.spec.optionLabels}.${value}`) }))}
        />
      )}
    </Show>
  );
}
