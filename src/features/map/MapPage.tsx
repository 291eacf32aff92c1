// /karte: the city map with the city's layers, the offices and warning areas. Layers and the
// deep-linked feature live in the address (see ./map-url.ts).
import { useSearchParams } from "@solidjs/router";
import { createMemo, createSignal, Show } from "solid-js";
import { language, t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { LayerSwitcher } from "./LayerSwitcher";
import { MapLegend } from "./MapLegend";
import { parseLayers, parseObjectRef, serializeLayers } from "./map-url";
import { MapView } from "./MapView";
import type { UserPosition } from "./near-me";
import { NearMe } from "./NearMe";
import { OfflineMapPanel } from "./OfflineMapPanel";
import type { OverlayLayer } from "./overlays";
import "./map.css";

export default function MapPage() {
  usePageTitle(() => t("map.view.title"));
  const [params, setParams] = useSearchParams<{ ebenen?: string; objekt?: string }>();
  const focus = createMemo(() => parseObjectRef(params.objekt));
  // A deep-linked feature is shown even when its layer is switched off in the same address.
  const visible = createMemo((): OverlayLayer[] => {
    const chosen = parseLayers(params.ebenen);
    const ref = focus();
    return ref && !chosen.includes(ref.layer) ? [...chosen, ref.layer] : chosen;
  });
  const [position, setPosition] = createSignal<UserPosition | null>(null);
  const choose = (layers: OverlayLayer[]) =>
    setParams({ ebenen: serializeLayers(layers), objekt: undefined }, { replace: true });

  return (
    <section class="map-page">
      <h1>{t("map.view.title")}</h1>
      <p class="lead">{t("map.view.lead")}</p>
      {/* MapLibre's own controls take their labels when the map is made: a new language, a new map. */}
      <Show when={language()} keyed>
        <MapView visible={visible()} focus={focus()} position={position()} />
      </Show>
      <p class="hint">{t("map.view.keyboardHint")}</p>
      <NearMe onPosition={setPosition} />
      <LayerSwitcher visible={visible()} onChange={choose} />
      <MapLegend visible={visible()} showPosition={position() !== null} />
      <OfflineMapPanel />
    </section>
  );
}
