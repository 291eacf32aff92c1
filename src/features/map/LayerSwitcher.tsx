// Which overlays the map shows; the choice lives in the URL (?ebenen=), so it can be shared.
import { For } from "solid-js";
import { t } from "../../lib/i18n";
import { Swatch } from "./MapLegend";
import { OVERLAY_LAYERS, OVERLAY_STYLES, type OverlayLayer } from "./overlays";

export function LayerSwitcher(props: {
  visible: OverlayLayer[];
  onChange: (visible: OverlayLayer[]) => void;
}) {
  const toggle = (layer: OverlayLayer, on: boolean) =>
    props.onChange(OVERLAY_LAYERS.filter((l) => (l === layer ? on : props.visible.includes(l))));
  return (
    <fieldset class="map-layers">
      <legend>{t("map.view.layers.legend")}</legend>
      <ul>
        <For each={OVERLAY_LAYERS}>
          {(layer) => (
            <li>
              <label>
                <input
                  type="checkbox"
                  checked={props.visible.includes(layer)}
                  onChange={(event) => toggle(layer, event.currentTarget.checked)}
                />
                <Swatch
                  color={OVERLAY_STYLES[layer].classes[0]!.color}
                  area={!OVERLAY_STYLES[layer].points}
                />
                {t(`map.layers.${layer}`)}
              </label>
            </li>
          )}
        </For>
      </ul>
    </fieldset>
  );
}
