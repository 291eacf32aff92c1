// Where the server imports a layer from (a GeoJSON file on the web, OGC API Features, or a WFS),
// "Jetzt importieren", and how the last run went. A failed run keeps the layer's data.
import { createEffect, createSignal, on, Show } from "solid-js";
import {
  type ImportResult,
  LAYER_SOURCE_KINDS,
  type LayerImportStatus,
  type LayerSource,
  layerSourceSchema,
  type MapLayer,
} from "../../../lib/contract/map";
import { t } from "../../../lib/i18n";
import type { ErrorOverrides } from "../../../lib/console-error-key";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { ErrorSummary, summaryOf } from "../../../ui/ErrorSummary";
import { SelectInput, TextInput } from "../../../ui/Field";
import { removeLayerSource, runLayerSource, saveLayerSource } from "./api";
import { lastRunText, sourceKindLabel } from "./labels";
import { type FieldErrors, fieldErrors, hasErrors } from "../../../lib/field-errors";

type SourceField = "kind" | "url" | "collection";
const MESSAGES: Record<SourceField, string> = {
  kind: "map.console.source.errors.kind",
  url: "map.console.source.errors.url",
  collection: "map.console.source.errors.collection",
};

/** The source's answer was not usable or too slow: the server kept the old data. */
const RUN_ERRORS: ErrorOverrides = {
  forbidden: "map.console.forbidden",
  layer_source_failed: "map.console.source.failed",
  layer_source_timeout: "map.console.source.timeout",
};

export function MapSourceForm(props: {
  layer: MapLayer;
  status: LayerImportStatus | undefined;
  onChanged: () => void;
}) {
  const [kind, setKind] = createSignal<LayerSource["kind"]>("geojson");
  const [url, setUrl] = createSignal("");
  const [collection, setCollection] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors<SourceField>>({});
  const write = createWrite<"save" | "run" | "remove">();
  const busy = write.busy;
  // The stored source fills the form when it arrives (and after a save or removal).
  createEffect(
    on(
      () => props.status?.source,
      (source) => {
        setKind(source?.kind ?? "geojson");
        setUrl(source?.url ?? "");
        setCollection(source?.collection ?? "");
      },
    ),
  );

  const source = () => ({
    kind: kind(),
    url: url().trim(),
    collection: kind() === "geojson" || collection().trim() === "" ? undefined : collection().trim(),
  });

  /** Runs one of the buttons' requests; the layer's status is read anew unless a save was refused. */
  const act = async (
    what: "save" | "run" | "remove",
    action: () => Promise<string>,
    overrides?: ErrorOverrides,
  ) => {
    if (busy()) return;
    const done = await write.run(what, action, { overrides });
    // A refused save keeps what was typed; a failed run has a new "last result" to show.
    if (done || what === "run") props.onChanged();
  };

  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const input = source();
    const found = fieldErrors(layerSourceSchema, input, MESSAGES);
    if (input.kind !== "geojson" && !input.collection && !found.collection)
      found.collection = "map.console.source.errors.collectionRequired";
    setErrors(found);
    if (hasErrors(found)) return;
    const parsed = layerSourceSchema.safeParse(input);
    if (!parsed.success) return;
    const layer = props.layer;
    void act("save", async () => {
      await saveLayerSource(layer, parsed.data);
      return t("map.console.source.saved");
    });
  };

  const run = (layer: MapLayer) =>
    act(
      "run",
      async () => {
        const result: ImportResult = await runLayerSource(layer);
        return t("map.console.import.done", { count: result.imported, removed: result.removed });
      },
      RUN_ERRORS,
    );

  const remove = (layer: MapLayer) =>
    act("remove", async () => {
      await removeLayerSource(layer);
      return t("map.console.source.removed");
    });

  const id = (name: string) => `map-source-${props.layer}-${name}`;

  return (
    <section class="staff-panel">
      <h2>{t("map.console.source.title")}</h2>
      <p>{t("map.console.source.lead")}</p>
      <Show when={props.status}>
        {(status) => (
          <p>
            <strong>{t("map.console.source.lastRun")}</strong>{" "}
            {status().source ? lastRunText(status()) : t("map.console.source.none")}
          </p>
        )}
      </Show>
      <form class="staff-form" onSubmit={save} novalidate>
        <ErrorSummary
          items={summaryOf(["kind", "url", "collection"], errors(), `map-source-${props.layer}`)}
        />
        <SelectInput
          id={id("kind")}
          label={t("map.console.source.kind")}
          value={kind()}
          onChange={(value) => setKind(LAYER_SOURCE_KINDS.find((k) => k === value) ?? "geojson")}
          options={LAYER_SOURCE_KINDS.map((value) => ({ value, label: sourceKindLabel(value) }))}
          error={errors().kind}
          required
        />
        <TextInput
          id={id("url")}
          label={t("map.console.source.url")}
          hint={t(`map.console.source.urlHints.${kind()}`)}
          value={url()}
          onInput={setUrl}
          error={errors().url}
          code
          required
        />
        <Show when={kind() !== "geojson"}>
          <TextInput
            id={id("collection")}
            label={kind() === "wfs" ? t("map.console.source.typeName") : t("map.console.source.collection")}
            value={collection()}
            onInput={setCollection}
            error={errors().collection}
            code
            required
          />
        </Show>
        <div class="button-row">
          <button type="submit" class="button" disabled={busy() !== undefined}>
            {busy() === "save" ? t("staff.common.saving") : t("map.console.source.save")}
          </button>
          <Show when={props.status?.source}>
            <button
              type="button"
              class="button"
              disabled={busy() !== undefined}
              onClick={() => void run(props.layer)}
            >
              {busy() === "run" ? t("map.console.source.running") : t("map.console.source.run")}
            </button>
            <button
              type="button"
              class="button secondary"
              disabled={busy() !== undefined}
              onClick={() => void remove(props.layer)}
            >
              {t("map.console.source.remove")}
            </button>
          </Show>
        </div>
      </form>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
    </section>
  );
}
