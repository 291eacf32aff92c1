// /karte/:layer/:id: one feature of the city map with every fact, readable offline (from Dexie).
// Offices and shops have their own pages (/standorte/:id, /einkaufen/:id); their address here leads there.
import { paperOfPlace, paperPath } from "../council/paths";
import { A, Navigate, useParams } from "@solidjs/router";
import { Match, Show, Switch } from "solid-js";
import type { MapFeature, MapLayer } from "../../lib/contract/map";
import { locale, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { usePageTitle } from "../../ui/page-title";
import { SampleNotice } from "../../ui/SampleNotice";
import { shopPath } from "../shops/paths";
import { featureById } from "./data";
import { type FactFormat, featureFacts, featureTitle } from "./feature-facts";
import { isMapLayer } from "./list-entries";
import "./map-list.css";
import { FactList } from "../../ui/FactList";

export default function FeaturePage() {
  const params = useParams<{ layer: string; id: string }>();
  const layer = () => (isMapLayer(params.layer) ? params.layer : undefined);
  return (
    <Switch fallback={<NotFound />}>
      <Match when={params.layer === "offices"}>
        <Navigate href={`/standorte/${encodeURIComponent(params.id)}`} />
      </Match>
      <Match when={params.layer === "shops"}>
        <Navigate href={shopPath(params.id)} />
      </Match>
      <Match when={params.layer === "council-papers"}>
        <Navigate href={paperPath(paperOfPlace(params.id))} />
      </Match>
      <Match when={layer()}>{(known) => <FeatureView layer={known()} id={params.id} />}</Match>
    </Switch>
  );
}

function FeatureView(props: { layer: MapLayer; id: string }) {
  const feature = createLiveQuery(() => {
    const layer = props.layer;
    const id = props.id;
    return () => featureById(layer, id);
  });
  const format = (): FactFormat => ({ t, locale: locale() });
  usePageTitle(() => {
    const found = feature.data();
    return found ? featureTitle(found, format()) : t("map.feature.notFound");
  });
  return (
    <Show when={feature.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
      <Show when={feature.data()} fallback={<NotFound layer={props.layer} />}>
        {(found) => <FeatureDetail feature={found()} format={format()} />}
      </Show>
    </Show>
  );
}

const listPath = (layer: MapLayer) => `/karte/liste?ebene=${layer}`;

function FeatureDetail(props: { feature: MapFeature; format: FactFormat }) {
  const layerName = () => t(`map.layers.${props.feature.layer}`);
  return (
    <article class="map-feature">
      <p class="breadcrumb">
        <A href={listPath(props.feature.layer)}>{t("map.feature.backToList", { layer: layerName() })}</A>
      </p>
      <p class="badge">{layerName()}</p>
      <h1>{featureTitle(props.feature, props.format)}</h1>
      <Show when={props.feature.layer === "vacant-lots"}>
        <p class="lead">{t("map.feature.vacantLotNote")}</p>
      </Show>

      <h2>{t("map.feature.factsTitle")}</h2>
      <FactList facts={featureFacts(props.feature, props.format)} />
      <p>
        <A
          class="button"
          href={`/karte?objekt=${props.feature.layer}/${encodeURIComponent(props.feature.id)}`}
        >
          {t("map.feature.showOnMap")}
        </A>
      </p>
      <SampleNotice items={[{ reviewedAt: props.feature.updatedAt, sample: props.feature.sample }]} />
    </article>
  );
}

function NotFound(props: { layer?: MapLayer }) {
  usePageTitle(() => t("map.feature.notFound"));
  return (
    <section>
      <h1>{t("map.feature.notFound")}</h1>
      <p>{t("map.feature.notFoundText")}</p>
      <Show when={props.layer} fallback={<A href="/karte/liste">{t("map.feature.toList")}</A>}>
        {(layer) => (
          <A href={listPath(layer())}>{t("map.feature.backToList", { layer: t(`map.layers.${layer()}`) })}</A>
        )}
      </Show>
    </section>
  );
}
