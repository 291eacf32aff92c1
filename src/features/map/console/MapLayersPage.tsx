// /verwaltung/karte: the city map's layers this person keeps (LAYER_DEPARTMENTS; admins all), with
// how many features each has, how many of them residents see, and the last import.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { t } from "../../../lib/i18n";
import { usePageTitle } from "../../../ui/page-title";
import { account } from "../../account/session";
import { NoAccessNotice } from "../../staff/Access";
import { DataTable } from "../../../ui/DataTable";
import { fetchMapLayers } from "./api";
import { lastRunText, layerLabel } from "./labels";
import { editableLayers } from "../../staff/permissions";
import { createRemote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";

export default function MapLayersPage() {
  usePageTitle(() => t("map.console.title"));
  const mine = () => {
    const me = account();
    return me ? editableLayers(me) : [];
  };
  return (
    <Show when={mine().length > 0} fallback={<NoAccessNotice />}>
      <LayerOverview />
    </Show>
  );
}

function LayerOverview() {
  const layers = createRemote(() => "all", fetchMapLayers);
  const mine = () => {
    const me = account();
    const allowed = new Set(me ? editableLayers(me) : []);
    return (layers.data() ?? []).filter((overview) => allowed.has(overview.layer));
  };

  return (
    <section>
      <h1>{t("map.console.title")}</h1>
      <p class="lead">{t("map.console.lead")}</p>
      <RemoteStatus remote={layers} />
      <Show when={layers.data()}>
        <DataTable caption={t("map.console.layersCaption")}>
          <thead>
            <tr>
              <th scope="col">{t("map.console.columns.layer")}</th>
              <th scope="col">{t("map.console.columns.features")}</th>
              <th scope="col">{t("map.console.columns.published")}</th>
              <th scope="col">{t("map.console.columns.import")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={mine()}>
              {(overview) => (
                <tr>
                  <th scope="row">
                    <A href={`/verwaltung/karte/${overview.layer}`}>{layerLabel(overview.layer)}</A>
                  </th>
                  <td>{overview.features}</td>
                  <td>{overview.published}</td>
                  <td>
                    <Show when={overview.import.source} fallback={t("map.console.source.none")}>
                      {lastRunText(overview.import)}
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </DataTable>
      </Show>
      <p>
        <A href="/karte/liste">{t("map.console.residentView")}</A>
      </p>
    </section>
  );
}
