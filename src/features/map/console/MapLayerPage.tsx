// /verwaltung/karte/:layer: one layer's features with their publication state, and the ways to fill
// it: one by one (MapFeatureEditPage), a GeoJSON file, or a source the server imports from.
import { A, useLocation, useParams } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import type { MapLayer, StaffMapFeature } from "../../../lib/contract/map";
import { locale, t } from "../../../lib/i18n";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { EmptyState } from "../../../ui/EmptyState";
import { usePageTitle } from "../../../ui/page-title";
import { type FactFormat, featureLocation, featureTitle } from "../feature-facts";
import { DataTable } from "../../../ui/DataTable";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { deleteMapFeature, fetchLayerFeatures, fetchMapLayers } from "./api";
import { featureSourceLabel, formatUpdated, layerLabel, layerPath, publicationLabel } from "./labels";
import { EditableLayer } from "./MapLayerAccess";
import { MapImportForm } from "./MapImportForm";
import { MapSourceForm } from "./MapSourceForm";
import { createRemote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";

export default function MapLayerPage() {
  const params = useParams<{ layer: string }>();
  return <EditableLayer layer={params.layer}>{(layer) => <LayerEditor layer={layer} />}</EditableLayer>;
}

function LayerEditor(props: { layer: MapLayer }) {
  usePageTitle(() => layerLabel(props.layer));
  const features = createRemote(() => props.layer, fetchLayerFeatures);
  const overview = createRemote(
    () => props.layer,
    async (layer) => (await fetchMapLayers()).find((entry) => entry.layer === layer),
  );
  const format = (): FactFormat => ({ t, locale: locale() });
  const rows = createMemo(() => {
    const collator = new Intl.Collator(locale());
    return (features.data() ?? [])
      .map((feature) => ({ feature, title: featureTitle(feature, format()) }))
      .sort((a, b) => collator.compare(a.title, b.title));
  });
  const [confirming, setConfirming] = createSignal<string>();
  const write = createWrite();
  // The edit page comes back here with the title of what it saved.
  const location = useLocation<{ saved: unknown }>();
  const saved = () => {
    const title = location.state?.saved;
    return typeof title === "string" ? t("map.console.saved", { title }) : undefined;
  };
  const changed = () => {
    features.reload();
    overview.reload();
  };

  const remove = async (feature: StaffMapFeature, title: string) => {
    if (write.busy()) return;
    const layer = props.layer;
    await write.run(
      true,
      async () => {
        await deleteMapFeature(layer, feature.id);
        setConfirming(undefined);
        changed();
        return t("map.console.deleted", { title });
      },
      { overrides: { forbidden: "map.console.forbidden" } },
    );
  };

  return (
    <section>
      <p class="breadcrumb">
        <A href="/verwaltung/karte">{t("map.console.backToLayers")}</A>
      </p>
      <h1>{layerLabel(props.layer)}</h1>
      <p class="lead">{t("map.console.layerLead")}</p>
      <Show when={props.layer === "vacant-lots"}>
        <p class="notice">{t("map.console.publicationRule")}</p>
      </Show>
      <p>
        <A class="button" href={`${layerPath(props.layer)}/neu`}>
          {t("map.console.newFeature")}
        </A>
      </p>

      <h2>{t("map.console.featuresTitle")}</h2>
      <ActionOutcome
        failureKey={write.failure()}
        success={write.success() ?? (write.failure() ? undefined : saved())}
      />
      <RemoteStatus remote={features} />
      <Show when={features.data()}>
        <Show
          when={rows().length > 0}
          fallback={<EmptyState title={t("map.console.emptyTitle")} text={t("map.console.emptyText")} />}
        >
          <DataTable caption={t("map.console.featuresCaption", { count: rows().length })}>
            <thead>
              <tr>
                <th scope="col">{t("map.console.columns.feature")}</th>
                <th scope="col">{t("map.console.columns.location")}</th>
                <Show when={props.layer === "vacant-lots"}>
                  <th scope="col">{t("map.console.columns.publication")}</th>
                </Show>
                <th scope="col">{t("map.console.columns.source")}</th>
                <th scope="col">{t("map.console.columns.updated")}</th>
                <th scope="col">{t("map.console.columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(row, index) => (
                  <tr>
                    <th scope="row" id={`map-feature-${index()}`}>
                      {row.title}
                      <span class="staff-id">{row.feature.id}</span>
                      <Show when={row.feature.sample}>
                        <span class="staff-details">{t("map.console.sampleBadge")}</span>
                      </Show>
                    </th>
                    <td>{featureLocation(row.feature, format())}</td>
                    <Show when={props.layer === "vacant-lots"}>
                      <td>{publicationLabel(row.feature.publication)}</td>
                    </Show>
                    <td>{featureSourceLabel(row.feature.source)}</td>
                    <td>{formatUpdated(row.feature.updatedAt)}</td>
                    <td>
                      <Show
                        when={confirming() === row.feature.id}
                        fallback={
                          <div class="button-row">
                            <A
                              class="button secondary"
                              href={`${layerPath(props.layer)}/bearbeiten/${encodeURIComponent(row.feature.id)}`}
                              aria-describedby={`map-feature-${index()}`}
                            >
                              {t("map.console.edit")}
                            </A>
                            <button
                              type="button"
                              class="button secondary"
                              aria-describedby={`map-feature-${index()}`}
                              onClick={() => setConfirming(row.feature.id)}
                            >
                              {t("map.console.delete")}
                            </button>
                          </div>
                        }
                      >
                        <ConfirmAction
                          question={t("map.console.deleteQuestion", { title: row.title })}
                          text={
                            row.feature.source === "import"
                              ? t("map.console.deleteImportedText")
                              : t("map.console.deleteText")
                          }
                          confirmLabel={
                            write.busy() ? t("map.console.deleting") : t("map.console.deleteConfirm")
                          }
                          onConfirm={() => void remove(row.feature, row.title)}
                          onCancel={() => setConfirming(undefined)}
                        />
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </DataTable>
        </Show>
      </Show>

      <MapImportForm layer={props.layer} onImported={changed} />
      <MapSourceForm layer={props.layer} status={overview.data()?.import} onChanged={changed} />
    </section>
  );
}
