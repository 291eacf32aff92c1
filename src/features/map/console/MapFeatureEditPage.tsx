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
import { language, t } from "../../../lib/i18n";
import { usePageTitle } from "../../../ui/page-title";
import { featureTitle } from "../feature-facts";
import { errorKey } from "../../../lib/console-error-key";
import { FormAlert, SelectField, TextField } from "../../staff/Field";
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
      ? t("staff.map.newTitle", { layer: layerLabel(props.layer) })
      : t("staff.map.editTitle", { layer: layerLabel(props.layer) });
  usePageTitle(heading);
  const takenIds = () => new Set((features.data() ?? []).map((feature) => feature.id));

  return (
    <section>
      <p class="breadcrumb">
        <A href={layerPath(props.layer)}>{t("staff.map.backToLayer", { layer: layerLabel(props.layer) })}</A>
      </p>
      <h1>{heading()}</h1>
      <RemoteStatus remote={features} />
      <Show when={features.data()}>
        <Switch fallback={<p class="notice">{t("staff.map.notFound")}</p>}>
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
  const [failure, setFailure] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
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
    setFailure(undefined);
    if (hasErrors(checked.errors)) return;
    setBusy(true);
    try {
      const saved = await saveMapFeature(props.layer, checked.id, checked.body);
      const title = featureTitle(saved, { t, locale: language() });
      navigate(layerPath(props.layer), { state: { saved: title } });
    } catch (error) {
      const onFields = error instanceof ApiError ? faultFields(props.layer, current, error.faults) : {};
      setErrors(onFields);
      if (!hasErrors(onFields)) setFailure(errorKey(error, { forbidden: "staff.map.forbidden" }));
    } finally {
      setBusy(false);
    }
  };

  const alerts = () =>
    [...Object.values(errors()), failure()].filter((key) => key !== undefined).map((key) => t(key));

  return (
    <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
      <FormAlert messages={alerts()} />
      <Show
        when={isNew()}
        fallback={
          <p>
            <strong>{t("staff.map.fields.id")}:</strong> <span class="staff-reference">{form.id}</span>
          </p>
        }
      >
        <TextField
          id={id("id")}
          label={t("staff.map.fields.id")}
          hint={t("staff.map.hints.id")}
          value={form.id}
          onInput={(value) => setForm("id", value)}
          error={errors().id}
          code
          required
        />
      </Show>

      <fieldset class="staff-fieldset">
        <legend>{t("staff.map.positionTitle")}</legend>
        <Show when={modes().length > 1}>
          <For each={modes()}>
            {(mode) => (
              <div class="staff-radio">
                <input
                  type="radio"
                  id={id(`mode-${mode}`)}
                  name="map-geometry-mode"
                  value={mode}
                  checked={form.mode === mode}
                  onChange={() => setForm("mode", mode)}
                />
                <label for={id(`mode-${mode}`)}>{t(`staff.map.modes.${mode}`)}</label>
              </div>
            )}
          </For>
        </Show>
        <Show
          when={form.mode === "point"}
          fallback={
            <TextField
              id={id("geometry")}
              label={t("staff.map.fields.geometry")}
              hint={t("staff.map.hints.geometry")}
              value={form.geometry}
              onInput={(value) => setForm("geometry", value)}
              error={errors().geometry}
              multiline
              required
            />
          }
        >
          <p class="hint">{t("staff.map.hints.position")}</p>
          <TextField
            id={id("lat")}
            label={t("staff.map.fields.lat")}
            value={form.lat}
            onInput={(value) => setForm("lat", value)}
            error={errors().lat}
            required
          />
          <TextField
            id={id("lon")}
            label={t("staff.map.fields.lon")}
            value={form.lon}
            onInput={(value) => setForm("lon", value)}
            error={errors().lon}
            required
          />
        </Show>
      </fieldset>

      <fieldset class="staff-fieldset">
        <legend>{t("staff.map.propertiesTitle")}</legend>
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
        <fieldset class="staff-choice" aria-describedby={id("publication-hint")}>
          <legend>{t("staff.map.fields.publication")}</legend>
          <p class="hint" id={id("publication-hint")}>
            {t("staff.map.publicationRule")}
          </p>
          <For each={PUBLICATION_STATES}>
            {(state: Publication) => (
              <div class="staff-radio">
                <input
                  type="radio"
                  id={id(`publication-${state}`)}
                  name="map-publication"
                  value={state}
                  checked={form.publication === state}
                  onChange={() => setForm("publication", state)}
                />
                <label for={id(`publication-${state}`)}>{publicationLabel(state)}</label>
              </div>
            )}
          </For>
        </fieldset>
      </Show>

      <div class="staff-check">
        <input
          type="checkbox"
          id={id("sample")}
          checked={form.sample}
          onChange={(event) => setForm("sample", event.currentTarget.checked)}
          aria-describedby={id("sample-hint")}
        />
        <label for={id("sample")}>{t("staff.map.fields.sample")}</label>
        <p class="hint" id={id("sample-hint")}>
          {t("staff.map.hints.sample")}
        </p>
      </div>

      <p class="hint">{t("staff.map.saveHint")}</p>
      <button type="submit" class="button" disabled={busy()}>
        {busy() ? t("staff.common.saving") : t("staff.map.save")}
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
    label: t(`staff.map.fields.${props.spec.name}`),
    hint: HINTED.has(props.spec.name) ? t(`staff.map.hints.${props.spec.name}`) : undefined,
    error: props.error,
    required: !props.spec.optional,
  });
  return (
    <Show
      when={props.spec.options}
      fallback={
        <TextField
          {...common()}
          type={props.spec.kind === "date" ? "date" : "text"}
          multiline={props.spec.kind === "multiline"}
          inputmode={props.spec.kind === "int" ? "numeric" : undefined}
          value={props.value}
          onInput={(value) => props.onChange(value)}
        />
      }
    >
      {(options) => (
        <SelectField
          {...common()}
          value={props.value}
          onChange={(value) => props.onChange(value)}
          options={options().map((value) => ({ value, label: t(`${props.spec.optionLabels}.${value}`) }))}
        />
      )}
    </Show>
  );
}
