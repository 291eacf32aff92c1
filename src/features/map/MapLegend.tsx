// What the colours on the map mean, for the layers shown; each city layer links to its list.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { MAP_LAYERS } from "../../lib/contract/map-constants";
import { t } from "../../lib/i18n";
import {
  BOUNDARY_COLOR,
  OVERLAY_LAYERS,
  OVERLAY_STYLES,
  type OverlayLayer,
  POSITION_COLOR,
} from "./overlays";

/** A small sample of how a layer is drawn: a dot for points, a square for areas. */
export function Swatch(props: { color: string; area?: boolean; dashed?: boolean }) {
  return (
    <svg class="map-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <Show
        when={props.area}
        fallback={<circle cx="8" cy="8" r="6" fill={props.color} stroke="#ffffff" stroke-width="2" />}
      >
        <rect
          x="1.5"
          y="1.5"
          width="13"
          height="13"
          fill={props.color}
          fill-opacity={props.dashed ? 0 : 0.35}
          stroke={props.color}
          stroke-width="2"
          stroke-dasharray={props.dashed ? "3 2" : undefined}
        />
      </Show>
    </svg>
  );
}

const isCityLayer = (layer: OverlayLayer) => MAP_LAYERS.some((l) => l === layer);

export function MapLegend(props: { visible: OverlayLayer[]; showPosition: boolean }) {
  const shown = () => OVERLAY_LAYERS.filter((layer) => props.visible.includes(layer));
  return (
    <section class="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title">{t("map.view.legend.title")}</h2>
      <ul class="map-legend-list">
        <For each={shown()}>
          {(layer) => (
            <li>
              <Show
                when={OVERLAY_STYLES[layer].classes.length > 1}
                fallback={
                  <p class="map-legend-layer">
                    <Swatch
                      color={OVERLAY_STYLES[layer].classes[0]!.color}
                      area={!OVERLAY_STYLES[layer].points}
                    />
                    {t(`map.layers.${layer}`)}
                  </p>
                }
              >
                <p class="map-legend-layer">{t(`map.layers.${layer}`)}</p>
                <ul>
                  <For each={OVERLAY_STYLES[layer].classes}>
                    {(entry) => (
                      <li>
                        <Swatch color={entry.color} area={!OVERLAY_STYLES[layer].points} />
                        {t(entry.labelKey)}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={isCityLayer(layer)}>
                <A href={`/karte/liste?ebene=${layer}`}>
                  {t("map.view.legend.showList", { layer: t(`map.layers.${layer}`) })}
                </A>
              </Show>
              {/* The directory is the shops' list (and works without the map). */}
              <Show when={layer === "shops"}>
                <A href="/einkaufen">{t("map.view.legend.shopsList")}</A>
              </Show>
            </li>
          )}
        </For>
        <li>
          <Swatch color={BOUNDARY_COLOR} area dashed />
          {t("map.view.legend.cityBoundary")}
        </li>
        <Show when={props.showPosition}>
          <li>
            <Swatch color={POSITION_COLOR} />
            {t("map.view.legend.position")}
          </li>
        </Show>
      </ul>
      <Show when={shown().length === 0}>
        <p>{t("map.view.legend.empty")}</p>
      </Show>
    </section>
  );
}
